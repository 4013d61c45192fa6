import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
import { calculate, type CalculationOptions, type MonitoringResult, type ProjectInputs } from './calculate';
import type { MethodologyVersion } from './model';

/** Hand-computed examples: the arithmetic is in each fixture's `working`, not in this file. */
interface WorkedExample {
  name: string;
  version: string | MethodologyVersion;
  inputs: ProjectInputs;
  options?: CalculationOptions;
  working: string[];
  expected: {
    years: Record<string, { basis?: string; project?: Record<string, string>; strata?: Record<string, Record<string, string>> }>;
    totals?: { project?: Record<string, string>; strata?: Record<string, Record<string, string>> };
    creditable: { perYear: { year: number; value: string; wholeTonnes: string }[]; total: { value: string; wholeTonnes: string } };
    valueEstimates?: { key: string; total: string; perYear?: { year: number; value: string }[] }[];
    parameterSources?: Record<string, string>;
    /** The formulas marked inexact (through sqrt, exp or ln); every other one must not be. */
    inexact?: string[];
    /** With monitoring periods: the monitoring block without its rule text. */
    monitoring?: Omit<MonitoringResult, 'rule'>;
  };
}

const FIXTURES = resolve(__dirname, '../../../../test/fixtures/methodology');
const SEEDS: Record<string, MethodologyVersion> = { 'seed:mangrove-conservation@1.0.0': MANGROVE_CONSERVATION_V1 };

const examples = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, example: JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as WorkedExample }));

describe('worked examples in test/fixtures/methodology', () => {
  it('includes a multi-stratum, multi-year example', () => {
    expect(examples.some(({ example }) => example.inputs.strata.length > 1 && example.inputs.creditingPeriod.years > 1)).toBe(true);
  });

  describe.each(examples)('$file', ({ example }) => {
    const version = typeof example.version === 'string' ? SEEDS[example.version] : example.version;
    const result = calculate(version, example.inputs, example.options);

    it('shows its working', () => {
      expect(example.working.length).toBeGreaterThan(2);
    });

    it.each(Object.entries(example.expected.years))('matches year %s to the last digit', (year, expected) => {
      const actual = result.years.find((row) => row.year === Number(year));
      expect(actual).toBeDefined();
      expect(actual!.basis).toBe(expected.basis);
      for (const [key, value] of Object.entries(expected.project ?? {})) expect([key, actual!.project[key]]).toEqual([key, value]);
      for (const [stratum, values] of Object.entries(expected.strata ?? {})) {
        for (const [key, value] of Object.entries(values)) expect([stratum, key, actual!.strata[stratum][key]]).toEqual([stratum, key, value]);
      }
    });

    it('matches the period totals', () => {
      for (const [key, value] of Object.entries(example.expected.totals?.project ?? {})) expect([key, result.totals.project[key]]).toEqual([key, value]);
      for (const [stratum, values] of Object.entries(example.expected.totals?.strata ?? {})) {
        for (const [key, value] of Object.entries(values)) expect([stratum, key, result.totals.strata[stratum][key]]).toEqual([stratum, key, value]);
      }
    });

    it('matches the creditable tonnes, rounded down once at the end', () => {
      expect(result.creditable.perYear).toEqual(example.expected.creditable.perYear);
      expect(result.creditable.total).toEqual(example.expected.creditable.total);
      expect(result.creditable.rule).toMatch(/rounded down/);
    });

    it('matches the value estimates', () => {
      for (const expected of example.expected.valueEstimates ?? []) {
        const actual = result.valueEstimates.find((estimate) => estimate.key === expected.key);
        expect(actual?.total).toBe(expected.total);
        if (expected.perYear) expect(actual?.perYear).toEqual(expected.perYear);
      }
    });

    it('marks exactly the formulas that went through sqrt, exp or ln as inexact', () => {
      const marked = Object.entries(result.formulas)
        .filter(([, formula]) => formula.inexact)
        .map(([key]) => key);
      expect(marked).toEqual(example.expected.inexact ?? []);
      expect(result.creditable.inexact).toBe((example.expected.inexact ?? []).includes(version.creditableFormula) ? true : undefined);
    });

    it('matches the ex-ante and ex-post totals and each monitoring period', () => {
      const { rule: _rule, ...monitoring } = result.monitoring ?? { rule: '' };
      expect(result.monitoring === undefined ? undefined : monitoring).toEqual(example.expected.monitoring);
    });

    it('reports where each parameter value came from', () => {
      for (const [key, source] of Object.entries(example.expected.parameterSources ?? {})) expect([key, result.parameters[key].source]).toEqual([key, source]);
    });
  });
});
