import type { EntityManager } from 'typeorm';
import { Problems } from '@bluecarbon/platform';
import type { PartnerRef } from '../access/onboarding-access';
import type { EvidenceKind, StepOwnerRole, StepReviewerRole } from '../domain/playbook-definition';
import type { StepState } from '../domain/step-state-machine';
import type { StepsRepository } from '../repositories/steps.repository';

/** A step with what every rule about it needs: its case, its partner and their calendar. */
export interface StepContext {
  id: string;
  key: string;
  state: StepState;
  caseId: string;
  ownerRole: StepOwnerRole;
  reviewerRole: StepReviewerRole;
  evidenceKinds: EvidenceKind[];
  partner: PartnerRef;
  timeZone: string;
  jurisdictionStatus: string;
}

/** 404 when the step does not exist (visibility is checked by the caller). */
export async function loadStepContext(steps: StepsRepository, manager: EntityManager, stepId: string): Promise<StepContext> {
  const row = await steps.context(manager, stepId);
  if (!row) throw Problems.notFound('onboarding_step');
  return {
    id: row.id,
    key: row.key,
    state: row.state,
    caseId: row.case_id,
    ownerRole: row.owner_role,
    reviewerRole: row.reviewer_role,
    evidenceKinds: row.evidence_kinds,
    partner: { jurisdictionId: row.jurisdiction_id, jurisdictionCode: row.code },
    timeZone: row.time_zone,
    jurisdictionStatus: row.status,
  };
}
