import type { EntityManager } from 'typeorm';
import { Problems } from '@bluecarbon/platform';
import type { PartnerRef } from '../access/onboarding-access';
import type { LocalizedText } from '@bluecarbon/platform';
import { caseProgress } from '../domain/progress';
import type { StepState } from '../domain/step-state-machine';
import type { CasesRepository } from '../repositories/cases.repository';

export interface StepView {
  id: string;
  key: string;
  position: number;
  title: LocalizedText;
  guidance: LocalizedText;
  state: StepState;
  ownerRole: string;
  reviewerRole: string;
  evidenceRequired: string[];
  dueOn: string | null;
  overdue: boolean;
  daysLeft: number | null;
  waitingFor: string[];
  decisionReason: string | null;
  assigneeId: string | null;
  version: number;
}

export interface CaseView {
  id: string;
  status: string;
  jurisdiction: { id: string; code: string; name: LocalizedText; status: string; timeZone: string };
  playbook: { id: string; key: string; playbookVersion: number; name: LocalizedText };
  startedAt: Date;
  completedAt: Date | null;
  lastActivityAt: Date;
  percentComplete: number;
  doneSteps: number;
  totalSteps: number;
  overdueCount: number;
  steps: StepView[];
}

export async function loadCasePartner(cases: CasesRepository, manager: EntityManager, caseId: string): Promise<PartnerRef> {
  const row = await cases.partner(manager, caseId);
  if (!row) throw Problems.notFound('onboarding_case');
  return { jurisdictionId: row.jurisdiction_id, jurisdictionCode: row.code };
}

/** A case with its steps, their titles from the pinned playbook, and its progress at `now`. */
export async function loadCaseView(cases: CasesRepository, manager: EntityManager, caseId: string, now: Date): Promise<CaseView> {
  const row = await cases.find(manager, caseId);
  if (!row) throw Problems.notFound('onboarding_case');
  const steps = await cases.steps(manager, caseId);
  const progress = caseProgress(
    steps.map((step) => ({ key: step.key, state: step.state, dependsOn: step.depends_on, dueOn: step.due_on })),
    now,
    row.time_zone,
  );
  const definitions = new Map(row.definition.steps.map((step) => [step.key, step]));
  const progressByKey = new Map(progress.steps.map((step) => [step.key, step]));
  return {
    id: row.id,
    status: row.status,
    jurisdiction: { id: row.jurisdiction_id, code: row.code, name: row.jurisdiction_name, status: row.jurisdiction_status, timeZone: row.time_zone },
    playbook: { id: row.playbook_id, key: row.key, playbookVersion: row.playbook_version, name: row.definition.name },
    startedAt: row.started_at,
    completedAt: row.completed_at,
    lastActivityAt: row.last_activity_at,
    percentComplete: progress.percentComplete,
    doneSteps: progress.doneSteps,
    totalSteps: progress.totalSteps,
    overdueCount: progress.overdueCount,
    steps: steps.map((step) => ({
      id: step.id,
      key: step.key,
      position: step.position,
      title: definitions.get(step.key)?.title ?? { en: step.key },
      guidance: definitions.get(step.key)?.guidance ?? { en: '' },
      state: step.state,
      ownerRole: step.owner_role,
      reviewerRole: step.reviewer_role,
      evidenceRequired: step.evidence_kinds,
      dueOn: step.due_on,
      overdue: progressByKey.get(step.key)?.overdue ?? false,
      daysLeft: progressByKey.get(step.key)?.daysLeft ?? null,
      waitingFor: progressByKey.get(step.key)?.waitingFor ?? [],
      decisionReason: step.decision_reason,
      assigneeId: step.assignee_id,
      version: step.version,
    })),
  };
}
