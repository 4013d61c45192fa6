import { calculate, type ProjectInputs } from '../domain/calculate';
import { adaptationUpgradeReport } from '../domain/diff';
import { validateVersion } from '../domain/validate';
import { MANGROVE_CONSERVATION_V2 } from './mangrove-conservation-v2';
import { MANGROVE_CONSERVATION_V2_1 } from './mangrove-conservation-v2-1';

const version = MANGROVE_CONSERVATION_V2_1;
const project: ProjectInputs = {
  creditingPeriod: { startYear: 2025, years: 4 },
  strata: [
    { key: 'fringe', area: '120', inputs: { soil_type: 'mineral', uncertainty: '12' } },
    { key: 'estuary', area: '35.5', inputs: { soil_type: 'organic', uncertainty: '25', low_salinity: true } },
  ],
};

describe('seeded Mangrove Conservation Carbon Sink Methodology 2.1.0 (monitored)', () => {
  it('is a valid version that measures uncertainty, activity emissions and the area lost inside the project per year', () => {
    expect(validateVersion(version)).toEqual({ valid: true, issues: [] });
    expect(version.inputs.filter((input) => input.perYear).map((input) => input.key)).toEqual([
      'project_activity_emissions',
      'uncertainty',
      'area_lost_in_project',
    ]);
    for (const item of [...version.inputs, ...version.formulas]) {
      expect([item.key, Boolean(item.label.en), Boolean(item.label['zh-CN'])]).toEqual([item.key, true, true]);
    }
    expect(Object.values(version.sections?.monitoring ?? {})).toHaveLength(3);
    expect(Object.keys(version.description)).toEqual(['en', 'zh-CN', 'pt-BR']);
  });

  it('answers what 2.0.0 answers when nothing is measured', () => {
    expect(calculate(version, project).creditable).toEqual(calculate(MANGROVE_CONSERVATION_V2, project).creditable);
  });

  it('deducts the measured loss inside the project from the measured years only', () => {
    const monitored = calculate(version, {
      ...project,
      monitoringPeriods: [{ startYear: 2026, endYear: 2027, strata: { fringe: { area_lost_in_project: { '2026': '2', '2027': '0' } } } }],
    });
    const estimated = calculate(version, project);
    const perYear = (result: typeof estimated) => result.creditable.perYear.map((line) => Number(line.value));
    const [a, b] = [perYear(monitored), perYear(estimated)];
    expect(a[0]).toBe(b[0]);
    expect(a[1]).toBeLessThan(b[1]!);
    expect(a[2]).toBe(b[2]);
    expect(monitored.years.map((year) => year.basis)).toEqual(['ex-ante', 'ex-post', 'ex-post', 'ex-ante']);
    expect(monitored.monitoring?.periods[0]).toMatchObject({ startYear: 2026, endYear: 2027, buffer: { formula: 'buffer_contribution' } });
  });

  it('carries a 2.0.0 adaptation over unchanged', () => {
    const overrides = { loss_rate: { value: '1.2', justification: 'Futian survey' } };
    const report = adaptationUpgradeReport(MANGROVE_CONSERVATION_V2, version, overrides);
    expect(report).toMatchObject({ from: '2.0.0', to: '2.1.0', outOfRange: [], notAdjustable: [], incompatible: [], removed: [], newParameters: [] });
  });
});
