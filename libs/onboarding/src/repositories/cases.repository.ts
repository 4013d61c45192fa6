import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { firstRow, type LocalizedText, preparedStatement, queryPrepared } from '@bluecarbon/platform';
import type { PlaybookDefinition, StepDefinition } from '../domain/playbook-definition';
import type { StepState } from '../domain/step-state-machine';

// What a case page and the partners' overview read on every visit: prepared statements.
const CASE_PARTNER = preparedStatement(
  'onboarding_case_partner',
  `SELECT c.jurisdiction_id, j.code FROM onboarding_case c JOIN jurisdiction j ON j.id = c.jurisdiction_id WHERE c.id = $1`,
);
const CASE_VIEW = preparedStatement(
  'onboarding_case_view',
  `SELECT c.id, c.status, c.started_at, c.completed_at, c.last_activity_at,
              j.id AS jurisdiction_id, j.code, j.name AS jurisdiction_name, j.status AS jurisdiction_status, j.time_zone,
              p.id AS playbook_id, p.key, p.playbook_version, p.definition
         FROM onboarding_case c
         JOIN jurisdiction j ON j.id = c.jurisdiction_id
         JOIN playbook p ON p.id = c.playbook_id
        WHERE c.id = $1`,
);
const CASE_STEPS = preparedStatement(
  'onboarding_case_steps',
  `SELECT id, key, position, state, depends_on, evidence_kinds, owner_role, reviewer_role, due_on::text AS due_on, decision_reason, assignee_id, version
         FROM onboarding_step WHERE case_id = $1 ORDER BY position`,
);
const PARTNERS_WITH_LATEST_CASE = preparedStatement(
  'onboarding_partners_with_latest_case',
  `SELECT j.id, j.code, j.name, j.country, j.status, j.time_zone, c.id AS case_id, c.status AS case_status, c.last_activity_at
         FROM jurisdiction j
         LEFT JOIN LATERAL (
              SELECT id, status, last_activity_at FROM onboarding_case WHERE jurisdiction_id = j.id ORDER BY started_at DESC LIMIT 1
         ) c ON true
        WHERE j.status <> 'prospect' AND ($1::text IS NULL OR j.country = $1)
        ORDER BY j.country, j.code`,
);
const STEP_PROGRESS = preparedStatement(
  'onboarding_step_progress',
  `SELECT case_id, key, state, depends_on, due_on::text AS due_on FROM onboarding_step WHERE case_id = ANY($1::uuid[]) ORDER BY case_id, position`,
);

/** A case with its jurisdiction and pinned playbook, as the case view reads it. */
export interface CaseRow {
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

/** A step of a case as the case view shows it. */
export interface CaseStepRow {
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
}

/** What progress needs of a step, with its case. */
export interface StepProgressRow {
  case_id: string;
  key: string;
  state: StepState;
  depends_on: string[];
  due_on: string | null;
}

export interface CaseSummaryRow {
  id: string;
  jurisdiction_id: string;
  code: string;
  status: string;
  started_at: Date;
}

/** A partner past the prospect stage with its latest case, if any. */
export interface PartnerCaseRow {
  id: string;
  code: string;
  name: LocalizedText;
  country: string;
  status: string;
  time_zone: string;
  case_id: string | null;
  case_status: string | null;
  last_activity_at: Date | null;
}

/** Whose cases a list shows, and where the page starts. */
export interface CaseFilter {
  seesAll: boolean;
  jurisdictionCodes: string[];
  jurisdictionIds: string[];
  after: { sortKey: string; id: string } | null;
  limit: number;
}

/** A step as a new case opens it. */
export interface NewStep {
  position: number;
  state: StepState;
  openedAt: Date | null;
  dueOn: string | null;
}

/** Named queries over `onboarding_case` and the steps read with it. */
@Injectable()
export class CasesRepository {
  async insert(manager: EntityManager, jurisdictionId: string, playbookId: string, startedAt: Date): Promise<string> {
    const created: { id: string } = firstRow(
      await manager.query(`INSERT INTO onboarding_case (jurisdiction_id, playbook_id, started_at, last_activity_at) VALUES ($1, $2, $3, $3) RETURNING id`, [
        jurisdictionId,
        playbookId,
        startedAt,
      ]),
    );
    return created.id;
  }

  async insertStep(manager: EntityManager, caseId: string, step: StepDefinition, opened: NewStep): Promise<void> {
    await manager.query(
      `INSERT INTO onboarding_step (case_id, key, position, state, depends_on, evidence_kinds, owner_role, reviewer_role, due_in_days, opened_at, due_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        caseId,
        step.key,
        opened.position,
        opened.state,
        step.dependsOn,
        step.evidence,
        step.ownerRole,
        step.reviewerRole,
        step.dueInDays,
        opened.openedAt,
        opened.dueOn,
      ],
    );
  }

  async partner(manager: EntityManager, caseId: string): Promise<{ jurisdiction_id: string; code: string } | undefined> {
    const [row] = await queryPrepared<{ jurisdiction_id: string; code: string }>(manager, CASE_PARTNER, [caseId]);
    return row;
  }

  async find(manager: EntityManager, caseId: string): Promise<CaseRow | undefined> {
    const [row] = await queryPrepared<CaseRow>(manager, CASE_VIEW, [caseId]);
    return row;
  }

  /** The case's steps in playbook order. */
  steps(manager: EntityManager, caseId: string): Promise<CaseStepRow[]> {
    return queryPrepared(manager, CASE_STEPS, [caseId]);
  }

  /** Newest first, one row more than the page. */
  list(manager: EntityManager, filter: CaseFilter): Promise<CaseSummaryRow[]> {
    return manager.query(
      `SELECT c.id, c.jurisdiction_id, j.code, c.status, c.started_at
         FROM onboarding_case c JOIN jurisdiction j ON j.id = c.jurisdiction_id
        WHERE ($1::boolean OR j.code = ANY($2::text[]) OR j.id = ANY($3::uuid[]))
          AND ($4::timestamptz IS NULL OR (date_trunc('milliseconds', c.started_at), c.id) < ($4::timestamptz, $5::uuid))
        ORDER BY date_trunc('milliseconds', c.started_at) DESC, c.id DESC LIMIT $6`,
      [filter.seesAll, filter.jurisdictionCodes, filter.jurisdictionIds, filter.after?.sortKey ?? null, filter.after?.id ?? null, filter.limit + 1],
    );
  }

  /** Every partner past the prospect stage (in one country, or all) with its latest case. */
  partnersWithLatestCase(manager: EntityManager, country: string | null): Promise<PartnerCaseRow[]> {
    return queryPrepared(manager, PARTNERS_WITH_LATEST_CASE, [country]);
  }

  /** The steps of several cases, by case and in playbook order. */
  async stepProgress(manager: EntityManager, caseIds: string[]): Promise<StepProgressRow[]> {
    if (!caseIds.length) return [];
    return queryPrepared(manager, STEP_PROGRESS, [caseIds]);
  }

  /** Evidence or a comment: the case saw activity (its version is for its own fields). */
  async recordActivity(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query(`UPDATE onboarding_case SET last_activity_at = now() WHERE id = $1`, [caseId]);
  }

  /** A step changed state: activity, and the case as read (its steps) changed too. */
  async recordStepChange(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query(`UPDATE onboarding_case SET last_activity_at = now(), version = version + 1 WHERE id = $1`, [caseId]);
  }

  async complete(manager: EntityManager, caseId: string, completedAt: Date): Promise<void> {
    await manager.query(`UPDATE onboarding_case SET status = 'completed', completed_at = $2 WHERE id = $1`, [caseId, completedAt]);
  }
}
