import { calculate } from '../domain/calculate';
import { validateVersion } from '../domain/validate';
import { MANGROVE_CONSERVATION_V1, SHENZHEN_2023_AUCTION_PRICES } from './mangrove-conservation';

const version = MANGROVE_CONSERVATION_V1;

describe('seeded Mangrove Conservation Carbon Sink Methodology', () => {
  it('is a valid version', () => {
    expect(validateVersion(version)).toEqual({ valid: true, issues: [] });
  });

  it('says its figures are defaults to be replaced by the official Shenzhen ones, in both languages', () => {
    expect(version.description.en).toMatch(/DEFAULTS TO BE REPLACED BY THE OFFICIAL SHENZHEN ONES/);
    expect(version.description['zh-CN']).toMatch(/须以深圳官方数值替换/);
    expect(version.title['zh-CN']).toBe('红树林保护碳汇方法学');
  });

  it('labels everything in English and Chinese', () => {
    for (const item of [...version.parameters, ...version.inputs, ...version.constants, ...version.formulas]) {
      expect([item.key, Boolean(item.label.en), Boolean(item.label['zh-CN'])]).toEqual([item.key, true, true]);
    }
  });

  it('cites a source for every default and constant', () => {
    for (const item of [...version.parameters, ...version.constants]) {
      expect([item.key, item.citation.source.length > 10]).toEqual([item.key, true]);
    }
    const ipcc = version.parameters.filter((p) => p.citation.source.includes('IPCC 2013 Wetlands Supplement'));
    expect(ipcc.map((p) => p.key)).toEqual(
      expect.arrayContaining(['agb_stock', 'root_shoot_ratio', 'soil_carbon_mineral', 'soil_carbon_organic', 'soil_accretion_rate']),
    );
  });

  it('has every part of the method: baseline from avoided loss, sequestration, project emissions, leakage, uncertainty, buffer', () => {
    const keys = version.formulas.map((f) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'baseline_emissions',
        'continued_sequestration',
        'project_emissions_total',
        'leakage',
        'uncertainty_deduction',
        'buffer_contribution',
        'creditable_reductions',
      ]),
    );
    expect(version.constants.find((c) => c.key === 'co2_per_c')).toMatchObject({ value: '44/12', unit: 'tCO2e/tC' });
    expect(version.creditableFormula).toBe('creditable_reductions');
  });

  it('prices credits at the 2023 Shenzhen reserve and clearing prices', () => {
    expect(SHENZHEN_2023_AUCTION_PRICES.map((p) => [p.currency, p.pricePerTonne])).toEqual([
      ['CNY', '183'],
      ['CNY', '485'],
    ]);
    const result = calculate(
      version,
      { creditingPeriod: { startYear: 2025, years: 1 }, strata: [{ key: 's', area: '100' }], project: { uncertainty: '5' } },
      { prices: SHENZHEN_2023_AUCTION_PRICES },
    );
    const tonnes = BigInt(result.creditable.total.wholeTonnes);
    expect(result.valueEstimates.map((estimate) => [estimate.currency, estimate.unit, estimate.total])).toEqual([
      ['CNY', 'CNY/tCO2e', (tonnes * 183n).toString()],
      ['CNY', 'CNY/tCO2e', (tonnes * 485n).toString()],
    ]);
  });
});
