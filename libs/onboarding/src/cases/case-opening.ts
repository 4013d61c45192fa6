import type { EntityManager } from 'typeorm';
import type { PartnerRef } from '../access/onboarding-access';
import { dueDateFor } from '../domain/local-dates';
import { initialState } from '../domain/step-unlocking';
import type { Playbook } from '../entities/playbook.entity';
import type { CasesRepository } from '../repositories/cases.repository';

/**
 * Creates a case pinned to `playbook` with a step per playbook step: those without
 * dependencies open (and get their due date on the city's calendar), the rest locked.
 * Runs inside the caller's transaction; the caller records the events.
 */
export async function insertCase(
  cases: CasesRepository,
  manager: EntityManager,
  partner: PartnerRef,
  timeZone: string,
  playbook: Playbook,
  now: Date,
): Promise<string> {
  const caseId = await cases.insert(manager, partner.jurisdictionId, playbook.id, now);
  for (const [position, step] of playbook.definition.steps.entries()) {
    const state = initialState(step);
    const opened = state === 'open';
    await cases.insertStep(manager, caseId, step, {
      position,
      state,
      openedAt: opened ? now : null,
      dueOn: opened ? dueDateFor(now, step.dueInDays, timeZone) : null,
    });
  }
  return caseId;
}
