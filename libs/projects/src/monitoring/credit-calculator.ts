import { Injectable } from '@nestjs/common';
import type { ActorContext } from '@bluecarbon/identity';
import { AdaptationLoader, type CalculationResult, CalculationService } from '@bluecarbon/methodology';
import { BUFFER_FORMULA, type YearOfResult } from '../domain/issuance';
import type { MonitoringReport } from '../entities/monitoring-report.entity';
import type { Project } from '../entities/project.entity';

type CalculationInput = Parameters<CalculationService['calculate']>[3];

export interface ProjectCalculation {
  result: CalculationResult;
  years: YearOfResult[];
  methodology: { key: string; version: string; checksum: string };
  adaptation: { id: string; revision: number };
}

/**
 * The one place where a project meets the calculator. The calculator computes whole calendar
 * years from the start of a crediting period, so the run covers the crediting period from its
 * first year to the report's last (`prev` and `year_index` then mean what the methodology
 * says) and issuance takes the report's years from it. When the calculator learns monitoring
 * periods, only this class changes.
 */
@Injectable()
export class CreditCalculator {
  constructor(
    private readonly adaptations: AdaptationLoader,
    private readonly calculations: CalculationService,
  ) {}

  async run(ctx: ActorContext, project: Project, report: MonitoringReport): Promise<ProjectCalculation> {
    const { row, template, versionRow } = await this.adaptations.load(ctx, project.adaptationId, 'read');
    const startYear = Number(project.creditingStart.slice(0, 4));
    const input: CalculationInput = {
      creditingPeriod: { startYear, years: Number(report.periodEnd.slice(0, 4)) - startYear + 1 },
      strata: project.strata.map((stratum) => ({ ...stratum, inputs: report.inputs.strata?.[stratum.key] ?? {} })),
      ...(report.inputs.project ? { project: report.inputs.project } : {}),
      ...(report.inputs.parameters ? { parameters: report.inputs.parameters } : {}),
      adaptationId: row.id,
    };
    const result = JSON.parse(await this.calculations.calculate(ctx, template.key, versionRow.semver, input)) as CalculationResult;
    const years = result.years.map((year) => ({
      year: year.year,
      creditable: result.creditable.perYear.find((line) => line.year === year.year)?.value ?? '0',
      buffer: year.project[BUFFER_FORMULA] ?? null,
    }));
    return {
      result,
      years,
      methodology: { key: template.key, version: versionRow.semver, checksum: versionRow.checksum ?? '' },
      adaptation: { id: row.id, revision: row.revision },
    };
  }
}
