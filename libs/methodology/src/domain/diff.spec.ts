import { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
import { calculate } from './calculate';
import { adaptationUpgradeReport, diffVersions } from './diff';
import type { MethodologyVersion, ParameterDefinition } from './model';
import { validateVersion } from './validate';
import { formula, parameter } from '../testing/version.factory';

/** A 1.1.0 of the seeded version with one change of each kind. */
function nextVersion(): MethodologyVersion {
  const v1 = MANGROVE_CONSERVATION_V1;
  const edit = (key: string, fields: Partial<ParameterDefinition>) => ({ ...v1.parameters.find((p) => p.key === key)!, ...fields });
  return {
    ...v1,
    version: '1.1.0',
    sections: { ...v1.sections, baseline: { ...v1.sections!.baseline, en: 'Baseline: revised.' }, monitoring: { en: 'New section' } },
    parameters: [
      ...v1.parameters.filter(
        (p) => !['loss_rate', 'agb_stock', 'soil_loss_fraction', 'leakage_rate', 'carbon_fraction', 'project_emission_rate'].includes(p.key),
      ),
      edit('loss_rate', { max: '5' }), // range narrowed
      edit('agb_stock', { default: '80' }), // default changed
      edit('soil_loss_fraction', { unit: '1', type: 'decimal', default: '0.25', min: '0', max: '1' }), // % → fraction
      edit('leakage_rate', { adjustable: false }),
      edit('carbon_fraction', { default: '0.470' }), // the same number
      parameter('ch4_emission_factor', {
        unit: 'tCO2e/ha/yr',
        default: '0',
        min: '0',
        max: '10',
        citation: { source: 'IPCC 2013 WS Table 4.14 (placeholder)' },
      }),
    ],
    formulas: v1.formulas.map((f) => {
      if (f.key === 'project_emissions') return { ...f, expression: 'area * ch4_emission_factor * dt' };
      if (f.key === 'leakage') return { ...f, expression: '(baseline_emissions_total) * leakage_rate' }; // same tree
      return f;
    }),
  };
}

describe('diffVersions', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffVersions(MANGROVE_CONSERVATION_V1, MANGROVE_CONSERVATION_V1).identical).toBe(true);
  });

  it('lists parameters added, removed and changed field by field, and formulas changed', () => {
    const next = nextVersion();
    expect(validateVersion(next).issues).toEqual([]);
    const diff = diffVersions(MANGROVE_CONSERVATION_V1, next);
    expect(diff).toMatchObject({ from: '1.0.0', to: '1.1.0', identical: false });
    expect(diff.parameters.added.map((p) => p.key)).toEqual(['ch4_emission_factor']);
    expect(diff.parameters.removed.map((p) => p.key)).toEqual(['project_emission_rate']);
    expect(diff.parameters.changed).toEqual([
      { key: 'loss_rate', changes: [{ field: 'max', from: '20', to: '5' }] },
      { key: 'agb_stock', changes: [{ field: 'default', from: '75', to: '80' }] },
      {
        key: 'soil_loss_fraction',
        changes: [
          { field: 'type', from: 'percent', to: 'decimal' },
          { field: 'unit', from: '%', to: '1' },
          { field: 'default', from: '25', to: '0.25' },
          { field: 'max', from: '100', to: '1' },
        ],
      },
      { key: 'leakage_rate', changes: [{ field: 'adjustable', from: true, to: false }] },
    ]);
    expect(diff.formulas.changed).toEqual([
      { key: 'project_emissions', changes: [{ field: 'expression', from: 'area * project_emission_rate * dt', to: 'area * ch4_emission_factor * dt' }] },
    ]);
    expect(diff.sections).toEqual({ added: ['monitoring'], removed: [], changed: [{ key: 'baseline', locales: ['en'] }] });
  });

  it('compares units by meaning and formulas by tree', () => {
    const v1 = MANGROVE_CONSERVATION_V1;
    const same: MethodologyVersion = {
      ...v1,
      parameters: v1.parameters.map((p) => (p.key === 'soil_accretion_rate' ? { ...p, unit: 'tC/(ha*yr)' } : p)),
      formulas: v1.formulas.map((f) =>
        f.key === 'net_reductions' ? { ...f, expression: '((baseline_emissions_total + sequestration_total) - project_emissions_total) - leakage' } : f,
      ),
    };
    expect(diffVersions(v1, same).identical).toBe(true);
    const changed = { ...same, formulas: [...same.formulas.slice(0, -1), formula('creditable_reductions', 'net_reductions - uncertainty_deduction', 'tCO2e')] };
    expect(diffVersions(v1, changed).formulas.changed.map((c) => [c.key, c.changes.map((x) => x.field)])).toEqual([
      ['creditable_reductions', ['expression', 'label']],
    ]);
  });
});

