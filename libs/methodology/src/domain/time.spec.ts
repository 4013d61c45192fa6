import fc from 'fast-check';
import { calculate, evaluateExact } from './calculate';
import { MethodologyErrorCode } from './errors';
import { Rational } from './rational';
import { validateVersion } from './validate';
import { formula, input, parameter, smallVersion } from '../testing/version.factory';

/** A project-year input monitored per year, and formulas over it through prev() and cumsum(). */
function monitored(formulas = [formula('running', 'cumsum(x)', '1', { total: 'none' }), formula('last', 'prev(x, start)', '1', { total: 'none' })]) {
  return smallVersion({
    parameters: [parameter('start', { default: '0' }), parameter('buffer', { unit: '%', type: 'percent', default: '10', min: '0', max: '60' })],
    inputs: [input('x', { perYear: true })],
    formulas: [...formulas, formula('credits', '0', 'tCO2e')],
    creditableFormula: 'credits',
  });
}

const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.integer({ min: 0, max: 4 }))
  .map(([digits, scale]) => Rational.of(digits, 10n ** BigInt(scale)).toDecimalString());

describe('prev() and cumsum()', () => {
  it('cumsum equals the running sum of the per-year values, and prev the value of the year before', () => {
    fc.assert(
      fc.property(fc.array(decimal, { minLength: 1, maxLength: 15 }), decimal, (values, start) => {
        const version = monitored();
        const byYear = Object.fromEntries(values.map((value, y) => [String(2030 + y), value]));
        const exact = evaluateExact(version, {
          creditingPeriod: { startYear: 2030, years: values.length },
          strata: [{ key: 'a', area: '1' }],
          project: { x: byYear },
          parameters: { start: { value: start } },
        });
        const running = exact.compiled.formulas.findIndex((f) => f.key === 'running');
        const last = exact.compiled.formulas.findIndex((f) => f.key === 'last');
        let sum = Rational.ZERO;
        values.forEach((value, y) => {
          sum = sum.add(Rational.parseDecimal(value));
          expect(exact.project[y][running]!.eq(sum)).toBe(true);
          expect(exact.project[y][last]!.eq(Rational.parseDecimal(y === 0 ? start : values[y - 1]))).toBe(true);
        });
      }),
    );
  });

  it('prev of the first year is its initial value, or 0 without one', () => {
    fc.assert(
      fc.property(decimal, decimal, (initial, x) => {
        const version = monitored([formula('with_initial', 'prev(x, start)', '1'), formula('without', 'prev(x)', '1')]);
        const result = calculate(version, {
          creditingPeriod: { startYear: 2030, years: 1 },
          strata: [{ key: 'a', area: '1' }],
          project: { x },
          parameters: { start: { value: initial } },
        });
        expect(result.years[0].project.with_initial).toBe(Rational.parseDecimal(initial).toDecimalString());
        expect(result.years[0].project.without).toBe('0');
      }),
    );
  });

  it('allows a cycle through prev() and refuses a cycle within one year', () => {
    const overYears = monitored([formula('stock', 'prev(stock, 100) * 2 - prev(flow)', '1'), formula('flow', 'stock / 10', '1')]);
    expect(validateVersion(overYears)).toEqual({ valid: true, issues: [] });
    const result = calculate(overYears, { creditingPeriod: { startYear: 2030, years: 3 }, strata: [{ key: 'a', area: '1' }], project: { x: '0' } });
    // 2030: 100×2 − 0 = 200, flow 20; 2031: 200×2 − 20 = 380, flow 38; 2032: 380×2 − 38 = 722.
    expect(result.years.map((row) => [row.project.stock, row.project.flow])).toEqual([
      ['200', '20'],
      ['380', '38'],
      ['722', '72.2'],
    ]);
    const sameYear = monitored([formula('stock', 'prev(stock, 100) + flow', '1'), formula('flow', 'stock / 10', '1')]);
    expect(validateVersion(sameYear).issues).toEqual([
      expect.objectContaining({ code: MethodologyErrorCode.Cycle, details: { cycle: ['flow', 'stock', 'flow'] } }),
    ]);
  });

  it('keeps per-stratum values apart, and sums them over strata inside sum()', () => {
    const version = smallVersion({
      formulas: [
        formula('stock', 'prev(stock, area * stock_0) + area * dt * rate * stock_0', 'tC', { scope: 'stratum-year', total: 'none' }),
        formula('change', 'sum(stratum, stock - prev(stock, area * stock_0)) * co2_per_c', 'tCO2e'),
        formula('to_date', 'cumsum(change)', 'tCO2e', { total: 'none' }),
      ],
      parameters: [
        parameter('rate', { unit: '%/yr', type: 'percent', default: '2', min: '0', max: '10' }),
        parameter('stock_0', { unit: 'tC/ha', default: '100' }),
      ],
      creditableFormula: 'change',
    });
    const result = calculate(version, {
      creditingPeriod: { startYear: 2030, years: 2 },
      strata: [
        { key: 'a', area: '1' },
        { key: 'b', area: '3' },
      ],
    });
    expect(result.years.map((row) => [row.strata.a.stock, row.strata.b.stock, row.project.change, row.project.to_date])).toEqual([
      ['102', '306', '29.33333333333333333333333333333333333333', '29.33333333333333333333333333333333333333'],
      ['104', '312', '29.33333333333333333333333333333333333333', '58.66666666666666666666666666666666666667'],
    ]);
  });

  it.each([
    ['prev(nothing)', MethodologyErrorCode.UnknownName],
    ['prev(x + 1)', MethodologyErrorCode.InvalidArgument],
    ['cumsum(x, 1)', MethodologyErrorCode.WrongArgumentCount],
    ['prev(x, dt)', MethodologyErrorCode.UnitMismatch],
  ])('refuses %s at publishing, naming the formula', (expression, code) => {
    const version = monitored([formula('bad', expression, '1')]);
    const { issues } = validateVersion(version);
    expect(issues).toEqual([expect.objectContaining({ code, path: 'formulas.bad.expression' })]);
  });
});
