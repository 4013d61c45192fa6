import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
import { MANGROVE_CONSERVATION_V2 } from '../seed/mangrove-conservation-v2';
import { calculate, evaluateExact, type ProjectInputs } from './calculate';
import { MethodologyError, MethodologyErrorCode } from './errors';
import type { MethodologyVersion } from './model';
import type { MonitoringPeriod } from './monitoring';
import { Rational } from './rational';
import { validateVersion } from './validate';

const FIXTURE = JSON.parse(readFileSync(resolve(__dirname, '../../../../test/fixtures/methodology/two-monitoring-periods.json'), 'utf8')) as {
  version: MethodologyVersion;
  inputs: ProjectInputs;
};
const VERSION = FIXTURE.version;
const START = 2025;
const YEARS = 8;

/** Ex-ante estimates for the toy version: densities of two strata per year, the emissions default. */
function estimates(m: string[], f: string): ProjectInputs {
  return {
    creditingPeriod: { startYear: START, years: YEARS },
    strata: [
      { key: 'm', area: '12.5', inputs: { biomass_density: Object.fromEntries(m.map((value, y) => [String(START + y), value])) } },
      { key: 'f', area: '7.25', inputs: { biomass_density: f } },
    ],
  };
}

const density = fc.integer({ min: 0, max: 200_000 }).map((n) => (n / 1000).toFixed(3));
const densities = fc.array(density, { minLength: YEARS, maxLength: YEARS });
/** Disjoint, ordered periods: cut the crediting period at random points, keep some pieces. */
const periodRanges = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 1, max: YEARS - 1 }), { maxLength: 4 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }))
  .map(([cuts, keep]) => {
    const bounds = [0, ...cuts.sort((a, b) => a - b), YEARS];
    return bounds.slice(1).flatMap((end, i) => (keep[i] ? [{ startYear: START + bounds[i], endYear: START + end - 1 }] : []));
  });

