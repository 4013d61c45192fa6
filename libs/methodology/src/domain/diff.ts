import type { ParameterOverride } from './calculate';
import { type EngineMessage, msg, renderMessage } from './errors';
import { formatExpression } from './expression';
import type { LocalizedText } from '@bluecarbon/platform';
import type { ConstantDefinition, DefinitionValue, FormulaDefinition, InputDefinition, MethodologyVersion, ParameterDefinition } from './model';
import { parseExpression } from './parser';
import { Rational } from './rational';
import { parseUnit, sameDimensions, sameUnit, type Unit } from './units';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface KeyedChanges<T> {
  added: T[];
  removed: T[];
  /** `invalid`: the newer side of this item does not validate (see `VersionDiff.validation`). */
  changed: { key: string; changes: FieldChange[]; invalid?: true }[];
}

export interface VersionDiff {
  from: string;
  to: string;
  parameters: KeyedChanges<ParameterDefinition>;
  inputs: KeyedChanges<InputDefinition>;
  constants: KeyedChanges<ConstantDefinition>;
  formulas: KeyedChanges<FormulaDefinition>;
  sections: { added: string[]; removed: string[]; changed: { key: string; locales: string[] }[] };
  creditableFormula?: FieldChange;
  /** True when nothing that affects a calculation or the text changed. */
  identical: boolean;
  /** Present when either side does not validate (a draft in progress): the issues of each side, with their paths. */
  validation?: { from: DiffValidation; to: DiffValidation };
}

export interface DiffValidation {
  valid: boolean;
  issues: { code: string; path: string; message: string }[];
}

/** Decimal fields compare by value (`1.0` equals `1`); everything else by JSON. */
function sameNumber(a: DefinitionValue | undefined, b: DefinitionValue | undefined): boolean {
  if (a === b) return true;
  const read = (value: DefinitionValue | undefined) =>
    typeof value === 'string' && Rational.isDecimal(value.trim())
      ? Rational.parseDecimal(value)
      : typeof value === 'number'
        ? Rational.parseDecimal(String(value))
        : undefined;
  const x = read(a);
  const y = read(b);
  return x !== undefined && y !== undefined && x.eq(y);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Units compare by meaning: `tC/ha/yr` equals `tC/(ha*yr)`. */
function sameUnitText(a: string | undefined, b: string | undefined): boolean {
  if ((a ?? '') === (b ?? '')) return true;
  try {
    return sameUnit(parseUnit(a ?? ''), parseUnit(b ?? ''));
  } catch {
    return false;
  }
}

/** Expressions compare by their tree, so spacing and redundant parentheses are no change. */
function sameExpression(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return formatExpression(parseExpression(a)) === formatExpression(parseExpression(b));
  } catch {
    return false;
  }
}

type Comparer<T> = [field: keyof T & string, same: (a: never, b: never) => boolean][];

/**
 * A definition list as a draft may hold it: anything but a list reads as empty, anything but
 * an object in it is left out, an item without a text key is named by its position (`#2`), so
 * a draft that does not validate yet still compares with what is there.
 */
function keyedList<T extends { key: string }>(list: unknown): T[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return [];
    const key = (item as { key?: unknown }).key;
    return [(typeof key === 'string' ? item : { ...item, key: `#${i}` }) as T];
  });
}

/** A field comparison that cannot throw: a value a draft cannot parse yet compares by its JSON. */
function safely<A>(same: (a: A, b: A) => boolean): (a: A, b: A) => boolean {
  return (a, b) => {
    try {
      return same(a, b);
    } catch {
      return sameJson(a, b);
    }
  };
}

function diffKeyed<T extends { key: string }>(fromList: unknown, toList: unknown, fields: Comparer<T>): KeyedChanges<T> {
  const from = keyedList<T>(fromList);
  const to = keyedList<T>(toList);
  const before = new Map(from.map((item) => [item.key, item]));
  const after = new Map(to.map((item) => [item.key, item]));
  const changed: KeyedChanges<T>['changed'] = [];
  for (const [key, old] of before) {
    const next = after.get(key);
    if (!next) continue;
    const changes = fields
      .filter(([field, same]) => !safely(same as (a: unknown, b: unknown) => boolean)(old[field], next[field]))
      .map(([field]) => ({ field, from: old[field], to: next[field] }));
    if (changes.length) changed.push({ key, changes });
  }
  return {
    added: to.filter((item) => !before.has(item.key)),
    removed: from.filter((item) => !after.has(item.key)),
    changed,
  };
}

const VALUE_FIELDS = [
  ['type', sameJson],
  ['unit', sameUnitText],
  ['default', sameNumber],
  ['min', sameNumber],
  ['max', sameNumber],
  ['values', sameJson],
  ['label', sameJson],
  ['description', sameJson],
] as const;

/**
 * What changed between two versions of a methodology, field by field. Either side may be a
 * draft that does not validate yet: pass its issues as `validation` and the changed items of
 * the newer side that have one are marked `invalid`.
 */
