import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One write, by whom, to what, with the state before and after. Rows are never updated. */
@Entity('audit_event')
@Index(['subjectType', 'subjectId', 'at'])
@Index(['actorId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  /** Null for the system itself (migrations, seeds, scheduled jobs) and for anonymous callers. */
  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column({ type: 'uuid', name: 'actor_organisation_id', nullable: true })
  actorOrganisationId!: string | null;

  /** The jurisdiction whose record this is, so a city's coordinator can read its own trail. */
  @Column({ type: 'uuid', name: 'jurisdiction_id', nullable: true })
  jurisdictionId!: string | null;

  /** Dotted verb, e.g. `identity.login.failed`, `onboarding.step.approved`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', name: 'subject_type' })
  subjectType!: string;

  @Column({ type: 'text', name: 'subject_id', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: object | null;

  @Column({ type: 'text', name: 'request_id', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;
}
