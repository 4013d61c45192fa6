import type { EntityManager } from 'typeorm';
import type { PartnerRef } from '../access/onboarding-access';
import { dueDateFor } from '../domain/local-dates';
import { initialState } from '../domain/step-unlocking';
import type { Playbook } from '../entities/playbook.entity';
import { firstRow } from '@bluecarbon/platform';

/**
 * Creates a case pinned to `playbook` with a step per playbook step: those without
 * dependencies open (and get their due date on the city's calendar), the rest locked.
 * Runs inside the caller's transaction; the caller records the events.
 */
export async function insertCase(manager: EntityManager, partner: PartnerRef, timeZone: string, playbook: Playbook, now: Date): Promise<string> {
  const created: { id: string } = firstRow(
    await manager.query(`INSERT INTO onboarding_case (jurisdiction_id, playbook_id, started_at, last_activity_at) VALUES ($1, $2, $3, $3) RETURNING id`, [
      partner.jurisdictionId,
      playbook.id,
      now,
    ]),
  );
  for (const [position, step] of playbook.definition.steps.entries()) {
    const state = initialState(step);
    await manager.query(
      `INSERT INTO onboarding_step (case_id, key, position, state, depends_on, evidence_kinds, owner_role, reviewer_role, due_in_days, opened_at, due_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        created.id,
        step.key,
        position,
        state,
        step.dependsOn,
        step.evidence,
        step.ownerRole,
        step.reviewerRole,
        step.dueInDays,
        state === 'open' ? now : null,
        state === 'open' ? dueDateFor(now, step.dueInDays, timeZone) : null,
      ],
    );
  }
  return created.id;
}
