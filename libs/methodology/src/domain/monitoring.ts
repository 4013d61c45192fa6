import { type EngineMessage, MethodologyError, MethodologyErrorCode, msg, shown } from './errors';
import type { DefinitionValue, InputDefinition, MethodologyVersion } from './model';

/**
 * A monitoring period: a range of calendar years inside the crediting period whose measured
 * (ex-post) values replace the estimates (ex-ante) of per-year inputs in those years only.
 * A value is one figure for every year of the period or one per year (`{ "2026": "12" }`).
 */
export interface MonitoringPeriod {
  /** First and last calendar year, inclusive. */
  startYear: number;
  endYear: number;
  /** Measured values of per-year project inputs. */
  project?: Record<string, MeasuredValue>;
  /** Measured values of per-year stratum inputs, by stratum key. */
  strata?: Record<string, Record<string, MeasuredValue>>;
}

export type MeasuredValue = DefinitionValue | Record<string, DefinitionValue>;

/** A period as read: its years and which inputs it measured. */
export interface ReadPeriod {
  startYear: number;
  endYear: number;
  measured: { project: string[]; strata: Record<string, string[]> };
}

/** Checks one measured value against its definition (type and range), throwing at `path`. */
export type ValueCheck = (def: InputDefinition, value: DefinitionValue, path: string) => void;

type InputMap = Record<string, DefinitionValue | Record<string, DefinitionValue>>;

interface Inputs {
  creditingPeriod: { startYear: number; years: number };
  strata: { key: string; inputs?: InputMap }[];
  project?: InputMap;
}

/**
 * Reads the monitoring periods of a request and folds their measured values into per-year
 * inputs: each measured year takes the measured value, every other year keeps the estimate
 * the request gave (or the input's default). The result is an ordinary request, so the
 * calculation itself does not change; `periods` says which years are ex-post.
 */
