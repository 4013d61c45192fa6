import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type CaseStatus = 'in_progress' | 'completed';

/** A jurisdiction's way through one pinned playbook version. */
@Entity('onboarding_case')
export class OnboardingCase {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'jurisdiction_id' })
  jurisdictionId!: string;

  @Column({ type: 'uuid', name: 'playbook_id' })
  playbookId!: string;

  @Column({ type: 'text' })
  status!: CaseStatus;

  @Column({ type: 'timestamptz', name: 'started_at' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'last_activity_at' })
  lastActivityAt!: Date;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
