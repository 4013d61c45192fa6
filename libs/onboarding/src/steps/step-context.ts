import type { EntityManager } from 'typeorm';
import { Problems } from '@bluecarbon/platform';
import type { PartnerRef } from '../access/onboarding-access';
import type { EvidenceKind, StepOwnerRole, StepReviewerRole } from '../domain/playbook-definition';
import type { StepState } from '../domain/step-state-machine';

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

interface Row {
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

/** One indexed join; 404 when the step does not exist (visibility is checked by the caller). */
export async function loadStepContext(manager: EntityManager, stepId: string): Promise<StepContext> {
  const [row]: Row[] = await manager.query(
    `SELECT s.id, s.key, s.state, s.case_id, s.owner_role, s.reviewer_role, s.evidence_kinds,
            j.id AS jurisdiction_id, j.code, j.time_zone, j.status
       FROM onboarding_step s
       JOIN onboarding_case c ON c.id = s.case_id
       JOIN jurisdiction j ON j.id = c.jurisdiction_id
      WHERE s.id = $1`,
    [stepId],
  );
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