describe('diffVersions on drafts that do not validate yet', () => {
  const v1 = MANGROVE_CONSERVATION_V1;
  const broken = {
    ...v1,
    version: '1.1.0',
    sections: null,
    parameters: [
      ...v1.parameters.filter((p) => p.key !== 'loss_rate'),
      { ...v1.parameters.find((p) => p.key === 'loss_rate')!, unit: 'tC/(' },
      'junk',
      { label: {} },
    ],
    constants: v1.constants.map((c) => ({ ...c, value: '44/' })),
    formulas: v1.formulas.map((f) => (f.key === 'leakage' ? { ...f, expression: 'baseline_emissions_total * (' } : f)),
  } as unknown as MethodologyVersion;

  it('compares what is there, never throws, and marks the changed items that are invalid', () => {
    const issues = validateVersion(broken).issues.map((issue) => ({ code: issue.code, path: issue.path, message: issue.message }));
    expect(issues.length).toBeGreaterThan(0);
    const diff = diffVersions(v1, broken, { from: { valid: true, issues: [] }, to: { valid: false, issues } });
    expect(diff.parameters.changed).toEqual([
      expect.objectContaining({ key: 'loss_rate', changes: [{ field: 'unit', from: '%/yr', to: 'tC/(' }], invalid: true }),
    ]);
    expect(diff.parameters.added.map((item) => item.key)).toEqual(['#' + String(v1.parameters.length + 1)]);
    expect(diff.constants.changed.map((item) => [item.key, item.changes.map((c) => c.field), item.invalid])).toEqual([['co2_per_c', ['value'], true]]);
    expect(diff.formulas.changed).toEqual([expect.objectContaining({ key: 'leakage', invalid: true })]);
    expect(diff.sections.removed).toEqual(Object.keys(v1.sections!));
    expect(diff.validation?.to.valid).toBe(false);
    expect(diff.identical).toBe(false);
  });

  it('says nothing about validation when both sides are valid', () => {
    expect(diffVersions(v1, v1, { from: { valid: true, issues: [] }, to: { valid: true, issues: [] } }).validation).toBeUndefined();
  });
});

describe('adaptationUpgradeReport', () => {
  const overrides = {
    loss_rate: { value: '8', justification: 'aquaculture pressure' },
    agb_stock: { value: '110', justification: 'plot survey' },
    soil_loss_fraction: { value: '40', justification: 'excavation depth' },
    leakage_rate: { value: '5', justification: 'no displacement' },
    project_emission_rate: { value: '1', justification: 'boats' },
    buffer_rate: { value: '15', justification: 'risk tool', approvedDeviation: true },
  };

  it('sorts each override into carried, out of range, not adjustable or removed, and lists new parameters', () => {
    const report = adaptationUpgradeReport(MANGROVE_CONSERVATION_V1, nextVersion(), overrides);
    expect(report.carried).toEqual([
      { key: 'agb_stock', value: '110' },
      { key: 'soil_loss_fraction', value: '0.4', convertedFrom: { value: '40', unit: '%' } },
      { key: 'buffer_rate', value: '15' },
    ]);
    expect(report.outOfRange).toEqual([{ key: 'loss_rate', value: '8', min: '0', max: '5', previousMin: '0', previousMax: '20' }]);
    expect(report.notAdjustable).toEqual([{ key: 'leakage_rate', value: '5' }]);
    expect(report.removed).toEqual([{ key: 'project_emission_rate', value: '1' }]);
    expect(report.newParameters).toEqual([{ key: 'ch4_emission_factor', default: '0', unit: 'tCO2e/ha/yr', adjustable: true }]);
    expect(report.changedDefaults).toEqual([]);
    expect(report.incompatible).toEqual([]);
  });

  it('applies only the carried overrides, keeping their justification but not an old deviation approval', () => {
    const report = adaptationUpgradeReport(MANGROVE_CONSERVATION_V1, nextVersion(), overrides);
    expect(report.overrides).toEqual({
      agb_stock: { value: '110', justification: 'plot survey' },
      soil_loss_fraction: { value: '0.4', justification: 'excavation depth' },
      buffer_rate: { value: '15', justification: 'risk tool' },
    });
    const result = calculate(
      nextVersion(),
      { creditingPeriod: { startYear: 2025, years: 1 }, strata: [{ key: 's', area: '10' }], project: { uncertainty: '5' } },
      { overrides: report.overrides },
    );
    expect(result.parameters.soil_loss_fraction).toMatchObject({ value: '0.4', source: 'adaptation' });
  });

  it('lists changed defaults of parameters the adaptation did not override', () => {
    const report = adaptationUpgradeReport(MANGROVE_CONSERVATION_V1, nextVersion(), {});
    expect(report.changedDefaults).toEqual([{ key: 'agb_stock', from: '75', to: '80' }]);
  });

  it('refuses to carry a value across a change of dimensions or enum values', () => {
    const v1 = MANGROVE_CONSERVATION_V1;
    const next = { ...v1, version: '2.0.0', parameters: v1.parameters.map((p) => (p.key === 'agb_stock' ? { ...p, unit: 'tC/ha' } : p)) };
    const report = adaptationUpgradeReport(v1, next, { agb_stock: { value: '110' } });
    expect(report.incompatible).toEqual([
      {
        key: 'agb_stock',
        value: '110',
        reason: 'its unit changed from t_dm/ha to tC/ha',
        text: { key: 'upgrade.unitChanged', args: { from: 't_dm/ha', to: 'tC/ha' } },
      },
    ]);
    expect(report.overrides).toEqual({});
  });
});
