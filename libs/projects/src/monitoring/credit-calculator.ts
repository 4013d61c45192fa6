import { Injectable } from '@nestjs/common';
import type { ActorContext } from '@bluecarbon/identity';
import { AdaptationLoader, type CalculationResult, CalculationService } from '@bluecarbon/methodology';
import { BUFFER_FORMULA, type Vintage, vintagesOf, vintagesOfPeriod } from '../domain/issuance';
import { estimatesOf, measuredPeriodOf } from '../domain/measured-periods';
import type { MonitoringReport } from '../entities/monitoring-report.entity';
import type { Project } from '../entities/project.entity';

type CalculationInput = Parameters<CalculationService['calculate']>[3];

export interface ProjectCalculation {
  result: CalculationResult;
  /** What each year of the report issues. */
  vintages: Vintage[];
  /** `monitoring-period`: the period's answer under a version with per-year inputs; `per-year`: each year rounded on its own. */
  basis: 'monitoring-period' | 'per-year';
  methodology: { key: string; version: string; checksum: string };
  adaptation: { id: string; revision: number };
}

/**
 * The one place where a project meets the calculator. The calculator computes whole calendar
 * years from the start of a crediting period, so the run covers the crediting period from its
 * first year to the report's last (`prev` and `year_index` then mean what the methodology
 * says) and issuance takes the report's years from it.
 *
 * Under a version that monitors inputs per year (`perYear`, the seeded 2.1.0), the report is
 * the calculator's last monitoring period (the project's earlier approved reports come before
 * it, so their measured years stay ex post) and the report issues that period's answer: its
 * creditable tonnes and its buffer, each rounded down once, shared over its years. Versions
 * without per-year inputs have nothing to measure: their adaptations keep issuing each year's
 * creditable tonnes rounded on its own, as the credits already issued under them were.
 */
@Injectable()
export class CreditCalculator {
  constructor(
    private readonly adaptations: AdaptationLoader,
    private readonly calculations: CalculationService,
  ) {}

  async run(ctx: ActorContext, project: Project, report: MonitoringReport, earlier: readonly MonitoringReport[]): Promise<ProjectCalculation> {
    const { row, template, versionRow, version } = await this.adaptations.load(ctx, project.adaptationId, 'read');
    const perYear = new Set(version.inputs.filter((input) => input.perYear).map((input) => input.key));
    // Only a version with per-year inputs takes a value per year; elsewhere the values go as given.
    const estimate = perYear.size ? estimatesOf : (values: Record<string, unknown> | undefined) => values ?? {};
    const startYear = Number(project.creditingStart.slice(0, 4));
    const [from, to] = [Number(report.periodStart.slice(0, 4)), Number(report.periodEnd.slice(0, 4))];
    const input: CalculationInput = {
      creditingPeriod: { startYear, years: to - startYear + 1 },
      strata: project.strata.map((stratum) => ({ ...stratum, inputs: estimate(report.inputs.strata?.[stratum.key]) })),
      ...(report.inputs.project ? { project: estimate(report.inputs.project) } : {}),
      ...(report.inputs.parameters ? { parameters: report.inputs.parameters } : {}),
      adaptationId: row.id,
    };
    const common = {
      methodology: { key: template.key, version: versionRow.semver, checksum: versionRow.checksum ?? '' },
      adaptation: { id: row.id, revision: row.revision },
    };
    if (perYear.size === 0) {
      const result = JSON.parse(await this.calculations.calculate(ctx, template.key, versionRow.semver, input)) as CalculationResult;
      return { ...common, result, basis: 'per-year', vintages: vintagesOf(yearsOf(result, BUFFER_FORMULA), from, to) };
    }
    const periods = [...earlier, report].map((one) => measuredPeriodOf(one, perYear));
    const result = await this.calculations.calculateForPeriods(ctx, template.key, versionRow.semver, { ...input, monitoringPeriods: periods });
    return { ...common, result, basis: 'monitoring-period', vintages: periodVintages(result, from, to) };
  }
}

/** The vintages of the answer's last monitoring period (the years `from`..`to`), buffer as the methodology declares it. */
export function periodVintages(result: CalculationResult, from: number, to: number): Vintage[] {
  const period = result.monitoring?.periods.at(-1);
  if (!period) return [];
  const years = yearsOf(result, result.monitoring?.buffer?.formula ?? null).filter((year) => year.year >= from && year.year <= to);
  return vintagesOfPeriod({ wholeTonnes: period.creditable.wholeTonnes, buffer: period.buffer?.value ?? null, years });
}

/** What an issuance keeps of the calculation for its vintage: the year, its creditable line, the period's answer, the parameters and the rules. */
export function issuanceBreakdown(result: CalculationResult, vintage: number, basis: ProjectCalculation['basis']): object {
  return {
    basis,
    year: result.years.find((candidate) => candidate.year === vintage),
    creditable: result.creditable.perYear.find((line) => line.year === vintage),
    ...(result.monitoring ? { period: result.monitoring.periods.at(-1), periodRule: result.monitoring.rule } : {}),
    parameters: result.parameters,
    rules: result.rules,
  };
}

/** Each year's creditable value and the value of the methodology's buffer formula. */
function yearsOf(result: CalculationResult, bufferFormula: string | null) {
  return result.years.map((year) => ({
    year: year.year,
    creditable: result.creditable.perYear.find((line) => line.year === year.year)?.value ?? '0',
    buffer: bufferFormula ? (year.project[bufferFormula] ?? null) : null,
  }));
}
