import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('webhook_subscription')
export class WebhookSubscription {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId!: string;

  /** The only partner whose events it receives; null for stewards and observers (all partners). */
  @Column({ type: 'text', name: 'jurisdiction_code', nullable: true })
  jurisdictionCode!: string | null;

  @Column({ type: 'text' })
  url!: string;

  /** Sealed (WebhookSecrets): every delivery is signed with it. Shown once, when the subscription is made. */
  @Column({ type: 'text', select: false })
  secret!: string;

  /** Empty means every onboarding event. */
  @Column({ type: 'text', array: true, name: 'event_types' })
  eventTypes!: string[];

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'uuid', name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
