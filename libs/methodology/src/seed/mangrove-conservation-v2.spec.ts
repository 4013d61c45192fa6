import { calculate, type ProjectInputs } from '../domain/calculate';
import { adaptationUpgradeReport } from '../domain/diff';
import { validateVersion } from '../domain/validate';
import { MANGROVE_CONSERVATION_V1 } from './mangrove-conservation';
import { MANGROVE_CONSERVATION_V2 } from './mangrove-conservation-v2';

const version = MANGROVE_CONSERVATION_V2;
const project: ProjectInputs = {
  creditingPeriod: { startYear: 2025, years: 4 },
  strata: [
    { key: 'fringe', area: '120', inputs: { soil_type: 'mineral', uncertainty: '12' } },
    { key: 'estuary', area: '35.5', inputs: { soil_type: 'organic', uncertainty: '25', low_salinity: true } },
  ],
};

describe('seeded Mangrove Conservation Carbon Sink Methodology 2.0.0', () => {
  it('is a valid version of the same methodology, and 1.0.0 stays as it was', () => {
    expect(validateVersion(version)).toEqual({ valid: true, issues: [] });
    expect(version.methodologyKey).toBe(MANGROVE_CONSERVATION_V1.methodologyKey);
    expect([MANGROVE_CONSERVATION_V1.version, version.version]).toEqual(['1.0.0', '2.0.0']);
    expect(MANGROVE_CONSERVATION_V1.formulas.map((f) => f.expression).join(' ')).not.toMatch(/prev|cumsum|sqrt|exp/);
  });

  it('labels everything in English and Chinese and cites every default with its table', () => {
    for (const item of [...version.parameters, ...version.inputs, ...version.constants, ...version.formulas]) {
      expect([item.key, Boolean(item.label.en), Boolean(item.label['zh-CN'])]).toEqual([item.key, true, true]);
    }
    for (const item of [...version.parameters, ...version.constants]) {
      // Every IPCC default names its table; the others name the paper, module or section.
      const source = item.citation.source;
      expect([item.key, source.length > 10, !/^IPCC 20(06|13)/.test(source) || /Table|ratio of molecular weights/.test(source)]).toEqual([
        item.key,
        true,
        true,
      ]);
    }
    expect(version.parameters.find((p) => p.key === 'gwp_ch4')).toMatchObject({
      default: '28',
      unit: 'tCO2e/tCH4',
      adjustable: false,
      citation: { source: expect.stringContaining('AR5') },
    });
    expect(version.parameters.find((p) => p.key === 'gwp_ch4')!.citation.note).toContain('AR6');
    expect(version.parameters.find((p) => p.key === 'ch4_emission_factor')!.citation.source).toContain('Wetlands Supplement, Ch. 4, Table 4.14');
    expect(version.description.en).toMatch(/DEFAULTS TO BE REPLACED BY THE OFFICIAL SHENZHEN ONES/);
  });

  it('reads like the standard: stock change through prev, soil decay, CH4 through its GWP, uncertainty as a root of summed squares', () => {
    const expressions = Object.fromEntries(version.formulas.map((f) => [f.key, f.expression]));
    expect(expressions.biomass_emissions).toBe('prev(baseline_biomass_stock, area * biomass_carbon) - baseline_biomass_stock');
    expect(expressions.soil_emissions).toContain('exp(-soil_decay_rate * dt)');
    expect(expressions.baseline_emissions).toContain('ch4_baseline * gwp_ch4');
    expect(expressions.uncertainty_half_width).toBe('sqrt(sum(stratum, (uncertainty * stratum_net) ^ 2))');
  });

  it('spreads soil emissions over the years after clearing instead of releasing them at once', () => {
    const result = calculate(version, project);
    const soil = result.years.map((year) => Number(year.strata.fringe!.soil_emissions));
    expect(soil[0]).toBe(0); // nothing exposed before the first year's clearing
    expect(soil[1]).toBeGreaterThan(0);
    expect(soil[3]).toBeGreaterThan(soil[1] ?? Infinity); // the exposed pool grows while clearing goes on
    expect(result.years.every((year) => Number(year.strata.fringe!.ch4_baseline) === 0)).toBe(true);
    expect(Number(result.years[1]!.strata.estuary!.ch4_baseline)).toBeGreaterThan(0);
    expect(result.formulas.soil_emissions!.inexact).toBe(true);
    expect(result.formulas.biomass_emissions!.inexact).toBeUndefined();
    expect(result.creditable.inexact).toBe(true);
    expect(result.years.at(-1)!.project.creditable_to_date).toBe(result.creditable.total.value);
  });

  it('reports what an Enping adaptation of 1.0.0 carries to 2.0.0', () => {
    const overrides = {
      loss_rate: { value: '1.2', justification: 'Enping aquaculture expansion 2015–2020' },
      soil_carbon_mineral: { value: '250', justification: 'Zhenhai Bay cores' },
      agb_stock: { value: '60', justification: 'Plot survey' },
    };
    const report = adaptationUpgradeReport(MANGROVE_CONSERVATION_V1, version, overrides);
    expect(report).toMatchObject({ from: '1.0.0', to: '2.0.0', outOfRange: [], notAdjustable: [], incompatible: [], removed: [] });
    expect(report.carried.map((item) => item.key)).toEqual(['loss_rate', 'soil_carbon_mineral', 'agb_stock']);
    expect(report.newParameters.map((item) => item.key)).toEqual(['soil_decay_rate', 'ch4_emission_factor', 'gwp_ch4']);
    expect(report.changedDefaults).toEqual([]);
    const result = calculate(version, project, { overrides: report.overrides });
    expect(result.parameters.loss_rate).toMatchObject({ source: 'adaptation', value: '1.2' });
  });
});
