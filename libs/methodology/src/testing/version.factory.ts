import type { FormulaDefinition, InputDefinition, MethodologyVersion, ParameterDefinition } from '../domain/model';

/** Test data: a small valid version, and definitions with sensible defaults to vary. */
export function parameter(key: string, fields: Partial<ParameterDefinition> = {}): ParameterDefinition {
  return { key, label: { en: key }, unit: '1', type: 'decimal', default: '1', citation: { source: 'test' }, adjustable: true, ...fields };
}

export function input(key: string, fields: Partial<InputDefinition> = {}): InputDefinition {
  return { key, label: { en: key }, unit: '1', type: 'decimal', scope: 'project', ...fields };
}

export function formula(key: string, expression: string, unit: string, fields: Partial<FormulaDefinition> = {}): FormulaDefinition {
  return { key, label: { en: key }, expression, unit, scope: 'project-year', ...fields };
}

/**
 * Emissions avoided on a stratum's area: area × rate × stock × 44/12, summed over strata.
 * Pass replacements by key to change one definition, or extra definitions to add.
 */
export function smallVersion(changes: Partial<MethodologyVersion> = {}): MethodologyVersion {
  return {
    methodologyKey: 'small',
    version: '1.0.0',
    title: { en: 'Small' },
    description: { en: 'For tests' },
    parameters: [
      parameter('rate', { unit: '%/yr', type: 'percent', default: '2', min: '0', max: '10' }),
      parameter('stock', { unit: 'tC/ha', default: '100', min: '0', max: '500' }),
      parameter('buffer', { unit: '%', type: 'percent', default: '10', min: '10', max: '60', adjustable: false }),
    ],
    inputs: [input('site_factor', { scope: 'stratum', default: '1', min: '0', max: '2' })],
    constants: [{ key: 'co2_per_c', label: { en: '44/12' }, value: '44/12', unit: 'tCO2e/tC', citation: { source: 'IPCC' } }],
    formulas: [
      formula('emissions', 'area * rate * dt * stock * site_factor * co2_per_c', 'tCO2e', { scope: 'stratum-year' }),
      formula('total', 'sum(stratum, emissions)', 'tCO2e'),
      formula('credits', 'total * (1 - buffer)', 'tCO2e'),
    ],
    creditableFormula: 'credits',
    ...changes,
  };
}
