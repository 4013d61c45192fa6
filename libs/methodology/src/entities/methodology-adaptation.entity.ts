import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OverrideReview } from '../domain/adaptation';
import type { ParameterOverride } from '../domain/calculate';
import type { AdaptationUpgradeReport } from '../domain/diff';

export type AdaptationStatus = 'draft' | 'submitted' | 'approved' | 'rejected';

/** A parameter value a jurisdiction sets, and why. */
export interface StoredOverride {
  value: string | boolean;
  justification: string;
  evidence?: string[];
  /** Set on approval for values the steward accepted as deviations. */
  approvedDeviation?: boolean;
}

/**
 * One revision of a jurisdiction's adaptation of a published methodology version. Revisions
 * of one adaptation share `lineageId`; a decided (approved or rejected) revision never
 * changes again: changes make the next revision.
 */
@Entity('methodology_adaptation')
export class MethodologyAdaptation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'lineage_id' })
  lineageId!: string;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'uuid', name: 'previous_id', nullable: true })
  previousId!: string | null;

  @Column({ type: 'uuid', name: 'methodology_version_id' })
  methodologyVersionId!: string;

  @Column({ type: 'text', name: 'jurisdiction_code' })
  jurisdictionCode!: string;

  @Column({ type: 'uuid', name: 'jurisdiction_id', nullable: true })
  jurisdictionId!: string | null;

  @Column({ type: 'text' })
  status!: AdaptationStatus;

  @Column({ type: 'jsonb' })
  overrides!: Record<string, StoredOverride>;

  /** How the overrides sorted at submission: within the rules, deviations (and why). */
  @Column({ type: 'jsonb', nullable: true })
  review!: OverrideReview | null;

  /** For a revision made by moving to another version: what carried over and what did not. */
  @Column({ type: 'jsonb', name: 'upgrade_report', nullable: true })
  upgradeReport!: AdaptationUpgradeReport | null;

  @Column({ type: 'uuid', name: 'submitted_by', nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', name: 'decision_reason', nullable: true })
  decisionReason!: string | null;

  /** When a later revision was approved in this one's place. */
  @Column({ type: 'timestamptz', name: 'superseded_at', nullable: true })
  supersededAt!: Date | null;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column({ type: 'int', default: 1 })
  version!: number;
}

/** Overrides as the engine takes them. */
export function engineOverrides(overrides: Record<string, StoredOverride>): Record<string, ParameterOverride> {
  return Object.fromEntries(Object.entries(overrides).map(([key, override]) => [key, { ...override }]));
}
