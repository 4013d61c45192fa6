import fc from 'fast-check';
import { calculate, type CalculationOptions, evaluateExact, type ProjectInputs } from './calculate';
import { InvalidVersionError, MethodologyError, MethodologyErrorCode } from './errors';
import { formula, input, smallVersion } from '../testing/version.factory';

const inputs = (changes: Partial<ProjectInputs> = {}): ProjectInputs => ({
  creditingPeriod: { startYear: 2025, years: 2 },
  strata: [
    { key: 'a', area: '10' },
    { key: 'b', area: '5', inputs: { site_factor: '0.5' } },
  ],
  ...changes,
});

function failure(run: () => unknown): MethodologyError {
  try {
    run();
  } catch (error) {
    if (error instanceof MethodologyError) return error;
    throw error;
  }
  throw new Error('did not fail');
}

describe('calculate', () => {
  // small version: emissions = area × rate × dt × stock × site_factor × 44/12; credits = total × (1 − buffer)
  // a: 10 × 0.02 × 100 × 1 × 11/3 = 220/3; b: 5 × 0.02 × 100 × 0.5 × 11/3 = 55/3; total 275/3; credits × 0.9 = 82.5
  it('evaluates per stratum, then per project, each year', () => {
    const result = calculate(smallVersion(), inputs());
    expect(result.years.map((year) => year.year)).toEqual([2025, 2026]);
    expect(result.years[0].strata).toEqual({
      a: { emissions: '73.33333333333333333333333333333333333333' },
      b: { emissions: '18.33333333333333333333333333333333333333' },
    });
    expect(result.years[0].project).toEqual({ total: '91.66666666666666666666666666666666666667', credits: '82.5' });
    expect(result.totals.project).toEqual({ total: '183.3333333333333333333333333333333333333', credits: '165' });
    expect(result.creditable.total).toEqual({ value: '165', wholeTonnes: '165' });
    expect(result.creditingPeriod).toEqual({ startYear: 2025, years: 2, endYear: 2026 });
  });

  it('answers in plain JSON: every number a decimal string, nothing lost in serialisation', () => {
    const result = calculate(smallVersion(), inputs(), {
      overrides: { rate: { value: '3', justification: 'survey' } },
      prices: [{ key: 'p', currency: 'CNY', pricePerTonne: '183' }],
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const numbers: unknown[] = [];
    JSON.stringify(result, (key, value) => {
      if (typeof value === 'number' && !['year', 'index', 'startYear', 'years', 'endYear'].includes(key)) numbers.push([key, value]);
      return value;
    });
    expect(numbers).toEqual([]);
  });

  it('states its arithmetic, display and rounding rules', () => {
    const result = calculate(smallVersion(), inputs());
    expect(result.rules.rounding).toContain('rounded down');
    expect(result.rules.display).toContain('40 significant digits');
    expect(result.creditable.rule).toBe(result.rules.rounding);
  });

  it('reports each parameter value with its source, default, citation and justification', () => {
    const options: CalculationOptions = {
      adaptation: { id: 'ad-1', revision: 3 },
      overrides: { rate: { value: '3', justification: 'local survey' }, stock: { value: '120', justification: 'plots' } },
    };
    const result = calculate(smallVersion(), inputs({ parameters: { stock: { value: '150', justification: 'measured', evidence: ['doc-7'] } } }), options);
    expect(result.parameters.buffer).toEqual({
      label: { en: 'buffer' },
      value: '10',
      unit: '%',
      source: 'default',
      default: '10',
      adjustable: false,
      withinRange: true,
      citation: { source: 'test' },
    });
    expect(result.parameters.rate).toEqual({
      label: { en: 'rate' },
      value: '3',
      unit: '%/yr',
      source: 'adaptation',
      default: '2',
      adjustable: true,
      withinRange: true,
      citation: { source: 'test' },
      justification: 'local survey',
      adaptation: { id: 'ad-1', revision: 3 },
    });
    expect(result.parameters.stock).toMatchObject({ value: '150', source: 'input', adaptationValue: '120', justification: 'measured', evidence: ['doc-7'] });
    expect(result.inputs.strata.a.inputs.site_factor).toEqual({ value: '1', unit: '1', source: 'default' });
    expect(result.inputs.strata.b.inputs.site_factor).toEqual({ value: '0.5', unit: '1', source: 'input' });
    // a: 10 × 0.03 × 150 × 11/3 = 165; b: 5 × 0.03 × 150 × 0.5 × 11/3 = 41.25
    expect(result.years[0].strata.a.emissions).toBe('165');
    expect(result.years[0].strata.b.emissions).toBe('41.25');
  });

  it('refuses an override outside the range, or of a fixed parameter, unless it is an approved deviation', () => {
    const outside = failure(() => calculate(smallVersion(), inputs(), { overrides: { rate: { value: '12' } } }));
    expect(outside).toMatchObject({
      code: MethodologyErrorCode.OverrideOutOfRange,
      location: { path: 'overrides.rate' },
      details: { key: 'rate', value: '12', min: '0', max: '10' },
    });
    const fixed = failure(() => calculate(smallVersion(), inputs(), { overrides: { buffer: { value: '20' } } }));
    expect(fixed.code).toBe(MethodologyErrorCode.ParameterNotAdjustable);
    const approved = calculate(smallVersion(), inputs(), {
      overrides: { rate: { value: '12', approvedDeviation: true }, buffer: { value: '20', approvedDeviation: true } },
    });
    expect(approved.parameters.rate).toMatchObject({ value: '12', withinRange: false, approvedDeviation: true });
    expect(approved.parameters.buffer).toMatchObject({ value: '20', source: 'adaptation', approvedDeviation: true });
  });

  it.each([
    ['an unknown parameter', {}, { overrides: { nope: { value: '1' } } }, MethodologyErrorCode.UnknownParameter],
    ['a non-decimal override', {}, { overrides: { rate: { value: '1,5' } } }, MethodologyErrorCode.InvalidValue],
    ['an unknown stratum input', { strata: [{ key: 'a', area: '1', inputs: { colour: '1' } }] }, {}, MethodologyErrorCode.UnknownInput],
    ['an input outside its range', { strata: [{ key: 'a', area: '1', inputs: { site_factor: '3' } }] }, {}, MethodologyErrorCode.InvalidValue],
    ['a negative area', { strata: [{ key: 'a', area: '-1' }] }, {}, MethodologyErrorCode.InvalidStrata],
    ['a float-looking area', { strata: [{ key: 'a', area: 'NaN' }] }, {}, MethodologyErrorCode.InvalidStrata],
    ['no strata', { strata: [] }, {}, MethodologyErrorCode.InvalidStrata],
    [
      'a repeated stratum key',
      {
        strata: [
          { key: 'a', area: '1' },
          { key: 'a', area: '2' },
        ],
      },
      {},
      MethodologyErrorCode.InvalidStrata,
    ],
    ['zero years', { creditingPeriod: { startYear: 2025, years: 0 } }, {}, MethodologyErrorCode.InvalidCreditingPeriod],
    ['a fractional year', { creditingPeriod: { startYear: 2025.5, years: 2 } }, {}, MethodologyErrorCode.InvalidCreditingPeriod],
    ['an unknown currency', {}, { prices: [{ key: 'x', currency: 'GBP' as never, pricePerTonne: '1' }] }, MethodologyErrorCode.InvalidPriceScenario],
    ['a negative price', {}, { prices: [{ key: 'x', currency: 'CNY' as const, pricePerTonne: '-1' }] }, MethodologyErrorCode.InvalidPriceScenario],
  ])('refuses %s', (_what, changes, options, code) => {
    expect(failure(() => calculate(smallVersion(), inputs(changes as Partial<ProjectInputs>), options as CalculationOptions)).code).toBe(code);
  });

  it('requires inputs without a default', () => {
    const base = smallVersion();
    const version = { ...base, inputs: [{ ...base.inputs[0], default: undefined }] };
    const error = failure(() => calculate(version, inputs()));
    expect(error).toMatchObject({ code: MethodologyErrorCode.MissingInput, location: { path: 'strata[0].inputs.site_factor' } });
  });

  it('locates a division by zero by formula, year and stratum', () => {
    const base = smallVersion();
    const version = { ...base, formulas: [...base.formulas, formula('per_factor', 'emissions / (site_factor - 0.5)', 'tCO2e', { scope: 'stratum-year' })] };
    const error = failure(() => calculate(version, inputs()));
    expect(error).toMatchObject({
      code: MethodologyErrorCode.DivisionByZero,
      location: { path: 'formulas.per_factor.expression', position: 10 },
      details: { formula: 'per_factor', year: 2025, stratum: 'b' },
    });
  });

  it('throws every validation issue of an invalid version', () => {
    const base = smallVersion();
    const error = failure(() => calculate({ ...base, formulas: [...base.formulas, formula('x', 'y', '1'), formula('y', 'x', '1')] }, inputs()));
    expect(error).toBeInstanceOf(InvalidVersionError);
    expect((error as InvalidVersionError).issues.map((issue) => issue.code)).toEqual([MethodologyErrorCode.Cycle]);
  });

  it('totals only the formulas whose total is sum', () => {
    const base = smallVersion();
    const version = { ...base, formulas: [...base.formulas, formula('ratio', 'credits / total', '1', { total: 'none' })] };
    const result = calculate(version, inputs());
    expect(result.years[0].project.ratio).toBe('0.9');
    expect(Object.keys(result.totals.project)).toEqual(['total', 'credits']);
  });

  it('floors negative credits toward negative infinity and values them at zero', () => {
    const base = smallVersion();
    const version = { ...base, formulas: [...base.formulas.slice(0, 2), formula('credits', '0 - total', 'tCO2e')] };
    const result = calculate(version, inputs({ creditingPeriod: { startYear: 2025, years: 1 } }), {
      prices: [{ key: 'p', currency: 'CNY', pricePerTonne: '100' }],
    });
    expect(result.creditable.total).toEqual({ value: '-91.66666666666666666666666666666666666667', wholeTonnes: '-92' });
    expect(result.valueEstimates[0].total).toBe('0');
  });

  it('reads JSON numbers through their decimal spelling', () => {
    const result = calculate(smallVersion(), inputs({ strata: [{ key: 'a', area: 0.3 }] }), { overrides: { rate: { value: 0.1 } } });
    // 0.3 × 0.001 × 100 × 11/3 = 0.11
    expect(result.years[0].strata.a.emissions).toBe('0.11');
  });

  describe('per-year inputs', () => {
    const base = smallVersion();
    const version = {
      ...base,
      inputs: [
        ...base.inputs,
        input('monitored', { unit: 'tCO2e', min: '0', perYear: true }),
        input('condition', { scope: 'stratum', perYear: true, default: '1' }),
      ],
      formulas: [
        ...base.formulas,
        formula('monitored_total', 'monitored + sum(stratum, condition * 0)', 'tCO2e'),
        formula('cond', 'condition', '1', { scope: 'stratum-year', total: 'none' }),
      ],
    };
    const period = { creditingPeriod: { startYear: 2025, years: 3 } };

    it('take one value for every year, or one per calendar year', () => {
      const result = calculate(
        version,
        inputs({ ...period, project: { monitored: { 2025: '1.5', 2026: '2', 2027: '0' } }, strata: [{ key: 'a', area: '1', inputs: { condition: '0.5' } }] }),
      );
      expect(result.years.map((year) => year.project.monitored_total)).toEqual(['1.5', '2', '0']);
      expect(result.years.map((year) => year.strata.a.cond)).toEqual(['0.5', '0.5', '0.5']);
      expect(result.totals.project.monitored_total).toBe('3.5');
      expect(result.inputs.project.monitored).toEqual({ value: { 2025: '1.5', 2026: '2', 2027: '0' }, unit: 'tCO2e', source: 'input' });
      const byStratum = calculate(
        version,
        inputs({ ...period, project: { monitored: '1' }, strata: [{ key: 'a', area: '1', inputs: { condition: { 2025: '1', 2026: '0.9', 2027: '0.8' } } }] }),
      );
      expect(byStratum.years.map((year) => year.strata.a.cond)).toEqual(['1', '0.9', '0.8']);
    });

    it('refuse a missing year, a year outside the period, and a per-year value for a single-value input', () => {
      expect(failure(() => calculate(version, inputs({ ...period, project: { monitored: { 2025: '1', 2026: '1' } } })))).toMatchObject({
        code: MethodologyErrorCode.MissingInput,
        details: { key: 'monitored', year: 2027 },
      });
      expect(failure(() => calculate(version, inputs({ ...period, project: { monitored: { 2025: '1', 2026: '1', 2027: '1', 2030: '1' } } }))).code).toBe(
        MethodologyErrorCode.InvalidValue,
      );
      expect(
        failure(() =>
          calculate(version, inputs({ ...period, project: { monitored: '1' }, strata: [{ key: 'a', area: '1', inputs: { site_factor: { 2025: '1' } } }] })),
        ).code,
      ).toBe(MethodologyErrorCode.InvalidValue);
    });
  });

  it('gives exact values through evaluateExact', () => {
    const exact = evaluateExact(smallVersion(), inputs());
    expect(exact.creditable.map((value) => value.toFractionString())).toEqual(['165/2', '165/2']);
    expect(exact.years).toEqual([2025, 2026]);
  });

  it('answers damaged requests with a MethodologyError, never a TypeError', () => {
    const paths: ((request: Record<string, unknown>, junk: unknown) => void)[] = [
      (r, junk) => (r.creditingPeriod = junk),
      (r, junk) => ((r.creditingPeriod as Record<string, unknown>).years = junk),
      (r, junk) => (r.strata = junk),
      (r, junk) => ((r.strata as unknown[])[0] = junk),
      (r, junk) => ((r.strata as Record<string, unknown>[])[1].inputs = junk),
      (r, junk) => ((r.strata as Record<string, unknown>[])[1].area = junk),
      (r, junk) => (r.project = junk),
      (r, junk) => (r.parameters = junk),
      (r, junk) => (r.parameters = { rate: junk }),
    ];
    fc.assert(
      fc.property(fc.nat(paths.length - 1), fc.anything(), (which, junk) => {
        const request = structuredClone(inputs()) as unknown as Record<string, unknown>;
        paths[which](request, junk);
        try {
          calculate(smallVersion(), request as unknown as ProjectInputs);
        } catch (error) {
          expect(error).toBeInstanceOf(MethodologyError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