export function applyMonitoring<T extends Inputs>(
  version: MethodologyVersion,
  inputs: T,
  raw: unknown,
  check: ValueCheck,
): { inputs: T; periods: ReadPeriod[] } {
  const path = 'monitoringPeriods';
  const fail = (at: string, reason: EngineMessage): never => {
    throw new MethodologyError(MethodologyErrorCode.InvalidMonitoringPeriod, msg('atPath', { path: at, reason }), { path: at });
  };
  if (!Array.isArray(raw)) return fail(path, msg('monitoring.notList'));
  const { startYear: first, years } = inputs.creditingPeriod;
  const last = first + years - 1;
  if (raw.length > years) fail(path, msg('monitoring.tooMany', { max: years }));

  const projectDefs = new Map(version.inputs.filter((def) => def.scope === 'project').map((def) => [def.key, def]));
  const stratumDefs = new Map(version.inputs.filter((def) => def.scope === 'stratum').map((def) => [def.key, def]));
  const strataIndex = new Map(inputs.strata.map((stratum, k) => [stratum.key, k]));
  /** Measured values by year: project input → year → value; stratum index → input → year → value. */
  const project = new Map<string, Map<number, DefinitionValue>>();
  const strata = inputs.strata.map(() => new Map<string, Map<number, DefinitionValue>>());
  const periods: ReadPeriod[] = [];

  raw.forEach((period: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(period)) return fail(at, msg('monitoring.notObject'));
    const { startYear, endYear } = period;
    if (!isYear(startYear) || startYear < first || startYear > last)
      fail(`${at}.startYear`, msg('monitoring.yearOutside', { value: shown(startYear), first, last }));
    if (!isYear(endYear) || endYear < (startYear as number) || endYear > last)
      fail(`${at}.endYear`, msg('monitoring.endYear', { value: shown(endYear), start: startYear as number, last }));
    const previous = periods[periods.length - 1];
    if (previous && (startYear as number) <= previous.endYear)
      fail(`${at}.startYear`, msg('monitoring.overlap', { value: startYear as number, previous: previous.endYear }));
    const read: ReadPeriod = { startYear: startYear as number, endYear: endYear as number, measured: { project: [], strata: {} } };
    const measure = (values: unknown, defs: Map<string, InputDefinition>, into: Map<string, Map<number, DefinitionValue>>, where: string): string[] => {
      if (values === undefined) return [];
      if (!isRecord(values)) return fail(where, msg('monitoring.valuesNotObject'));
      return Object.entries(values).map(([key, value]) => {
        const def = defs.get(key);
        if (!def)
          throw new MethodologyError(MethodologyErrorCode.UnknownInput, msg('unknownInput', { path: where, key }), { path: `${where}.${key}` }, { key });
        if (!def.perYear) fail(`${where}.${key}`, msg('monitoring.notPerYear', { key }));
        const byYear = into.get(key) ?? new Map<number, DefinitionValue>();
        into.set(key, byYear);
        for (const [year, one] of yearsOf(value, read, `${where}.${key}`, fail)) {
          check(def, one, isRecord(value) ? `${where}.${key}.${year}` : `${where}.${key}`);
          byYear.set(year, one);
        }
        return key;
      });
    };
    read.measured.project = measure(period.project, projectDefs, project, `${at}.project`);
    if (period.strata !== undefined) {
      if (!isRecord(period.strata)) fail(`${at}.strata`, msg('monitoring.valuesNotObject'));
      for (const [stratumKey, values] of Object.entries(period.strata as Record<string, unknown>)) {
        const k = strataIndex.get(stratumKey);
        if (k === undefined) fail(`${at}.strata.${stratumKey}`, msg('monitoring.unknownStratum', { key: stratumKey }));
        read.measured.strata[stratumKey] = measure(values, stratumDefs, strata[k as number], `${at}.strata.${stratumKey}`);
      }
    }
    periods.push(read);
  });

  const calendar = Array.from({ length: years }, (_, y) => first + y);
  const merge = (
    estimates: InputMap | undefined,
    measured: Map<string, Map<number, DefinitionValue>>,
    defs: Map<string, InputDefinition>,
  ): InputMap | undefined => {
    if (measured.size === 0) return estimates;
    const merged: InputMap = { ...(estimates ?? {}) };
    for (const [key, byYear] of measured) {
      const estimate = estimates?.[key] ?? defs.get(key)?.default;
      const perYear: Record<string, DefinitionValue> = {};
      for (const year of calendar) {
        const value = byYear.get(year) ?? (isRecord(estimate) ? estimate[String(year)] : estimate);
        if (value !== undefined) perYear[String(year)] = value;
      }
      merged[key] = perYear;
    }
    return merged;
  };
  const mergedProject = merge(inputs.project, project, projectDefs);
  return {
    inputs: {
      ...inputs,
      ...(mergedProject ? { project: mergedProject } : {}),
      strata: inputs.strata.map((stratum, k) => {
        const merged = merge(isRecord(stratum.inputs) ? stratum.inputs : undefined, strata[k], stratumDefs);
        return merged ? { ...stratum, inputs: merged } : stratum;
      }),
    },
    periods,
  };
}

/** The (year, value) pairs a measured value gives: every year of the period, or the years it names (all inside the period). */
function yearsOf(value: unknown, period: ReadPeriod, path: string, fail: (at: string, reason: EngineMessage) => never): [number, DefinitionValue][] {
  if (!isRecord(value)) {
    const pairs: [number, DefinitionValue][] = [];
    for (let year = period.startYear; year <= period.endYear; year += 1) pairs.push([year, value as DefinitionValue]);
    return pairs;
  }
  return Object.entries(value).map(([text, one]) => {
    const year = Number(text);
    if (String(year) !== text || year < period.startYear || year > period.endYear)
      fail(`${path}.${text}`, msg('monitoring.yearNotInPeriod', { year: shown(text), start: period.startYear, end: period.endYear }));
    return [year, one as DefinitionValue];
  });
}

function isYear(value: unknown): value is number {
  return Number.isInteger(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