export function diffVersions(from: MethodologyVersion, to: MethodologyVersion, validation?: { from: DiffValidation; to: DiffValidation }): VersionDiff {
  const parameters = diffKeyed<ParameterDefinition>(from.parameters, to.parameters, [
    ...VALUE_FIELDS,
    ['adjustable', sameJson],
    ['citation', sameJson],
  ] as Comparer<ParameterDefinition>);
  const inputs = diffKeyed<InputDefinition>(from.inputs, to.inputs, [
    ...VALUE_FIELDS,
    ['scope', sameJson],
    ['perYear', (a: boolean | undefined, b: boolean | undefined) => Boolean(a) === Boolean(b)],
  ] as Comparer<InputDefinition>);
  const constants = diffKeyed<ConstantDefinition>(from.constants, to.constants, [
    ['value', (a: string, b: string) => a === b || Rational.parse(a).eq(Rational.parse(b))],
    ['unit', sameUnitText],
    ['label', sameJson],
    ['citation', sameJson],
  ] as Comparer<ConstantDefinition>);
  const formulas = diffKeyed<FormulaDefinition>(from.formulas, to.formulas, [
    ['expression', sameExpression],
    ['unit', sameUnitText],
    ['scope', sameJson],
    ['total', (a: string | undefined, b: string | undefined) => (a ?? 'sum') === (b ?? 'sum')],
    ['buffer', sameJson],
    ['label', sameJson],
    ['description', sameJson],
  ] as Comparer<FormulaDefinition>);
  const sections = diffSections(objectOr(from.sections), objectOr(to.sections));
  const lists = { parameters, inputs, constants, formulas };
  const invalid = validation && !validation.to.valid ? validation.to.issues.map((issue) => issue.path) : [];
  for (const [name, changes] of Object.entries(lists)) {
    for (const item of changes.changed) {
      const prefix = `${name}.${item.key}`;
      if (invalid.some((path) => path === prefix || path.startsWith(`${prefix}.`))) item.invalid = true;
    }
  }
  const creditableFormula =
    from.creditableFormula === to.creditableFormula ? undefined : { field: 'creditableFormula', from: from.creditableFormula, to: to.creditableFormula };
  const empty = (changes: KeyedChanges<unknown>) => !changes.added.length && !changes.removed.length && !changes.changed.length;
  return {
    from: from.version,
    to: to.version,
    parameters,
    inputs,
    constants,
    formulas,
    sections,
    ...(creditableFormula ? { creditableFormula } : {}),
    identical:
      [parameters, inputs, constants, formulas].every(empty) &&
      !sections.added.length &&
      !sections.removed.length &&
      !sections.changed.length &&
      !creditableFormula,
    ...(validation && (!validation.from.valid || !validation.to.valid) ? { validation } : {}),
  };
}

function objectOr(value: unknown): Record<string, LocalizedText> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, LocalizedText>) : {};
}

function diffSections(from: Record<string, LocalizedText>, to: Record<string, LocalizedText>): VersionDiff['sections'] {
  const changed: { key: string; locales: string[] }[] = [];
  for (const key of Object.keys(from)) {
    if (!(key in to)) continue;
    const locales = [...new Set([...Object.keys(objectOr(from[key])), ...Object.keys(objectOr(to[key]))])].filter(
      (locale) => objectOr(from[key])[locale as keyof LocalizedText] !== objectOr(to[key])[locale as keyof LocalizedText],
    );
    if (locales.length) changed.push({ key, locales });
  }
  return { added: Object.keys(to).filter((key) => !(key in from)), removed: Object.keys(from).filter((key) => !(key in to)), changed };
}

export interface AdaptationUpgradeReport {
  from: string;
  to: string;
  /** Overrides that apply unchanged (or converted to the new unit) in the new version. */
  carried: { key: string; value: DefinitionValue; convertedFrom?: { value: DefinitionValue; unit: string } }[];
  /** Overrides whose value is outside the new range: each needs a deviation or a new value. */
  outOfRange: { key: string; value: DefinitionValue; min?: string; max?: string; previousMin?: string; previousMax?: string }[];
  /** Overrides on parameters that are no longer adjustable: each needs a deviation. */
  notAdjustable: { key: string; value: DefinitionValue }[];
  /** Overrides that no longer fit the parameter's type, enum values or dimensions. */
  /** `reason` is English; `text` the same as a message key with arguments, said in the caller's language over HTTP. */
  incompatible: { key: string; value: DefinitionValue; reason: string; text: EngineMessage }[];
  /** Overrides of parameters the new version no longer has. */
  removed: { key: string; value: DefinitionValue }[];
  /** Parameters the new version adds: they take their defaults unless adapted. */
  newParameters: { key: string; default: DefinitionValue; unit?: string; adjustable: boolean }[];
  /** Parameters without an override whose default changed: results move with them. */
  changedDefaults: { key: string; from: DefinitionValue; to: DefinitionValue }[];
  /** The overrides to apply on the new version: the carried ones, with their justifications. */
  overrides: Record<string, ParameterOverride>;
}

