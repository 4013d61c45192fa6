import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type ActorContext, type AuthenticatedActor } from '@bluecarbon/identity';
import { decodeCursor, type Page, type PageQuery, Problems, toPage } from '@bluecarbon/platform';
import { seesAllPartners } from '../access/onboarding-access';
import { PartnerAccess } from '../access/partner-access.service';
import { CasesRepository } from '../repositories/cases.repository';
import { type CaseView, loadCasePartner, loadCaseView } from './case-view';
import { OnboardingPartnerProgress, type OverviewRow } from './partner-progress';

export type { OverviewRow } from './partner-progress';

export interface CaseSummary {
  id: string;
  jurisdictionId: string;
  code: string;
  status: string;
  startedAt: Date;
}

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerAccess: PartnerAccess,
    private readonly cases: CasesRepository,
    private readonly progress: OnboardingPartnerProgress,
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

  /** The network overview: for stewards, observers and admins only. */
  async overview(actor: AuthenticatedActor, country: string | undefined): Promise<OverviewRow[]> {
    if (!seesAllPartners(actor)) throw Problems.forbidden();
    return this.progress.overview(country ?? null);
  }
}
