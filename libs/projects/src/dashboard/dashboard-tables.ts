import { type Locale, localizedName, type PartnerStage, translate } from '@bluecarbon/platform';
import { averagePrice, type CsvCell, plainDecimal, toCsv, usdCents } from '../domain/dashboard';
import type { FiguresRow, PricesRow } from '../repositories/dashboard.repository';
import type { DashboardCountryRow, DashboardFigures, DashboardJurisdictionRow, DashboardPriceRow, DashboardView } from './dashboard-view';

/** The dashboard's tables, each one CSV export. */
export const DASHBOARD_TABLES = ['jurisdictions', 'countries', 'overall', 'prices'] as const;
export type DashboardTable = (typeof DASHBOARD_TABLES)[number];

export function toFigures(row: FiguresRow | undefined): DashboardFigures {
  return {
    projects: row?.projects ?? 0,
    hectares: plainDecimal(row?.hectares ?? null),
    estimatedTonnes: plainDecimal(row?.estimated ?? null),
    issuedTonnes: plainDecimal(row?.issued ?? null),
    bufferTonnes: plainDecimal(row?.buffer ?? null),
    soldTonnes: plainDecimal(row?.sold ?? null),
    retiredTonnes: plainDecimal(row?.retired ?? null),
    sales: row?.sales ?? 0,
    usdTotal: usdCents(row?.usd_total ?? '0'),
    usdAveragePrice: averagePrice(row?.usd_total ?? null, row?.usd_tonnes ?? null, 2),
    usdMinPrice: usdCents(row?.usd_min ?? null),
    usdMaxPrice: usdCents(row?.usd_max ?? null),
    salesWithoutRate: row?.without_rate ?? 0,
  };
}

export function toPriceRow(row: PricesRow): DashboardPriceRow {
  return {
    level: row.level,
    jurisdictionCode: row.code,
    country: row.country,
    currency: row.currency,
    sales: row.sales,
    tonnes: plainDecimal(row.tonnes),
    total: plainDecimal(row.total),
    averagePrice: averagePrice(row.total, row.tonnes, 6) ?? '0',
    minPrice: plainDecimal(row.min),
    maxPrice: plainDecimal(row.max),
  };
}

/**
 * The dashboard from the aggregated lines and the partners in the actor's scope: every such
 * partner has a line (zeros when it has no project yet), and so has its country.
 */
export function assembleDashboard(figures: FiguresRow[], prices: PricesRow[], partners: PartnerStage[], countryOf: (code: string) => string): DashboardView {
  const byCode = new Map(figures.filter((row) => row.level === 'jurisdiction').map((row) => [groupKey(row.code), row]));
  const byCountry = new Map(figures.filter((row) => row.level === 'country').map((row) => [groupKey(row.country), row]));
  const partnerOf = new Map(partners.map((partner) => [partner.code, partner]));
  const codes = [...new Set([...byCode.keys(), ...partnerOf.keys()])];
  const jurisdictions: DashboardJurisdictionRow[] = codes
    .map((code) => {
      const partner = partnerOf.get(code);
      return {
        jurisdictionCode: code,
        name: partner?.name ?? null,
        country: partner?.country ?? countryOf(code),
        onboardingStatus: partner?.status ?? null,
        caseStatus: partner?.caseStatus ?? null,
        percentComplete: partner?.percentComplete ?? null,
        currentSteps: partner?.currentSteps ?? [],
        ...toFigures(byCode.get(code)),
      };
    })
    .sort((a, b) => a.country.localeCompare(b.country) || a.jurisdictionCode.localeCompare(b.jurisdictionCode));
  const countries: DashboardCountryRow[] = [...new Set(jurisdictions.map((row) => row.country))].sort().map((country) => ({
    country,
    partners: partners.filter((partner) => partner.country === country).length,
    ...toFigures(byCountry.get(country)),
  }));
  return {
    jurisdictions,
    countries,
    overall: toFigures(figures.find((row) => row.level === 'overall')),
    prices: prices.map(toPriceRow),
  };
}

/** The column a line is grouped by: never null at its own level (SQL's GROUPING says so). */
export function groupKey(value: string | null): string {
  return value ?? '';
}

const FIGURE_COLUMNS: (keyof DashboardFigures)[] = [
  'projects',
  'hectares',
  'estimatedTonnes',
  'issuedTonnes',
  'bufferTonnes',
  'soldTonnes',
  'retiredTonnes',
  'sales',
  'usdTotal',
  'usdAveragePrice',
  'usdMinPrice',
  'usdMaxPrice',
  'salesWithoutRate',
];

/** One table of the dashboard as CSV, headers in the caller's language. */
export function dashboardCsv(view: DashboardView, table: DashboardTable, locale: Locale): string {
  const header = (columns: string[]) => columns.map((column) => translate(locale, `projects.dashboard.columns.${column}`));
  const figures = (row: DashboardFigures): CsvCell[] => FIGURE_COLUMNS.map((column) => row[column]);
  switch (table) {
    case 'jurisdictions': {
      const columns = ['jurisdictionCode', 'name', 'country', 'onboardingStatus', 'caseStatus', 'percentComplete', 'currentSteps', ...FIGURE_COLUMNS];
      return toCsv(
        header(columns),
        view.jurisdictions.map((row) => [
          row.jurisdictionCode,
          row.name ? localizedName(row.name, locale) : null,
          row.country,
          row.onboardingStatus,
          row.caseStatus,
          row.percentComplete,
          row.currentSteps.join(' '),
          ...figures(row),
        ]),
      );
    }
    case 'countries':
      return toCsv(
        header(['country', 'partners', ...FIGURE_COLUMNS]),
        view.countries.map((row) => [row.country, row.partners, ...figures(row)]),
      );
    case 'overall':
      return toCsv(header(FIGURE_COLUMNS), [figures(view.overall)]);
    case 'prices': {
      const columns: (keyof DashboardPriceRow)[] = [
        'level',
        'jurisdictionCode',
        'country',
        'currency',
        'sales',
        'tonnes',
        'total',
        'averagePrice',
        'minPrice',
        'maxPrice',
      ];
      return toCsv(
        header(columns),
        view.prices.map((row) => columns.map((column) => row[column])),
      );
    }
  }
}