/**
 * What happens to an adaptation's overrides when it moves from one version to another.
 * Previously approved deviations are not carried silently: anything outside the new
 * version's rules is listed for a new decision.
 */
export function adaptationUpgradeReport(
  from: MethodologyVersion,
  to: MethodologyVersion,
  overrides: Record<string, ParameterOverride>,
): AdaptationUpgradeReport {
  const before = new Map(from.parameters.map((def) => [def.key, def]));
  const after = new Map(to.parameters.map((def) => [def.key, def]));
  const report: AdaptationUpgradeReport = {
    from: from.version,
    to: to.version,
    carried: [],
    outOfRange: [],
    notAdjustable: [],
    incompatible: [],
    removed: [],
    newParameters: to.parameters
      .filter((def) => !before.has(def.key))
      .map((def) => ({ key: def.key, default: def.default, ...(def.unit ? { unit: def.unit } : {}), adjustable: def.adjustable })),
    changedDefaults: to.parameters.flatMap((def) => {
      const previous = before.get(def.key);
      return previous && !(def.key in overrides) && !sameQuantity(previous, def) ? [{ key: def.key, from: previous.default, to: def.default }] : [];
    }),
    overrides: {},
  };

  for (const [key, override] of Object.entries(overrides)) {
    const next = after.get(key);
    if (!next) {
      report.removed.push({ key, value: override.value });
      continue;
    }
    const previous = before.get(key);
    const converted = convertValue(override.value, previous, next);
    if ('refused' in converted) {
      report.incompatible.push({ key, value: override.value, reason: renderMessage(converted.refused), text: converted.refused });
      continue;
    }
    const { value } = converted;
    if (!next.adjustable) {
      report.notAdjustable.push({ key, value });
      continue;
    }
    if (!withinRange(value, next)) {
      report.outOfRange.push({ key, value, min: next.min, max: next.max, previousMin: previous?.min, previousMax: previous?.max });
      continue;
    }
    const wasConverted = value !== override.value;
    report.carried.push({ key, value, ...(wasConverted ? { convertedFrom: { value: override.value, unit: previous?.unit ?? '1' } } : {}) });
    report.overrides[key] = { ...override, value, approvedDeviation: undefined };
    delete report.overrides[key].approvedDeviation;
  }
  return report;
}

/** The override's value in the new definition's unit, or why it cannot apply. */
function convertValue(
  value: DefinitionValue,
  previous: ParameterDefinition | undefined,
  next: ParameterDefinition,
): { value: DefinitionValue } | { refused: EngineMessage } {
  const refused = (key: string, args?: Record<string, string>) => ({ refused: msg(`upgrade.${key}`, args) });
  if (next.type === 'boolean') return typeof value === 'boolean' ? { value } : refused('nowBoolean');
  if (next.type === 'enum')
    return typeof value === 'string' && next.values?.includes(value)
      ? { value }
      : refused('notOneOf', { value: JSON.stringify(value), values: (next.values ?? []).join(', ') });
  const number = typeof value === 'number' ? String(value) : value;
  if (typeof number !== 'string' || !Rational.isDecimal(number.trim())) return refused('nowNumeric');
  if (next.type === 'integer' && !Rational.parseDecimal(number).isInteger()) return refused('nowWhole');
  let oldUnit: Unit;
  let newUnit: Unit;
  try {
    oldUnit = parseUnit(previous?.unit ?? next.unit ?? '');
    newUnit = parseUnit(next.unit ?? '');
  } catch {
    return refused('unitUnreadable');
  }
  if (!sameDimensions(oldUnit, newUnit)) return refused('unitChanged', { from: String(previous?.unit), to: String(next.unit) });
  if (oldUnit.scale.eq(newUnit.scale)) return { value };
  return { value: Rational.parseDecimal(number).mul(oldUnit.scale).div(newUnit.scale).toDecimalString() };
}

/** Whether two definitions' defaults are the same quantity: 25 % is 0.25 in unit 1. */
function sameQuantity(previous: ParameterDefinition, next: ParameterDefinition): boolean {
  if (sameNumber(previous.default, next.default) && sameUnitText(previous.unit, next.unit)) return true;
  const converted = convertValue(previous.default, previous, next);
  return 'value' in converted && typeof converted.value === 'string' && sameNumber(converted.value, next.default);
}

function withinRange(value: DefinitionValue, def: ParameterDefinition): boolean {
  if (typeof value === 'boolean' || def.type === 'enum') return true;
  const number = Rational.parseDecimal(String(value));
  if (def.min !== undefined && number.cmp(Rational.parseDecimal(String(def.min))) < 0) return false;
  return !(def.max !== undefined && number.cmp(Rational.parseDecimal(String(def.max))) > 0);
}
