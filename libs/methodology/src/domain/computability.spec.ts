import { calculate } from './calculate';
import { MethodologyError, MethodologyErrorCode } from './errors';
import type { MethodologyVersion } from './model';
import { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
import { validateVersion } from './validate';
import { formula, input, parameter, smallVersion } from '../testing/version.factory';

const withCredits = (expression: string, changes: Partial<MethodologyVersion> = {}) =>
  smallVersion({
    formulas: [
      formula('emissions', 'area * rate * dt * stock * site_factor * co2_per_c', 'tCO2e', { scope: 'stratum-year' }),
      formula('total', 'sum(stratum, emissions)', 'tCO2e'),
      ...(changes.formulas ?? []),
      formula('credits', expression, 'tCO2e'),
    ],
    ...(changes.constants ? { constants: changes.constants } : {}),
    ...(changes.parameters ? { parameters: changes.parameters } : {}),
  });

const zeroConstant = [
  { key: 'co2_per_c', label: { en: '44/12' }, value: '44/12', unit: 'tCO2e/tC', citation: { source: 'IPCC' } },
  { key: 'nothing', label: { en: 'zero' }, value: '0', unit: '1', citation: { source: 'test' } },
  { key: 'half', label: { en: 'half' }, value: '50', unit: '%', citation: { source: 'test' } },
];

describe('publishing refuses what no project could compute', () => {
  it.each([
    ['a literal zero divisor', withCredits('total / 0'), MethodologyErrorCode.DivisionByZeroLiteral, 'credits'],
    ['a zero written as a decimal', withCredits('total / 0.000'), MethodologyErrorCode.DivisionByZeroLiteral, 'credits'],
    ['a divisor folding to zero', withCredits('total / (1 - 2 / 2)'), MethodologyErrorCode.DivisionByZeroLiteral, 'credits'],
    ['a zero constant as divisor', withCredits('total / nothing', { constants: zeroConstant }), MethodologyErrorCode.DivisionByZeroLiteral, 'credits'],
    ['zero to a negative power', withCredits('total * (1 - buffer) + total * 0 ^ -2'), MethodologyErrorCode.DivisionByZeroLiteral, 'credits'],
    ['a fractional exponent', withCredits('total * (1 - buffer) ^ 1.5'), MethodologyErrorCode.InvalidExponent, 'credits'],
    ['a fraction as exponent', withCredits('total * (1 - buffer) ^ (1 / 3)'), MethodologyErrorCode.InvalidExponent, 'credits'],
    [
      'a percent constant as exponent (0.5)',
      withCredits('total * (1 - buffer) ^ half', { constants: zeroConstant }),
      MethodologyErrorCode.InvalidExponent,
      'credits',
    ],
    ['an exponent above 1000', withCredits('total * (1 - buffer) ^ 1001'), MethodologyErrorCode.InvalidExponent, 'credits'],
    ['an exponent below -1000', withCredits('total * (1 - buffer) ^ -(1000 + 1)'), MethodologyErrorCode.InvalidExponent, 'credits'],
    ['a thousand powers of ten', withCredits(`total${' * 10^999'.repeat(1000)}`), MethodologyErrorCode.DigitGrowth, 'credits'],
    ['a large power of a parameter', withCredits('total * (1 - buffer) ^ 900'), MethodologyErrorCode.DigitGrowth, 'credits'],
    [
      'a power by an unbounded decimal parameter',
      withCredits('total * (1 - buffer) ^ n', { parameters: [...smallVersion().parameters, parameter('n', { default: '2' })] }),
      MethodologyErrorCode.DigitGrowth,
      'credits',
    ],
    [
      'squares of squares',
      withCredits('total * s12', {
        formulas: Array.from({ length: 12 }, (_, i) => formula(`s${i + 1}`, i ? `s${i} * s${i}` : '(1 - buffer) * (1 - buffer)', '1', { total: 'none' })),
      }),
      MethodologyErrorCode.DigitGrowth,
      's10',
    ],
  ])('%s', (_name, version, code, key) => {
    const { issues } = validateVersion(version);
    expect(issues).toEqual([expect.objectContaining({ code, path: `formulas.${key}.expression`, details: expect.objectContaining({ formula: key }) })]);
  });

  it.each([
    ['the seeded mangrove method', MANGROVE_CONSERVATION_V1],
    ['compound growth over the crediting period', withCredits('total * (1 - buffer) * (1 + rate * dt) ^ year_index')],
    ['a division by a parameter (it may be zero only at run time)', withCredits('total * (1 - buffer) / (1 + rate * dt)')],
    [
      'a power by a bounded integer parameter',
      withCredits('total * (1 - buffer) ^ k', {
        parameters: [...smallVersion().parameters, parameter('k', { type: 'integer', default: '2', min: '0', max: '30' })],
      }),
    ],
  ])('accepts %s', (_name, version) => {
    expect(validateVersion(version).issues).toEqual([]);
  });
});

describe('the calculation keeps to its budgets', () => {
  const scaled = (expression: string) =>
    smallVersion({
      inputs: [input('site_factor', { scope: 'stratum', default: '1', min: '0', max: '2' }), input('scale', { scope: 'project' })],
      formulas: [
        formula('total', 'sum(stratum, area * rate * dt * stock * co2_per_c)', 'tCO2e'),
        formula('grown', expression, '1'),
        formula('credits', 'total * grown', 'tCO2e'),
      ],
    });
  const project = (scale: string, strata = 1) => ({
    creditingPeriod: { startYear: 2025, years: 1 },
    strata: Array.from({ length: strata }, (_, i) => ({ key: `s${i}`, area: '1' })),
    project: { scale },
  });

  it.each([
    ['a product', 'scale * scale * scale'],
    ['a sum of fractions', '1 / scale + 1 / (scale + 1) + 1 / (scale + 2)'],
    ['a quotient', '(1 / scale) / scale / scale'],
  ])('stops %s beyond the digit budget, naming the formula', (_name, expression) => {
    const run = () => calculate(scaled(expression), project('1e9999'));
    expect(run).toThrow(MethodologyError);
    expect(run).toThrow(
      expect.objectContaining({ code: MethodologyErrorCode.ValueTooLarge, location: expect.objectContaining({ path: 'formulas.grown.expression' }) }),
    );
  });

  it('computes the same values within the budget', () => {
    expect(calculate(scaled('scale * scale'), project('1e9999')).years[0].project.grown).toBe(`1${'0'.repeat(19998)}`);
  });

  it('stops at its deadline', () => {
    expect(() => calculate(scaled('scale'), project('2', 200), { deadline: Date.now() - 1 })).toThrow(
      expect.objectContaining({ code: MethodologyErrorCode.TimeBudgetExceeded }),
    );
    expect(calculate(scaled('scale'), project('2', 200), { deadline: Date.now() + 60_000 }).creditable.total.wholeTonnes).toMatch(/^\d+$/);
  });

  it('stops at its deadline inside one formula that a project can publish', () => {
    // Each step adds a fraction with a new denominator: a few hundred such steps take seconds
    // in a single evaluation, within the digit budget and the publish-time estimate.
    const slow = scaled(Array.from({ length: 150 }, (_, i) => `1 / (scale + ${i + 1})`).join(' + '));
    expect(validateVersion(slow)).toEqual({ valid: true, issues: [] });
    const run = () => calculate(slow, project('123456789012345678901234'), { deadline: Date.now() - 1 });
    expect(run).toThrow(
      expect.objectContaining({ code: MethodologyErrorCode.TimeBudgetExceeded, location: expect.objectContaining({ path: 'formulas.grown.expression' }) }),
    );
  });
});