function refusal(run: () => unknown): { code: string; path?: string; key: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof MethodologyError)
      return { code: error.code, path: error.location.path, key: error.text.args?.reason ? (error.text.args.reason as { key: string }).key : error.text.key };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('monitoring periods (ex-ante estimates, ex-post measured values)', () => {
  it('without monitoring periods (absent or empty) the answer is exactly the one of today', () => {
    fc.assert(
      fc.property(densities, density, (m, f) => {
        const plain = calculate(VERSION, estimates(m, f));
        expect(plain.monitoring).toBeUndefined();
        expect(plain.years.every((year) => year.basis === undefined)).toBe(true);
        expect(calculate(VERSION, { ...estimates(m, f), monitoringPeriods: [] })).toEqual(plain);
      }),
      { numRuns: 40 },
    );
  });

  it('measured values replace the estimates in their years only: the same as estimates edited in those years', () => {
    fc.assert(
      fc.property(densities, density, periodRanges, densities, (m, f, ranges, measured) => {
        const periods: MonitoringPeriod[] = ranges.map((range) => ({
          ...range,
          strata: { m: { biomass_density: Object.fromEntries(yearsOf(range).map((year) => [String(year), measured[year - START]])) } },
        }));
        const monitored = calculate(VERSION, { ...estimates(m, f), monitoringPeriods: periods });
        const edited = m.map((value, y) => (periods.some((p) => START + y >= p.startYear && START + y <= p.endYear) ? measured[y] : value));
        const byHand = calculate(VERSION, estimates(edited, f));
        expect(monitored.years.map(({ basis: _basis, ...year }) => year)).toEqual(byHand.years);
        expect(monitored.creditable).toEqual(byHand.creditable);
        // Years before the first measured one are the estimates' own results.
        const plain = calculate(VERSION, estimates(m, f));
        const firstMeasured = periods[0]?.startYear ?? START + YEARS;
        for (const year of monitored.years.filter((row) => row.year < firstMeasured)) {
          const { basis: _basis, ...values } = year;
          expect(values).toEqual(plain.years[year.index - 1]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('each year is ex-post exactly when a period covers it; period and basis credits are exact sums of the years', () => {
    fc.assert(
      fc.property(
        densities,
        density,
        periodRanges.filter((ranges) => ranges.length > 0),
        (m, f, ranges) => {
          const inputs = { ...estimates(m, f), monitoringPeriods: ranges.map((range) => ({ ...range, strata: { f: { biomass_density: '90' } } })) };
          const result = calculate(VERSION, inputs);
          const exact = evaluateExact(VERSION, inputs);
          const covered = (year: number) => ranges.some((range) => year >= range.startYear && year <= range.endYear);
          expect(result.years.map((year) => year.basis)).toEqual(result.years.map((year) => (covered(year.year) ? 'ex-post' : 'ex-ante')));
          const sumOver = (years: number[]) => years.reduce((total, year) => total.add(exact.creditable[year - START]), Rational.ZERO);
          ranges.forEach((range, i) => {
            const sum = sumOver(yearsOf(range));
            expect(result.monitoring?.periods[i].creditable).toEqual({ value: sum.toDecimalString(), wholeTonnes: sum.floor().toString() });
          });
          const exPost = result.monitoring!.totals.exPost;
          const exAnte = result.monitoring!.totals.exAnte;
          expect([...exPost.years, ...exAnte.years].sort()).toEqual(result.years.map((year) => year.year));
          for (const totals of [exPost, exAnte]) {
            const sum = sumOver(totals.years);
            expect(totals.creditable).toEqual({ value: sum.toDecimalString(), wholeTonnes: sum.floor().toString() });
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses periods that overlap, leave the crediting period, or measure what is not monitored, naming the field', () => {
    const base = estimates(Array(YEARS).fill('80'), '80');
    const run = (monitoringPeriods: unknown) => () => calculate(VERSION, { ...base, monitoringPeriods: monitoringPeriods as MonitoringPeriod[] });
    expect(refusal(run({}))).toEqual({ code: MethodologyErrorCode.InvalidMonitoringPeriod, path: 'monitoringPeriods', key: 'monitoring.notList' });
    expect(refusal(run([{ startYear: 2024, endYear: 2025 }]))).toMatchObject({ path: 'monitoringPeriods[0].startYear', key: 'monitoring.yearOutside' });
    expect(refusal(run([{ startYear: 2026, endYear: 2025 }]))).toMatchObject({ path: 'monitoringPeriods[0].endYear', key: 'monitoring.endYear' });
    expect(
      refusal(
        run([
          { startYear: 2025, endYear: 2027 },
          { startYear: 2027, endYear: 2028 },
        ]),
      ),
    ).toMatchObject({ path: 'monitoringPeriods[1].startYear', key: 'monitoring.overlap' });
    expect(refusal(run([{ startYear: 2025, endYear: 2026, strata: { x: {} } }]))).toMatchObject({
      path: 'monitoringPeriods[0].strata.x',
      key: 'monitoring.unknownStratum',
    });
    expect(refusal(run([{ startYear: 2025, endYear: 2026, strata: { m: { biomass_density: { 2027: '1' } } } }]))).toMatchObject({
      path: 'monitoringPeriods[0].strata.m.biomass_density.2027',
      key: 'monitoring.yearNotInPeriod',
    });
    expect(refusal(run([{ startYear: 2025, endYear: 2026, project: { nope: '1' } }]))).toMatchObject({
      code: MethodologyErrorCode.UnknownInput,
      path: 'monitoringPeriods[0].project.nope',
    });
    expect(refusal(run([{ startYear: 2025, endYear: 2026, project: { project_emissions: '-1' } }]))).toMatchObject({
      code: MethodologyErrorCode.InvalidValue,
      path: 'monitoringPeriods[0].project.project_emissions',
    });
    const notMonitored = { ...VERSION, inputs: VERSION.inputs.map((def) => ({ ...def, perYear: def.key === 'biomass_density' })) };
    expect(
      refusal(() => calculate(notMonitored, { ...base, monitoringPeriods: [{ startYear: 2025, endYear: 2025, project: { project_emissions: '1' } }] })),
    ).toMatchObject({ path: 'monitoringPeriods[0].project.project_emissions', key: 'monitoring.notPerYear' });
  });
});

describe('the buffer declaration', () => {
  const withBuffer = (appliesTo: string, change: Partial<MethodologyVersion> = {}): MethodologyVersion => ({
    ...VERSION,
    formulas: VERSION.formulas.map((def) => (def.key === 'buffer_contribution' ? { ...def, buffer: { appliesTo } } : def)),
    ...change,
  });
  const bufferIssues = (version: MethodologyVersion) =>
    validateVersion(version)
      .issues.filter((issue) => issue.code === MethodologyErrorCode.InvalidBuffer)
      .map((issue) => [issue.path, issue.text.key]);

  it('is valid on the stock change that the buffer formula uses and the creditable formula deducts', () => {
    expect(validateVersion(VERSION)).toEqual({ valid: true, issues: [] });
  });

  it('is refused on a stock, an unknown formula, a formula it does not use, or when nothing deducts it', () => {
    expect(bufferIssues(withBuffer('stock_total'))).toEqual([['formulas.buffer_contribution.buffer.appliesTo', 'buffer.notChange']]);
    expect(bufferIssues(withBuffer('nope'))).toEqual([['formulas.buffer_contribution.buffer.appliesTo', 'buffer.unknown']]);
    const unused = withBuffer('net_removals', {
      formulas: [
        ...VERSION.formulas.map((def) =>
          def.key === 'buffer_contribution' ? { ...def, expression: 'max(0, sum(stratum, stock_change) * co2_per_c) * buffer_rate' } : def,
        ),
      ],
    });
    expect(bufferIssues(unused)).toEqual([['formulas.buffer_contribution.buffer.appliesTo', 'buffer.notUsed']]);
    expect(bufferIssues(withBuffer('net_removals', { creditableFormula: 'net_removals' }))).toEqual([
      ['formulas.buffer_contribution.buffer', 'buffer.notDeducted'],
    ]);
    const twice = {
      ...VERSION,
      formulas: VERSION.formulas.map((def) => (def.key === 'creditable_removals' ? { ...def, buffer: { appliesTo: 'net_removals' } } : def)),
    };
    expect(bufferIssues(twice)).toEqual([['formulas.creditable_removals.buffer', 'buffer.twice']]);
  });

  it('is declared by both seeded versions on the net reductions, and leaves 1.0.0’s results unchanged', () => {
    for (const seeded of [MANGROVE_CONSERVATION_V1, MANGROVE_CONSERVATION_V2]) {
      expect(seeded.formulas.find((def) => def.buffer)).toMatchObject({ key: 'buffer_contribution', buffer: { appliesTo: 'net_reductions' } });
      expect(validateVersion(seeded).valid).toBe(true);
    }
    const undeclared = { ...MANGROVE_CONSERVATION_V1, formulas: MANGROVE_CONSERVATION_V1.formulas.map(({ buffer: _buffer, ...def }) => def) };
    const project: ProjectInputs = {
      creditingPeriod: { startYear: 2025, years: 10 },
      strata: [
        { key: 'a', area: '40', inputs: { soil_type: 'mineral' } },
        { key: 'b', area: '12.5', inputs: { soil_type: 'organic' } },
      ],
      project: { uncertainty: '20' },
    };
    expect(calculate(MANGROVE_CONSERVATION_V1, project)).toEqual(calculate(undeclared, project));
  });
});

function yearsOf(range: { startYear: number; endYear: number }): number[] {
  return Array.from({ length: range.endYear - range.startYear + 1 }, (_, i) => range.startYear + i);
}
