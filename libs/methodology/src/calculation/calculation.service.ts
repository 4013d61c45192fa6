import { Injectable } from '@nestjs/common';
import { MAX_VALUE_DIGITS } from '../domain/budget';
import type { CalculationResult, PriceScenario, ProjectInputs } from '../domain/calculate';
import type { MethodologyVersion } from '../domain/model';
import { InvalidVersionError, MethodologyError, MethodologyErrorCode } from '../domain/errors';
import type { CalculateDto } from '../dto/calculate.dto';
import { AdaptationLoader } from '../adaptations/adaptation-loader.service';
import { MethodologyProblems } from '../methodology-problems';
import { VersionStore } from '../versions/version-store.service';
import { VersionsService } from '../versions/versions.service';
import { CalculationOverBudget, CalculationPool, CalculatorBusy, CallerAtCalculationLimit } from './calculation-pool';
import type { ActorContext } from '@bluecarbon/identity';

/** What the calculate endpoint answers: the engine's result and the adaptation used. */
export type CalculationAnswer = CalculationResult & { adaptation: AdaptationUsed | null };

export interface AdaptationUsed {
  id: string;
  lineageId: string;
  revision: number;
  status: string;
  jurisdictionCode: string;
  decidedAt: Date | null;
  decisionReason: string | null;
}

/**
 * Strata × years one request may compute: 50 strata over 200 years took ~150 ms of engine
 * time and a 2.6 MB answer here; the cap keeps one request from holding a core for seconds.
 */
export const MAX_STRATUM_YEARS = 20_000;

/**
 * Formula values one answer may hold. The answer is copied back from the calculation thread
 * and serialised on the event loop, so its size is the API's cost: the seeded method (8
 * stratum-year formulas) at 20,000 stratum-years gives ~162,000 values; 455 formulas there
 * gave 9.1 million and 4.7 GB.
 */
export const MAX_ANSWER_VALUES = 250_000;

/** Values per year of every formula: stratum-year ones once per stratum, project-year ones once. */
export function answerValues(version: MethodologyVersion, strata: number, years: number): number {
  const formulas = Array.isArray(version.formulas) ? version.formulas : [];
  const perStratum = formulas.filter((formula) => formula?.scope === 'stratum-year').length;
  return (perStratum * strata + (formulas.length - perStratum)) * years;
}

/**
 * Runs a version over a project, with an adaptation's overrides when one is named, in the
 * calculation pool's threads (never on the event loop). Reading, not writing: nothing is
 * stored or audited. Deviations count only once the steward approved
 * them (the engine refuses out-of-range values without `approvedDeviation`).
 */
@Injectable()
export class CalculationService {
  constructor(
    private readonly versions: VersionsService,
    private readonly store: VersionStore,
    private readonly adaptations: AdaptationLoader,
    private readonly pool: CalculationPool,
  ) {}

  /**
   * For issuing per monitoring period (the projects lib): the same calculation, parsed, with
   * `monitoring.periods[i].creditable.wholeTonnes` what period i may issue. Refusals are the
   * same problems as the endpoint's (422 naming the field, in `ctx.locale`).
   */
  async calculateForPeriods(ctx: ActorContext, key: string, semver: string, input: CalculateDto): Promise<CalculationAnswer> {
    return JSON.parse(await this.calculate(ctx, key, semver, input)) as CalculationAnswer;
  }

  /** The engine's CalculationResult with the adaptation used, as JSON text (serialised in the calculation thread). */
  async calculate(ctx: ActorContext, key: string, semver: string, input: CalculateDto): Promise<string> {
    const { actor } = ctx;
    const stratumYears = input.strata.length * input.creditingPeriod.years;
    if (stratumYears > MAX_STRATUM_YEARS) throw MethodologyProblems.calculationTooLarge(stratumYears, MAX_STRATUM_YEARS);
    const { template, row } = await this.versions.get(ctx, key, semver);
    const version = this.store.toEngine(template, row);
    const values = answerValues(version, input.strata.length, input.creditingPeriod.years);
    if (values > MAX_ANSWER_VALUES) throw MethodologyProblems.answerTooLarge(values, MAX_ANSWER_VALUES);
    let adaptation: AdaptationUsed | null = null;
    let overrides = {};
    if (input.adaptationId) {
      const loaded = await this.adaptations.load(ctx, input.adaptationId, 'read');
      if (loaded.row.methodologyVersionId !== row.id) throw MethodologyProblems.versionMismatch(loaded.versionRow.semver, semver);
      const { id, lineageId, revision, status, jurisdictionCode, decidedAt, decisionReason } = loaded.row;
      adaptation = { id, lineageId, revision, status, jurisdictionCode, decidedAt, decisionReason };
      overrides = loaded.row.overrides;
    }
    const inputs: ProjectInputs = {
      creditingPeriod: { ...input.creditingPeriod },
      strata: input.strata.map((stratum) => ({ ...stratum })) as ProjectInputs['strata'],
      ...(input.project ? { project: input.project as ProjectInputs['project'] } : {}),
      ...(input.parameters ? { parameters: input.parameters as ProjectInputs['parameters'] } : {}),
      ...(input.monitoringPeriods ? { monitoringPeriods: input.monitoringPeriods.map((period) => ({ ...period })) as ProjectInputs['monitoringPeriods'] } : {}),
    };
    try {
      return await this.pool.calculate(
        {
          cacheKey: row.status === 'draft' ? null : `${row.id}:${row.checksum}`,
          version,
          inputs,
          options: {
            overrides,
            ...(adaptation ? { adaptation: { id: adaptation.id, revision: adaptation.revision, jurisdiction: adaptation.jurisdictionCode } } : {}),
            prices: (input.prices ?? []) as PriceScenario[],
          },
          answerExtras: { adaptation },
        },
        actor.userId,
      );
    } catch (error) {
      const locale = ctx.locale;
      if (error instanceof InvalidVersionError) throw MethodologyProblems.versionInvalid(error.issues, locale);
      if (error instanceof MethodologyError && error.code === MethodologyErrorCode.ValueTooLarge)
        throw MethodologyProblems.calculationOverBudget('digits', MAX_VALUE_DIGITS, locale, error);
      if (error instanceof MethodologyError) throw MethodologyProblems.calculationFailed(error, locale);
      if (error instanceof CalculationOverBudget) throw MethodologyProblems.calculationOverBudget(error.budget, error.limit, locale);
      if (error instanceof CallerAtCalculationLimit) throw MethodologyProblems.calculationsPerCaller(error.limit, error.retryAfterSeconds);
      if (error instanceof CalculatorBusy) throw MethodologyProblems.calculatorBusy(error.retryAfterSeconds);
      throw error;
    }
  }
}
