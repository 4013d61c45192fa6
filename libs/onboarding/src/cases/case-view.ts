import type { EntityManager } from 'typeorm';
import { Problems } from '@bluecarbon/platform';
import type { PartnerRef } from '../access/onboarding-access';
import type { LocalizedText } from '@bluecarbon/platform';
import type { PlaybookDefinition } from '../domain/playbook-definition';
import { caseProgress } from '../domain/progress';
import type { StepState } from '../domain/step-state-machine';

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

interface CaseRow {
  id: string;
  status: string;
  started_at: Date;
  completed_at: Date | null;
  last_activity_at: Date;
  jurisdiction_id: string;
  code: string;
  jurisdiction_name: LocalizedText;
  jurisdiction_status: string;
  time_zone: string;
  playbook_id: string;
  key: string;
  playbook_version: number;
  definition: PlaybookDefinition;
}

export async function loadCasePartner(manager: EntityManager, caseId: string): Promise<PartnerRef> {
  const [row]: { jurisdiction_id: string; code: string }[] = await manager.query(
    `SELECT c.jurisdiction_id, j.code FROM onboarding_case c JOIN jurisdiction j ON j.id = c.jurisdiction_id WHERE c.id = $1`,
    [caseId],
  );
  if (!row) throw Problems.notFound('onboarding_case');
  return { jurisdictionId: row.jurisdiction_id, jurisdictionCode: row.code };
}

/** A case with its steps, their titles from the pinned playbook, and its progress at `now`. */
export async function loadCaseView(manager: EntityManager, caseId: string, now: Date): Promise<CaseView> {
  const [row]: CaseRow[] = await manager.query(
    `SELECT c.id, c.status, c.started_at, c.completed_at, c.last_activity_at,
            j.id AS jurisdiction_id, j.code, j.name AS jurisdiction_name, j.status AS jurisdiction_status, j.time_zone,
            p.id AS playbook_id, p.key, p.playbook_version, p.definition
       FROM onboarding_case c
       JOIN jurisdiction j ON j.id = c.jurisdiction_id
       JOIN playbook p ON p.id = c.playbook_id
      WHERE c.id = $1`,
    [caseId],
  );
  if (!row) throw Problems.notFound('onboarding_case');
  const steps: {
    id: string;
    key: string;
    position: number;
    state: StepState;
    depends_on: string[];
    evidence_kinds: string[];
    owner_role: string;
    reviewer_role: string;
    due_on: string | null;
    decision_reason: string | null;
    assignee_id: string | null;
    version: number;
  }[] = await manager.query(
    `SELECT id, key, position, state, depends_on, evidence_kinds, owner_role, reviewer_role, due_on::text AS due_on, decision_reason, assignee_id, version
       FROM onboarding_step WHERE case_id = $1 ORDER BY position`,
    [caseId],
  );
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
