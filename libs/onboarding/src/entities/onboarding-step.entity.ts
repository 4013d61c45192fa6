import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EvidenceKind, StepOwnerRole, StepReviewerRole } from '../domain/playbook-definition';
import type { StepState } from '../domain/step-state-machine';

/**
 * A step of a case. Its rules (dependencies, evidence, roles, due days) are copied from the
 * pinned playbook version when the case opens, so the step reads without the playbook.
 */
@Entity('onboarding_step')
export class OnboardingStep {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'case_id' })
  caseId!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  state!: StepState;

  @Column({ type: 'text', array: true, name: 'depends_on' })
  dependsOn!: string[];

  @Column({ type: 'text', array: true, name: 'evidence_kinds' })
  evidenceKinds!: EvidenceKind[];

  @Column({ type: 'text', name: 'owner_role' })
  ownerRole!: StepOwnerRole;

  @Column({ type: 'text', name: 'reviewer_role' })
  reviewerRole!: StepReviewerRole;

  @Column({ type: 'int', name: 'due_in_days' })
  dueInDays!: number;

  @Column({ type: 'uuid', name: 'assignee_id', nullable: true })
  assigneeId!: string | null;

  @Column({ type: 'timestamptz', name: 'opened_at', nullable: true })
  openedAt!: Date | null;

  /** A calendar day in the jurisdiction's time zone (Postgres `date`, read as YYYY-MM-DD). */
  @Column({ type: 'date', name: 'due_on', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'text', name: 'decision_reason', nullable: true })
  decisionReason!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
