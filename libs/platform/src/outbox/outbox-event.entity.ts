import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event written in the same transaction as the change it announces, and delivered
 * afterwards by the relay (at least once; `id` lets receivers drop duplicates).
 */
@Entity('outbox_event')
@Index('outbox_event_pending_idx', ['availableAt'], { where: 'delivered_at IS NULL AND dead_at IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Dotted name, e.g. `identity.invitation.created`. */
  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'jsonb' })
  payload!: object;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** Not before this time: set forward for retries with backoff. */
  @Column({ type: 'timestamptz', name: 'available_at', default: () => 'now()' })
  availableAt!: Date;

  /** A relay that claimed the event owns it until then; after a crash it is claimed again. */
  @Column({ type: 'timestamptz', name: 'locked_until', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;

  /** Set when the event failed too often; it stays for inspection and manual replay. */
  @Column({ type: 'timestamptz', name: 'dead_at', nullable: true })
  deadAt!: Date | null;
}
