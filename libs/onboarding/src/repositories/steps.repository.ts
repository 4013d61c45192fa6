import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EvidenceKind, StepOwnerRole, StepReviewerRole } from '../domain/playbook-definition';
import type { StepState } from '../domain/step-state-machine';

/** A step with its case and its partner's jurisdiction. */
export interface StepContextRow {
  id: string;
  key: string;
  state: StepState;
  case_id: string;
  owner_role: StepOwnerRole;
  reviewer_role: StepReviewerRole;
  evidence_kinds: EvidenceKind[];
  jurisdiction_id: string;
  code: string;
  time_zone: string;
  status: string;
}

/** A step of a case as a transition reads it under the case's lock. */
export interface LockedStepRow {
  id: string;
  key: string;
  state: StepState;
  depends_on: string[];
  due_in_days: number;
  evidence_kinds: string[];
}

/** The columns a transition writes, by their column names. */
export interface StepChanges {
  state: StepState;
  submitted_at?: Date;
  opened_at?: Date;
  due_on?: string;
  decided_at?: Date;
  decided_by?: string;
  decision_reason?: string | null;
}

/** Named queries over `onboarding_step`. */
@Injectable()
export class StepsRepository {
  /** One indexed join, outside any transaction (visibility is checked before one starts). */
  async context(manager: EntityManager, stepId: string): Promise<StepContextRow | undefined> {
    const [row]: StepContextRow[] = await manager.query(
      `SELECT s.id, s.key, s.state, s.case_id, s.owner_role, s.reviewer_role, s.evidence_kinds,
              j.id AS jurisdiction_id, j.code, j.time_zone, j.status
         FROM onboarding_step s
         JOIN onboarding_case c ON c.id = s.case_id
         JOIN jurisdiction j ON j.id = c.jurisdiction_id
        WHERE s.id = $1`,
      [stepId],
    );
    return row;
  }

  /** Every step of the case, locked in position order (so two commands on one case never deadlock). */
  lockCase(manager: EntityManager, caseId: string): Promise<LockedStepRow[]> {
    return manager.query(
      `SELECT id, key, state, depends_on, due_in_days, evidence_kinds FROM onboarding_step WHERE case_id = $1 ORDER BY position FOR UPDATE`,
      [caseId],
    );
  }

  /** The step's state, held (FOR SHARE) until the caller's transaction ends; undefined when it is gone. */
  async shareState(manager: EntityManager, stepId: string): Promise<StepState | undefined> {
    const [step]: { state: StepState }[] = await manager.query(`SELECT state FROM onboarding_step WHERE id = $1 FOR SHARE`, [stepId]);
    return step?.state;
  }

  async update(manager: EntityManager, stepId: string, changes: StepChanges): Promise<void> {
    const columns = Object.keys(changes) as (keyof StepChanges)[];
    const assignments = columns.map((column, index) => `${column} = $${index + 2}`).join(', ');
    await manager.query(`UPDATE onboarding_step SET ${assignments}, updated_at = now(), version = version + 1 WHERE id = $1`, [
      stepId,
      ...columns.map((column) => changes[column]),
    ]);
  }
}
