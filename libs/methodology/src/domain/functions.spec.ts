import fc from 'fast-check';
import { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
import { calculate, evaluateExact } from './calculate';
import { MethodologyError, MethodologyErrorCode } from './errors';
import { applyFunction } from './functions';
import { Rational } from './rational';
import { validateVersion } from './validate';
import { formula, input, smallVersion } from '../testing/version.factory';

const mangroveProject = fc.record({
  years: fc.integer({ min: 1, max: 6 }),
  areas: fc.array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 3 }),
  uncertainty: fc.integer({ min: 0, max: 100 }),
});

describe('sqrt, exp, ln, abs, floor, ceil, round', () => {
  it('compute irrational values to 40 significant digits, rounded half-even', () => {
    // sqrt(2) = 1.41421356237309504880168872420969807856967187537694… (the 40th digit is a 0, not shown)
    expect(applyFunction('sqrt', Rational.of(2n)).toString()).toBe('1.41421356237309504880168872420969807857');
    // e = 2.71828182845904523536028747135266249775724709369995…
    expect(applyFunction('exp', Rational.ONE).toString()).toBe('2.718281828459045235360287471352662497757');
    // ln 10 = 2.30258509299404568401799145468436420760110148862877…
    expect(applyFunction('ln', Rational.of(10n)).toString()).toBe('2.302585092994045684017991454684364207601');
    expect(applyFunction('sqrt', Rational.of(9n, 4n))).toEqual(Rational.of(3n, 2n));
  });

  it('round half away from zero, floor and ceil exactly', () => {
    expect(applyFunction('round', Rational.parseDecimal('2.5')).toString()).toBe('3');
    expect(applyFunction('round', Rational.parseDecimal('-2.5')).toString()).toBe('-3');
    expect(applyFunction('round', Rational.of(2n, 3n), 3).toString()).toBe('0.667');
    expect(applyFunction('round', Rational.parseDecimal('1250'), -2).toString()).toBe('1300');
    expect(applyFunction('floor', Rational.parseDecimal('-1.5')).toString()).toBe('-2');
    expect(applyFunction('ceil', Rational.parseDecimal('-1.5')).toString()).toBe('-1');
    expect(applyFunction('abs', Rational.parseDecimal('-1.5')).toString()).toBe('1.5');
  });

  it('an exact formula gives identical results before and after adding an unrelated inexact one', () => {
    const withInexact = {
      ...MANGROVE_CONSERVATION_V1,
      formulas: [...MANGROVE_CONSERVATION_V1.formulas, formula('spread', 'sqrt(area * area * dt / dt) * exp(0.5)', 'ha', { scope: 'stratum-year' })],
    };
    fc.assert(
      fc.property(mangroveProject, (project) => {
        const inputs = {
          creditingPeriod: { startYear: 2025, years: project.years },
          strata: project.areas.map((area, k) => ({
            key: `s${k}`,
            area: Rational.of(area, 100n).toDecimalString(),
            inputs: { soil_type: k % 2 ? 'organic' : 'mineral' },
          })),
          project: { uncertainty: String(project.uncertainty) },
        };
        const before = evaluateExact(MANGROVE_CONSERVATION_V1, inputs);
        const after = evaluateExact(withInexact, inputs);
        before.compiled.formulas.forEach((exact, i) => {
          const j = after.compiled.formulas.findIndex((f) => f.key === exact.key);
          expect(after.compiled.formulas[j].inexact).toBe(false);
          before.years.forEach((_year, y) => {
            if (exact.scope === 'project') expect(after.project[y][j]!.eq(before.project[y][i]!)).toBe(true);
            else before.strata[y].forEach((values, s) => expect(after.strata[y][s][j]!.eq(values[i]!)).toBe(true));
          });
        });
        before.creditable.forEach((value, y) => expect(after.creditable[y].eq(value)).toBe(true));
        expect(calculate(withInexact, inputs).formulas.spread.inexact).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('marks what uses an inexact value, through prev() too, and nothing else', () => {
    const version = smallVersion({
      formulas: [
        formula('growth', 'exp(rate * dt) - 1', '1', { total: 'none' }),
        formula('stock_now', 'prev(stock_now, stock) * (1 + prev(growth))', 'tC/ha', { total: 'none' }),
        formula('plain', 'sum(stratum, area) * stock * co2_per_c', 'tCO2e'),
        formula('credits', 'plain * (1 - buffer)', 'tCO2e'),
      ],
    });
    const result = calculate(version, { creditingPeriod: { startYear: 2030, years: 2 }, strata: [{ key: 'a', area: '1' }] });
    expect(Object.entries(result.formulas).map(([key, f]) => [key, f.inexact ?? false])).toEqual([
      ['growth', true],
      ['stock_now', true],
      ['plain', false],
      ['credits', false],
    ]);
    expect(result.creditable.inexact).toBeUndefined();
    expect(result.rules.inexact).toContain('40 significant digits');
  });

  it.each([
    ['cbrt(stock)', MethodologyErrorCode.UnknownFunction, 'formulas.credits.expression'],
    ['sqrt(stock, 2)', MethodologyErrorCode.WrongArgumentCount, 'formulas.credits.expression'],
    ['round(stock, rate)', MethodologyErrorCode.InvalidArgument, 'formulas.credits.expression'],
    ['sqrt(stock) * co2_per_c', MethodologyErrorCode.UnitMismatch, 'formulas.credits.expression'],
    ['exp(stock) * 0', MethodologyErrorCode.UnitMismatch, 'formulas.credits.expression'],
    ['ln(2 - 2) * total', MethodologyErrorCode.FunctionDomainLiteral, 'formulas.credits.expression'],
  ])('refuses %s at publishing, naming the formula', (expression, code, path) => {
    const { issues } = validateVersion(smallVersion({ formulas: [...smallVersion().formulas.slice(0, 2), formula('credits', expression, 'tCO2e')] }));
    expect(issues).toEqual([expect.objectContaining({ code, path })]);
  });

  it('refuses a value outside a function’s domain at calculation, naming formula, year and stratum', () => {
    const version = smallVersion({
      inputs: [input('delta', { scope: 'stratum', min: '-10', max: '10' })],
      formulas: [formula('root', 'sqrt(delta)', '1', { scope: 'stratum-year' }), formula('credits', '0', 'tCO2e')],
    });
    const run = () => calculate(version, { creditingPeriod: { startYear: 2030, years: 1 }, strata: [{ key: 'a', area: '1', inputs: { delta: '-4' } }] });
    expect(run).toThrow(MethodologyError);
    expect(run).toThrow(expect.objectContaining({ code: MethodologyErrorCode.FunctionDomain, details: { formula: 'root', year: 2030, stratum: 'a' } }));
  });

  it('stops exp() that would outgrow the digit budget', () => {
    const version = smallVersion({ inputs: [input('huge', { min: '0' })], formulas: [formula('big', 'exp(huge)', '1'), formula('credits', '0', 'tCO2e')] });
    const run = () => calculate(version, { creditingPeriod: { startYear: 2030, years: 1 }, strata: [{ key: 'a', area: '1' }], project: { huge: '1e9' } });
    expect(run).toThrow(expect.objectContaining({ code: MethodologyErrorCode.ValueTooLarge }));
  });
});
