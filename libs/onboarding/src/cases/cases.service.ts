import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ActorContext, type AuthenticatedActor } from '@bluecarbon/identity';
import { decodeCursor, type Page, type PageQuery, Problems, toPage } from '@bluecarbon/platform';
import { seesAllPartners } from '../access/onboarding-access';
import { PartnerAccess } from '../access/partner-access.service';
import type { LocalizedText } from '@bluecarbon/platform';
import { caseProgress } from '../domain/progress';
import { CasesRepository } from '../repositories/cases.repository';
import { type CaseView, loadCasePartner, loadCaseView } from './case-view';

export interface CaseSummary {
  id: string;
  jurisdictionId: string;
  code: string;
  status: string;
  startedAt: Date;
}

export interface OverviewRow {
  jurisdictionId: string;
  code: string;
  name: LocalizedText;
  country: string;
  status: string;
  caseId: string | null;
  caseStatus: string | null;
  /** Steps the partner is working on or waiting for review on. */
  currentSteps: string[];
  percentComplete: number;
  overdueCount: number;
  lastActivityAt: Date | null;
}

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerAccess: PartnerAccess,
    private readonly cases: CasesRepository,
  ) {}

  async get(ctx: ActorContext, caseId: string): Promise<CaseView> {
    const partner = await loadCasePartner(this.cases, this.dataSource.manager, caseId);
    await this.partnerAccess.assertVisible(ctx, partner, 'onboarding_case', caseId);
    return loadCaseView(this.cases, this.dataSource.manager, caseId, new Date());
  }

  /** Cases the actor may see, newest first: all for stewards, observers and admins; a city's own otherwise. */
  async list(actor: AuthenticatedActor, query: PageQuery): Promise<Page<CaseSummary>> {
    const codes = actor.memberships.map((membership) => membership.jurisdictionCode).filter((code): code is string => code !== null);
    const ids = actor.memberships.map((membership) => membership.jurisdictionId).filter((id): id is string => id !== null);
    const after = query.cursor ? decodeCursor(query.cursor, 'time') : null;
    const rows = await this.cases.list(this.dataSource.manager, {
      seesAll: seesAllPartners(actor),
      jurisdictionCodes: codes,
      jurisdictionIds: ids,
      after,
      limit: query.limit,
    });
    const summaries = rows.map((row) => ({
      id: row.id,
      jurisdictionId: row.jurisdiction_id,
      code: row.code,
      status: row.status,
      startedAt: new Date(row.started_at),
    }));
    return toPage(summaries, query.limit, (row) => ({ sortKey: row.startedAt.toISOString(), id: row.id }));
  }

  /**
   * Every partner past the prospect stage with its latest case: stage, percent complete,
   * overdue steps and last activity. For the steward, ICLEI and admins only.
   */
  async overview(actor: AuthenticatedActor, country: string | undefined): Promise<OverviewRow[]> {
    if (!seesAllPartners(actor)) throw Problems.forbidden();
    const partners = await this.cases.partnersWithLatestCase(this.dataSource.manager, country ?? null);
    const caseIds = partners.map((partner) => partner.case_id).filter((id): id is string => id !== null);
    const steps = await this.cases.stepProgress(this.dataSource.manager, caseIds);
    const now = new Date();
    return partners.map((partner) => {
      const own = steps.filter((step) => step.case_id === partner.case_id);
      const progress = caseProgress(
        own.map((step) => ({ key: step.key, state: step.state, dependsOn: step.depends_on, dueOn: step.due_on })),
        now,
        partner.time_zone,
      );
      return {
        jurisdictionId: partner.id,
        code: partner.code,
        name: partner.name,
        country: partner.country,
        status: partner.status,
        caseId: partner.case_id,
        caseStatus: partner.case_status,
        currentSteps: own.filter((step) => ['open', 'submitted', 'changes_requested'].includes(step.state)).map((step) => step.key),
        percentComplete: progress.percentComplete,
        overdueCount: progress.overdueCount,
        lastActivityAt: partner.last_activity_at,
      };
    });
  }
}
