import fc from 'fast-check';
import { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
import { calculate, evaluateExact, type ProjectInputs } from './calculate';
import { Rational } from './rational';
import { formula, parameter, smallVersion } from '../testing/version.factory';

/** A decimal string `digits × 10^-scale`, the way a user would type it. */
const decimalText = (maxDigits: bigint, maxScale: number, minScale = 0) =>
  fc.tuple(fc.bigInt({ min: 0n, max: maxDigits }), fc.integer({ min: minScale, max: maxScale })).map(([digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, '0');
    return scale ? `${text.slice(0, text.length - scale)}.${text.slice(text.length - scale)}` : text;
  });

const mangroveProject = fc.record({
  years: fc.integer({ min: 1, max: 12 }),
  strata: fc.array(fc.tuple(decimalText(10n ** 7n, 3), fc.constantFrom('mineral', 'organic')), { minLength: 1, maxLength: 4 }),
  uncertainty: decimalText(10_000n, 4, 2), // 0–100 %
  lossRate: decimalText(2000n, 4, 2), // 0–20 %/yr
});

function projectInputs(project: { years: number; strata: [string, string][]; uncertainty: string }, scale: Rational = Rational.ONE): ProjectInputs {
  return {
    creditingPeriod: { startYear: 2025, years: project.years },
    strata: project.strata.map(([area, soil], k) => ({
      key: `s${k}`,
      area: Rational.parseDecimal(area).mul(scale).toDecimalString(200),
      inputs: { soil_type: soil },
    })),
    project: { uncertainty: project.uncertainty },
  };
}

describe('properties of the calculator', () => {
  it('scaling every area by k scales every area-driven value by exactly k (seeded mangrove version)', () => {
    const areaFree = new Set(['biomass_carbon', 'soil_carbon_stock', 'soil_carbon_lost']);
    fc.assert(
      fc.property(
        mangroveProject,
        decimalText(10n ** 6n, 3).filter((k) => !Rational.parseDecimal(k).isZero()),
        (project, k) => {
          const factor = Rational.parseDecimal(k);
          const options = { overrides: { loss_rate: { value: project.lossRate } } };
          const base = evaluateExact(MANGROVE_CONSERVATION_V1, projectInputs(project), options);
          const scaled = evaluateExact(MANGROVE_CONSERVATION_V1, projectInputs(project, factor), options);
          base.compiled.formulas.forEach((formulaDef, i) => {
            const expectedFactor = areaFree.has(formulaDef.key) ? Rational.ONE : factor;
            base.years.forEach((_year, y) => {
              if (formulaDef.scope === 'project') {
                expect([formulaDef.key, scaled.project[y][i]!.toFractionString()]).toEqual([
                  formulaDef.key,
                  base.project[y][i]!.mul(expectedFactor).toFractionString(),
                ]);
              } else {
                base.strata[y].forEach((values, s) => {
                  expect([formulaDef.key, scaled.strata[y][s][i]!.toFractionString()]).toEqual([
                    formulaDef.key,
                    values[i]!.mul(expectedFactor).toFractionString(),
                  ]);
                });
              }
            });
          });
          base.creditable.forEach((value, y) => expect(scaled.creditable[y].eq(value.mul(factor))).toBe(true));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('scaling areas by a power of ten shifts the shown digits and nothing else', () => {
    fc.assert(
      fc.property(mangroveProject, fc.integer({ min: 1, max: 6 }), (project, power) => {
        const options = { overrides: { loss_rate: { value: project.lossRate } } };
        const base = calculate(MANGROVE_CONSERVATION_V1, projectInputs(project), options);
        const scaled = calculate(MANGROVE_CONSERVATION_V1, projectInputs(project, Rational.of(10n ** BigInt(power))), options);
        const shift = (text: string) =>
          Rational.parseDecimal(text)
            .mul(Rational.of(10n ** BigInt(power)))
            .toDecimalString();
        expect(scaled.totals.project.baseline_emissions_total).toBe(shift(base.totals.project.baseline_emissions_total));
        expect(scaled.creditable.total.value).toBe(shift(base.creditable.total.value));
      }),
      { numRuns: 40 },
    );
  });

  it('adds decimal inputs exactly: a + b equals the decimal sum, e.g. 0.1 + 0.2 = 0.3', () => {
    const version = smallVersion({
      parameters: [parameter('a', { default: '0' }), parameter('b', { default: '0' })],
      inputs: [],
      constants: [],
      formulas: [
        formula('s', 'a + b', '1', { total: 'none' }),
        formula('same', 'if(a + b == s, 1, 0)', '1', { total: 'none' }),
        formula('credits', '0', 'tCO2e'),
      ],
    });
    const tenths = decimalText(10n ** 12n, 12);
    fc.assert(
      fc.property(tenths, tenths, (a, b) => {
        const result = calculate(
          version,
          { creditingPeriod: { startYear: 2025, years: 1 }, strata: [{ key: 's', area: '1' }] },
          { overrides: { a: { value: a }, b: { value: b } } },
        );
        expect(result.years[0].project.s).toBe(Rational.parseDecimal(a).add(Rational.parseDecimal(b)).toDecimalString());
        expect(result.years[0].project.same).toBe('1');
      }),
    );
    const classic = calculate(
      version,
      { creditingPeriod: { startYear: 2025, years: 1 }, strata: [{ key: 's', area: '1' }] },
      { overrides: { a: { value: '0.1' }, b: { value: '0.2' } } },
    );
    expect(classic.years[0].project.s).toBe('0.3');
  });

  it('does not depend on how the strata are ordered', () => {
    fc.assert(
      fc.property(mangroveProject, (project) => {
        const forward = calculate(MANGROVE_CONSERVATION_V1, projectInputs(project));
        const reversed = calculate(MANGROVE_CONSERVATION_V1, { ...projectInputs(project), strata: [...projectInputs(project).strata].reverse() });
        expect(reversed.totals.project).toEqual(forward.totals.project);
        expect(reversed.creditable.total).toEqual(forward.creditable.total);
      }),
      { numRuns: 30 },
    );
  });

  it('never credits more whole tonnes for the period than the exact total allows, nor less than the yearly floors', () => {
    fc.assert(
      fc.property(mangroveProject, (project) => {
        const result = calculate(MANGROVE_CONSERVATION_V1, projectInputs(project));
        const whole = BigInt(result.creditable.total.wholeTonnes);
        const exact = Rational.parseDecimal(result.creditable.total.value);
        expect(Rational.of(whole).cmp(exact) <= 0).toBe(true);
        expect(exact.sub(Rational.of(whole)).cmp(Rational.ONE) < 0).toBe(true);
        const yearly = result.creditable.perYear.reduce((sum, year) => sum + BigInt(year.wholeTonnes), 0n);
        expect(whole >= yearly).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
