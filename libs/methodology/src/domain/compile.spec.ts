import { compileVersion } from './compile';
import { calculate } from './calculate';
import { InvalidVersionError } from './errors';
import { formula, input, parameter, smallVersion } from '../testing/version.factory';

/** One project-year formula over two strata (areas 1 and 3), evaluated in year 1. */
function value(expression: string, unit = '1'): string {
  const base = smallVersion();
  const version = {
    ...base,
    parameters: [
      ...base.parameters,
      parameter('yes', { type: 'boolean', unit: undefined, default: true }),
      parameter('zone', { type: 'enum', unit: undefined, values: ['dry', 'wet'], default: 'wet' }),
    ],
    inputs: [...base.inputs, input('kind', { type: 'enum', unit: undefined, scope: 'stratum', values: ['x', 'y'], default: 'x' })],
    formulas: [...base.formulas, formula('probe', expression, unit)],
  };
  const result = calculate(version, {
    creditingPeriod: { startYear: 2025, years: 1 },
    strata: [
      { key: 'a', area: '1' },
      { key: 'b', area: '3', inputs: { kind: 'y' } },
    ],
  });
  return result.years[0].project.probe;
}

describe('compiled expressions', () => {
  it.each([
    ['1 + 2 * 3', '7'],
    ['(1 + 2) * 3', '9'],
    ['7 / 2', '3.5'],
    ['-2 ^ 2', '-4'],
    ['2 ^ -2', '0.25'],
    ['2 ^ 3 ^ 2', '512'],
    ['min(3, 1.5, 2)', '1.5'],
    ['max(3, 1.5, 2)', '3'],
    ['if(1 < 2, 10, 20)', '10'],
    ['if(2 <= 2 and 3 >= 4, 10, 20)', '20'],
    ['if(1 > 2 or not (1 == 2), 10, 20)', '10'],
    ['if(1 != 1, 10, 20)', '20'],
    ['if(yes, 1, 2)', '1'],
    ['if(not yes, 1, 2)', '2'],
    ['if(yes == yes, 1, 2)', '1'],
    ['if(zone == "wet", 1, 2)', '1'],
    ['if(zone != "wet", 1, 2)', '2'],
    ['rate', '0.02'],
    ['buffer', '0.1'],
  ])('%s = %s', (expression, expected) => {
    expect(value(expression, expression === 'rate' ? '1/yr' : '1')).toBe(expected);
  });

  it('sums over strata, evaluating the body in each stratum', () => {
    expect(value('sum(stratum, area)', 'ha')).toBe('4');
    expect(value('sum(stratum, if(kind == "y", area, 0))', 'ha')).toBe('3');
    expect(value('sum(stratum, area * area)', 'ha^2')).toBe('10');
  });

  it('shows a value in its declared unit: percent, kilograms, square metres', () => {
    expect(value('rate * dt', '%')).toBe('2');
    expect(value('sum(stratum, area)', 'm2')).toBe('40000');
    expect(value('sum(stratum, area) * stock', 'kgC')).toBe('400000');
  });

  it('refuses a runaway power instead of computing it', () => {
    expect(() => value('1e100 ^ 300')).toThrow(expect.objectContaining({ code: 'CALCULATION_VALUE_TOO_LARGE' }));
    expect(() => value('1.5 ^ 0.5')).toThrow(expect.objectContaining({ code: 'CALCULATION_NON_INTEGER_EXPONENT' }));
    // 1.001^30 = 1001^30 / 1000^30, checked independently with Python's fractions and decimal modules
    expect(value('(1 + 1e-3) ^ 30')).toBe('1.030439087548101816667262249728913130428');
  });

  it('compiles a version once and reuses it', () => {
    const version = smallVersion();
    expect(compileVersion(version)).toBe(compileVersion(version));
  });

  it('orders formulas so each follows what it uses, whatever the listed order', () => {
    const base = smallVersion();
    const compiled = compileVersion({ ...base, formulas: [...base.formulas].reverse() });
    expect(compiled.formulas.map((f) => f.key)).toEqual(['emissions', 'total', 'credits']);
  });

  it('keeps across years only formulas that use nothing changing by year (year_index, prev, cumsum, per-year inputs)', () => {
    const compiled = compileVersion(
      smallVersion({
        inputs: [input('site_factor', { scope: 'stratum', default: '1' }), input('measured', { scope: 'stratum', default: '1', perYear: true })],
        formulas: [
          formula('fixed', 'area * site_factor * rate * dt', 'ha', { scope: 'stratum-year' }),
          formula('by_year', 'fixed * year_index', 'ha', { scope: 'stratum-year' }),
          formula('by_measure', 'fixed * measured', 'ha', { scope: 'stratum-year' }),
          formula('carried', 'prev(fixed)', 'ha', { scope: 'stratum-year' }),
          formula('running', 'cumsum(fixed)', 'ha', { scope: 'stratum-year' }),
          formula('through', 'sum(stratum, by_year)', 'ha'),
          formula('total', 'sum(stratum, fixed)', 'ha'),
          formula('credits', 'total * stock * co2_per_c', 'tCO2e'),
        ],
      }),
    );
    const kept = Object.fromEntries(compiled.formulas.map((f) => [f.key, f.yearInvariant]));
    expect(kept).toEqual({ fixed: true, by_year: false, by_measure: false, carried: false, running: false, through: false, total: true, credits: true });
  });

  it('refuses an invalid version with every issue', () => {
    expect(() => compileVersion(smallVersion({ creditableFormula: 'missing' }))).toThrow(InvalidVersionError);
  });
});
