import { Injectable } from '@nestjs/common';
import { AccessService, type ActorContext, SHARED_STATES } from '@bluecarbon/identity';
import { PartnerProgress, type PartnerStage, Problems } from '@bluecarbon/platform';
import { averagePrice, dashboardScope, type DashboardScope, partnerInScope, plainDecimal, PUBLIC_PROJECT_STATES, usdCents } from '../domain/dashboard';
import { type CountryMap, DashboardRepository } from '../repositories/dashboard.repository';
import { assembleDashboard, dashboardCsv, type DashboardTable, groupKey } from './dashboard-tables';
import type { DashboardView, PublicSummaryView } from './dashboard-view';

/** Everyone's registered projects, nothing of a city's own: what the public summary adds up. */
const PUBLIC_SCOPE: DashboardScope = { allPartners: true, everyState: false, sharedStates: PUBLIC_PROJECT_STATES, ownCodes: [], ownIds: [] };

/**
 * The cross-region dashboard (who sees which cities: `dashboardScope`) and the public summary.
 * Figures come from SQL aggregations; partners' names, countries and onboarding stages from
 * onboarding through the platform's PartnerProgress port.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly access: AccessService,
    private readonly progress: PartnerProgress,
    private readonly rows: DashboardRepository,
  ) {}

  async read(ctx: ActorContext): Promise<DashboardView> {
    const scope = dashboardScope(ctx.actor, SHARED_STATES);
    if (!scope) {
      await this.access.recordDenial(ctx, { action: 'read', resource: 'dashboard', decision: 'forbidden' });
      throw Problems.forbidden();
    }
    const partners = await this.progress.partners();
    const countries = countryMap(partners);
    const figures = await this.rows.figures(scope, countries);
    const prices = await this.rows.prices(scope, countries);
    return assembleDashboard(
      figures,
      prices,
      partners.filter((partner) => partnerInScope(scope, partner)),
      (code) => figures.find((row) => row.code === code)?.country ?? code.split('-')[0] ?? code,
    );
  }

  async csv(ctx: ActorContext, table: DashboardTable): Promise<string> {
    return dashboardCsv(await this.read(ctx), table, ctx.locale);
  }

  /** Registered projects (never a draft nor one under review) and their sales; buyers named only with their consent. */
  async publicSummary(): Promise<PublicSummaryView> {
    const partners = await this.progress.partners();
    const figures = await this.rows.figures(PUBLIC_SCOPE, countryMap(partners));
    const prices = await this.rows.prices(PUBLIC_SCOPE, countryMap(partners));
    const buyers = await this.rows.buyers(PUBLIC_PROJECT_STATES);
    const nameOf = new Map(partners.map((partner) => [partner.code, partner.name]));
    const overall = figures.find((row) => row.level === 'overall');
    const undisclosed = buyers.find((row) => row.buyer_id === null);
    return {
      jurisdictions: figures
        .filter((row) => row.level === 'jurisdiction')
        .map((row) => ({
          jurisdictionCode: groupKey(row.code),
          name: nameOf.get(groupKey(row.code)) ?? null,
          country: groupKey(row.country),
          projects: row.projects,
          hectares: plainDecimal(row.hectares),
          issuedTonnes: plainDecimal(row.issued),
          soldTonnes: plainDecimal(row.sold),
          retiredTonnes: plainDecimal(row.retired),
        })),
      totals: {
        projects: overall?.projects ?? 0,
        hectares: plainDecimal(overall?.hectares ?? null),
        issuedTonnes: plainDecimal(overall?.issued ?? null),
        soldTonnes: plainDecimal(overall?.sold ?? null),
        retiredTonnes: plainDecimal(overall?.retired ?? null),
        sales: overall?.sales ?? 0,
        usdTotal: usdCents(overall?.usd_total ?? '0'),
      },
      prices: prices
        .filter((row) => row.level === 'overall')
        .map((row) => ({
          currency: row.currency,
          sales: row.sales,
          tonnes: plainDecimal(row.tonnes),
          averagePrice: averagePrice(row.total, row.tonnes, 6) ?? '0',
          minPrice: plainDecimal(row.min),
          maxPrice: plainDecimal(row.max),
        })),
      buyers: buyers
        .filter((row) => row.buyer_id !== null)
        .map((row) => ({
          name: row.name as PublicSummaryView['buyers'][number]['name'],
          country: row.country,
          sales: row.sales,
          tonnes: plainDecimal(row.tonnes),
        })),
      undisclosedBuyers: { buyers: undisclosed?.buyers ?? 0, sales: undisclosed?.sales ?? 0, tonnes: plainDecimal(undisclosed?.tonnes ?? null) },
    };
  }
}

function countryMap(partners: PartnerStage[]): CountryMap {
  return { codes: partners.map((partner) => partner.code), countries: partners.map((partner) => partner.country) };
}
