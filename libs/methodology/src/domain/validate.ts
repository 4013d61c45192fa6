import { SEMVER_PATTERN } from '../semver';
import { computabilityIssues } from './computability';
import { type EngineMessage, issueFrom, MethodologyError, MethodologyErrorCode, msg, must, renderMessage, shown, textOf, type ValidationIssue } from './errors';
import { children, collectNames, type Expr, INEXACT_FUNCTIONS, RESERVED_WORDS } from './expression';
import { BUILT_INS, type DefinitionValue, type FormulaDefinition, type InputDefinition, type MethodologyVersion, type ParameterDefinition } from './model';
import { parseExpression } from './parser';
import { Rational } from './rational';
import {
  DIMENSIONLESS,
  divideUnits,
  formatDimensions,
  isDimensionless,
  multiplyUnits,
  parseUnit,
  powerUnit,
  sameDimensions,
  type Unit,
  UNIT_SYMBOLS,
} from './units';

export interface ValidationResult {
  valid: boolean;
  issues: ValidationIssue[];
}

export type SymbolKind = 'parameter' | 'input' | 'constant' | 'formula' | 'built-in';
export type ValueKind = 'number' | 'boolean' | 'enum';

/** What a name in a formula stands for, once the version is understood. */
export interface SymbolInfo {
  key: string;
  kind: SymbolKind;
  scope: 'project' | 'stratum';
  valueKind: ValueKind;
  /** The declared unit (with its scale); dimensionless for booleans and enums. */
  unit: Unit;
  unitText: string;
  enumValues?: readonly string[];
}

/** A version that passed validation, with everything the compiler needs. */
export interface VersionAnalysis {
  symbols: Map<string, SymbolInfo>;
  trees: Map<string, Expr>;
  /** Formulas in an order where each comes after every formula it uses. */
  order: string[];
  /** Formulas whose values may have gone through sqrt, exp or ln (directly, or through what they use). */
  inexact: Set<string>;
}

/** Powers of a quantity with a unit beyond this are surely a mistake. */
const MAX_UNIT_POWER = 12;
const KEY_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * Checks a version the way publishing must: every problem is reported with a stable code,
 * a path into the version and a message naming the things involved (the cycle's path, the
 * formula and both units, the default and its range), and what no project could compute
 * (computability.ts). Never throws on bad content.
 */
export function validateVersion(version: MethodologyVersion): ValidationResult {
  const { issues, analysis } = analyzeVersion(version);
  // compileVersion asks analyzeVersion alone: versions published before these checks still calculate.
  if (analysis) issues.push(...computabilityIssues(version, analysis));
  return { valid: issues.length === 0, issues };
}

export function analyzeVersion(version: MethodologyVersion): { issues: ValidationIssue[]; analysis?: VersionAnalysis } {
  const issues: ValidationIssue[] = [];
  const report = (code: MethodologyErrorCode, text: EngineMessage, path: string, extra: { position?: number; details?: Record<string, unknown> } = {}) => {
    issues.push({ code, message: renderMessage(text), text, path, ...extra });
  };

  if (version === null || typeof version !== 'object') {
    report(MethodologyErrorCode.InvalidVersion, msg('versionNotObject'), '');
    return { issues };
  }
  if (typeof version.version !== 'string' || !SEMVER_PATTERN.test(version.version))
    report(MethodologyErrorCode.InvalidSemver, msg('invalidSemver', { value: shown(version.version) }), 'version');
  if (!version.title?.en) report(MethodologyErrorCode.MissingLabel, msg('noEnglishTitle'), 'title');

  const symbols = new Map<string, SymbolInfo>();
  const seenAt = new Map<string, string>();
  for (const [key, builtIn] of Object.entries(BUILT_INS)) {
    symbols.set(key, { key, kind: 'built-in', scope: builtIn.scope, valueKind: 'number', unit: parseUnit(builtIn.unit), unitText: builtIn.unit });
    seenAt.set(key, 'built-ins');
  }

  /** Checks a key and claims it; false when the definition cannot be used. */
  const claimKey = (key: unknown, path: string): key is string => {
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      report(MethodologyErrorCode.InvalidKey, msg('invalidKey', { path, key: shown(key) }), path);
      return false;
    }
    if (RESERVED_WORDS.has(key)) {
      report(MethodologyErrorCode.ReservedKey, msg('reservedKey', { path, key }), path);
      return false;
    }
    const previous = seenAt.get(key);
    if (previous) {
      report(MethodologyErrorCode.DuplicateKey, msg('duplicateKey', { key, first: previous, path }), path, { details: { key, first: previous } });
      return false;
    }
    seenAt.set(key, path);
    return true;
  };

  const readUnit = (text: string | undefined, path: string): Unit | undefined => {
    if (text !== undefined && typeof text !== 'string') {
      report(MethodologyErrorCode.UnitSyntax, msg('unitNotText', { path, value: shown(text) }), path);
      return undefined;
    }
    try {
      return parseUnit(text ?? '');
    } catch (error) {
      if (error instanceof MethodologyError) {
        issues.push(issueFrom(error, path));
        return undefined;
      }
      throw error;
    }
  };

  const defineValue = (def: ParameterDefinition | InputDefinition, kind: 'parameter' | 'input', path: string) => {
    if (!def.label?.en) report(MethodologyErrorCode.MissingLabel, msg('noEnglishLabel', { path }), `${path}.label`);
    const unit = readUnit(def.unit, `${path}.unit`);
    checkValueDefinition(def, path, kind === 'parameter', unit, report);
    if (kind === 'parameter' && !(def as ParameterDefinition).citation?.source) {
      report(MethodologyErrorCode.InvalidParameterDefinition, msg('noCitation', { path }), `${path}.citation`);
    }
    const valueKind: ValueKind = def.type === 'boolean' ? 'boolean' : def.type === 'enum' ? 'enum' : 'number';
    const scope = kind === 'input' ? ((def as InputDefinition).scope === 'stratum' ? 'stratum' : 'project') : 'project';
    if (kind === 'input' && (def as InputDefinition).perYear !== undefined && typeof (def as InputDefinition).perYear !== 'boolean') {
      report(MethodologyErrorCode.InvalidParameterDefinition, msg('perYearBoolean', { path }), `${path}.perYear`);
    }
    if (kind === 'input' && !['project', 'stratum'].includes((def as InputDefinition).scope)) {
      report(MethodologyErrorCode.InvalidParameterDefinition, msg('inputScope', { path }), `${path}.scope`);
    }
    symbols.set(def.key, {
      key: def.key,
      kind,
      scope,
      valueKind,
      unit: unit ?? DIMENSIONLESS,
      unitText: def.unit ?? '1',
      enumValues: Array.isArray(def.values) ? def.values : [],
    });
  };

  listOf(version, 'parameters', report).forEach((def, i) => {
    const path = `parameters.${typeof def.key === 'string' ? def.key : `[${i}]`}`;
    if (claimKey(def.key, path)) defineValue(def, 'parameter', path);
  });
  listOf(version, 'inputs', report).forEach((def, i) => {
    const path = `inputs.${typeof def.key === 'string' ? def.key : `[${i}]`}`;
    if (claimKey(def.key, path)) defineValue(def, 'input', path);
  });
  listOf(version, 'constants', report).forEach((def, i) => {
    const path = `constants.${typeof def.key === 'string' ? def.key : `[${i}]`}`;
    if (!claimKey(def.key, path)) return;
    if (!def.label?.en) report(MethodologyErrorCode.MissingLabel, msg('noEnglishLabel', { path }), `${path}.label`);
    const unit = readUnit(def.unit, `${path}.unit`);
    try {
      Rational.parse(String(def.value));
    } catch {
      report(MethodologyErrorCode.InvalidConstant, msg('constantValue', { path, value: shown(def.value) }), `${path}.value`);
    }
    symbols.set(def.key, { key: def.key, kind: 'constant', scope: 'project', valueKind: 'number', unit: unit ?? DIMENSIONLESS, unitText: def.unit });
  });

  const trees = new Map<string, Expr>();
  const formulas = new Map<string, FormulaDefinition>();
  listOf(version, 'formulas', report).forEach((def, i) => {
    const path = `formulas.${typeof def.key === 'string' ? def.key : `[${i}]`}`;
    if (!claimKey(def.key, path)) return;
    formulas.set(def.key, def);
    if (!def.label?.en) report(MethodologyErrorCode.MissingLabel, msg('noEnglishLabel', { path }), `${path}.label`);
    if (def.scope !== 'stratum-year' && def.scope !== 'project-year') {
      report(MethodologyErrorCode.InvalidParameterDefinition, msg('formulaScope', { path }), `${path}.scope`);
    }
    if (def.total !== undefined && def.total !== 'sum' && def.total !== 'none') {
      report(MethodologyErrorCode.InvalidParameterDefinition, msg('formulaTotal', { path }), `${path}.total`);
    }
    const unit = readUnit(def.unit, `${path}.unit`);
    symbols.set(def.key, {
      key: def.key,
      kind: 'formula',
      scope: def.scope === 'stratum-year' ? 'stratum' : 'project',
      valueKind: 'number',
      unit: unit ?? DIMENSIONLESS,
      unitText: def.unit,
    });
    try {
      trees.set(def.key, parseExpression(String(def.expression ?? '')));
    } catch (error) {
      if (!(error instanceof MethodologyError)) throw error;
      const text = msg('inFormula', { formula: def.key, message: error.text });
      issues.push({ ...issueFrom(error, `${path}.expression`), message: renderMessage(text), text });
    }
  });

  const credit = formulas.get(version.creditableFormula);
  if (!credit) {
    report(MethodologyErrorCode.InvalidCreditableFormula, msg('creditableUnknown', { value: shown(version.creditableFormula) }), 'creditableFormula');
  } else {
    const creditUnit = symbols.get(credit.key)?.unit;
    if (credit.scope !== 'project-year')
      report(MethodologyErrorCode.InvalidCreditableFormula, msg('creditableScope', { formula: credit.key, scope: textOf(credit.scope) }), 'creditableFormula');
    if (creditUnit && !sameDimensions(creditUnit, parseUnit('tCO2e'))) {
      report(MethodologyErrorCode.InvalidCreditableFormula, msg('creditableUnit', { formula: credit.key, unit: textOf(credit.unit) }), 'creditableFormula');
    }
  }

  // Names and scopes.
  const dependencies = new Map<string, string[]>();
  const resolved = new Set<string>();
  for (const [key, tree] of trees) {
    const def = must(formulas.get(key), key);
    const uses: string[] = [];
    let ok = true;
    for (const ref of collectNames(tree)) {
      const symbol = symbols.get(ref.name);
      const path = `formulas.${key}.expression`;
      if (!symbol) {
        ok = false;
        const hint = closestName(ref.name, [...symbols.keys()]);
        report(
          MethodologyErrorCode.UnknownName,
          msg(hint ? 'unknownNameHint' : 'unknownName', { formula: key, name: ref.name, position: ref.pos, ...(hint ? { suggestion: hint } : {}) }),
          path,
          {
            position: ref.pos,
            details: { formula: key, name: ref.name, ...(hint ? { suggestion: hint } : {}) },
          },
        );
        continue;
      }
      if (def.scope === 'project-year' && symbol.scope === 'stratum' && !ref.inSum) {
        ok = false;
        report(MethodologyErrorCode.ScopeViolation, msg('scopeViolation', { formula: key, name: ref.name, position: ref.pos }), path, {
          position: ref.pos,
          details: { formula: key, name: ref.name },
        });
      }
      // prev() reads last year's value: no same-year dependency, so cycles through it are allowed.
      if (symbol.kind === 'formula' && !ref.lastYear && !uses.includes(ref.name)) uses.push(ref.name);
    }
    dependencies.set(key, uses);
    if (ok) resolved.add(key);
  }

  checkBuffer(version, formulas, symbols, dependencies, report);

  const cycles = findCycles(dependencies);
  for (const cycle of cycles) {
    report(MethodologyErrorCode.Cycle, msg('cycle', { cycle: cycle.join(' → ') }), `formulas.${cycle[0]}.expression`, { details: { cycle } });
  }

  // Types and units, formula by formula, against the declared units of what they use.
  for (const key of resolved) {
    const def = must(formulas.get(key), key);
    const declared = must(symbols.get(key), key);
    const checker = new UnitChecker(key, symbols, report);
    const result = checker.infer(must(trees.get(key), key));
    if (result.kind === 'number' && !checker.failed && result.unit !== 'zero' && !sameDimensions(result.unit, declared.unit)) {
      report(
        MethodologyErrorCode.DeclaredUnitMismatch,
        msg('declaredUnitMismatch', {
          formula: key,
          declared: textOf(def.unit),
          declaredDimensions: formatDimensions(declared.unit),
          inferred: formatDimensions(result.unit),
        }),
        `formulas.${key}.unit`,
        { details: { formula: key, declared: def.unit, inferred: formatDimensions(result.unit) } },
      );
    }
  }

  if (issues.length) return { issues };
  return { issues, analysis: { symbols, trees, order: topologicalOrder([...formulas.keys()], dependencies), inexact: inexactFormulas(trees) } };
}

/**
 * The buffer declaration: at most one formula, project-year in tCO2e, taken from a project-year
 * change in tCO2e that is summed over years (not a stock), and deducted by the creditable formula.
 * "Uses" follows same-year dependencies: a deduction from last year's value is not this year's.
 */
function checkBuffer(
  version: MethodologyVersion,
  formulas: Map<string, FormulaDefinition>,
  symbols: Map<string, SymbolInfo>,
  dependencies: Map<string, string[]>,
  report: Report,
): void {
  const declared = [...formulas.values()].filter((def) => def.buffer !== undefined);
  const tonnes = parseUnit('tCO2e');
  const inTonnes = (key: string) => {
    const unit = symbols.get(key)?.unit;
    return unit !== undefined && sameDimensions(unit, tonnes);
  };
  const uses = (from: string, target: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const key = stack.pop() as string;
      if (key === target) return true;
      if (seen.has(key)) continue;
      seen.add(key);
      stack.push(...(dependencies.get(key) ?? []));
    }
    return false;
  };
  declared.forEach((def, i) => {
    const path = `formulas.${def.key}.buffer`;
    if (i > 0) return report(MethodologyErrorCode.InvalidBuffer, msg('buffer.twice', { formula: def.key, first: declared[0].key }), path);
    if (def.scope !== 'project-year' || !inTonnes(def.key))
      return report(MethodologyErrorCode.InvalidBuffer, msg('buffer.notProjectTonnes', { formula: def.key }), path);
    const appliesTo = isPlainObject(def.buffer) ? def.buffer.appliesTo : undefined;
    const base = typeof appliesTo === 'string' ? formulas.get(appliesTo) : undefined;
    if (!base) return report(MethodologyErrorCode.InvalidBuffer, msg('buffer.unknown', { formula: def.key, value: shown(appliesTo) }), `${path}.appliesTo`);
    if (base.scope !== 'project-year' || !inTonnes(base.key) || (base.total ?? 'sum') !== 'sum')
      return report(MethodologyErrorCode.InvalidBuffer, msg('buffer.notChange', { formula: def.key, base: base.key }), `${path}.appliesTo`);
    if (!uses(def.key, base.key))
      return report(MethodologyErrorCode.InvalidBuffer, msg('buffer.notUsed', { formula: def.key, base: base.key }), `${path}.appliesTo`);
    if (!uses(version.creditableFormula, def.key))
      report(MethodologyErrorCode.InvalidBuffer, msg('buffer.notDeducted', { formula: def.key, creditable: shown(version.creditableFormula) }), path);
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A definition list, tolerating content that is not one (reported, then read as empty). */
function listOf<K extends 'parameters' | 'inputs' | 'constants' | 'formulas'>(version: MethodologyVersion, name: K, report: Report): MethodologyVersion[K] {
  const list: unknown = version[name];
  if (list === undefined) return [] as MethodologyVersion[K];
  if (!Array.isArray(list)) {
    report(MethodologyErrorCode.InvalidParameterDefinition, msg('notAList', { path: name }), name);
    return [] as MethodologyVersion[K];
  }
  return list.filter((item, i) => {
    const ok = item !== null && typeof item === 'object' && !Array.isArray(item);
    if (!ok) report(MethodologyErrorCode.InvalidParameterDefinition, msg('notAnObject', { path: `${name}[${i}]` }), `${name}[${i}]`);
    return ok;
  }) as MethodologyVersion[K];
}

type Report = (code: MethodologyErrorCode, text: EngineMessage, path: string, extra?: { position?: number; details?: Record<string, unknown> }) => void;

function readNumber(value: DefinitionValue | undefined): Rational | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && Rational.isDecimal(String(value)) ? Rational.parseDecimal(String(value)) : undefined;
  if (typeof value === 'string' && Rational.isDecimal(value.trim())) return Rational.parseDecimal(value);
  return undefined;
}

function checkValueDefinition(
  def: ParameterDefinition | InputDefinition,
  path: string,
  defaultRequired: boolean,
  unit: Unit | undefined,
  report: Report,
): void {
  const hasDefault = def.default !== undefined;
  if (defaultRequired && !hasDefault) report(MethodologyErrorCode.InvalidDefault, msg('noDefault', { path }), `${path}.default`);
  switch (def.type) {
    case 'boolean':
      if (hasDefault && typeof def.default !== 'boolean') report(MethodologyErrorCode.InvalidDefault, msg('booleanDefault', { path }), `${path}.default`);
      if (unit && !isDimensionless(unit)) report(MethodologyErrorCode.InvalidParameterDefinition, msg('booleanUnit', { path }), `${path}.unit`);
      return;
    case 'enum': {
      const values = Array.isArray(def.values) ? def.values : [];
      if (!values.length || new Set(values).size !== values.length || values.some((value) => typeof value !== 'string' || !value)) {
        report(MethodologyErrorCode.InvalidParameterDefinition, msg('enumValues', { path }), `${path}.values`);
      }
      if (hasDefault && !values.includes(def.default as string)) {
        report(
          MethodologyErrorCode.InvalidDefault,
          msg('enumDefault', { path, value: shown(def.default), values: values.map(textOf).join(', ') }),
          `${path}.default`,
        );
      }
      if (unit && !isDimensionless(unit)) report(MethodologyErrorCode.InvalidParameterDefinition, msg('enumUnit', { path }), `${path}.unit`);
      return;
    }
    case 'decimal':
    case 'integer':
    case 'percent': {
      if (def.type === 'percent' && !/^\s*%/.test(def.unit ?? '')) {
        report(MethodologyErrorCode.InvalidParameterDefinition, msg('percentUnit', { path, unit: textOf(def.unit ?? '') }), `${path}.unit`);
      }
      const min = def.min === undefined ? undefined : readNumber(def.min);
      const max = def.max === undefined ? undefined : readNumber(def.max);
      if (def.min !== undefined && !min) report(MethodologyErrorCode.InvalidRange, msg('minNotDecimal', { path, value: shown(def.min) }), `${path}.min`);
      if (def.max !== undefined && !max) report(MethodologyErrorCode.InvalidRange, msg('maxNotDecimal', { path, value: shown(def.max) }), `${path}.max`);
      if (min && max && min.cmp(max) > 0)
        report(MethodologyErrorCode.InvalidRange, msg('minAboveMax', { path, min: String(def.min), max: String(def.max) }), `${path}.min`);
      if (!hasDefault) return;
      const value = readNumber(def.default);
      if (!value) {
        report(MethodologyErrorCode.InvalidDefault, msg('defaultNotDecimal', { path, value: shown(def.default) }), `${path}.default`);
        return;
      }
      if (def.type === 'integer' && !value.isInteger())
        report(MethodologyErrorCode.InvalidDefault, msg('defaultNotInteger', { path, value: String(def.default) }), `${path}.default`);
      if ((min && value.cmp(min) < 0) || (max && value.cmp(max) > 0)) {
        report(
          MethodologyErrorCode.DefaultOutOfRange,
          msg(def.unit ? 'defaultOutOfRange' : 'defaultOutOfRangeNoUnit', {
            path,
            value: String(def.default),
            unit: textOf(def.unit ?? ''),
            min: String(def.min ?? '−∞'),
            max: String(def.max ?? '∞'),
          }),
          `${path}.default`,
          { details: { key: def.key, default: String(def.default), min: def.min, max: def.max } },
        );
      }
      return;
    }
    default:
      report(MethodologyErrorCode.InvalidParameterDefinition, msg('unknownType', { path, value: shown(def.type) }), `${path}.type`);
  }
}

type Inferred =
  | { kind: 'number'; unit: Unit | 'zero' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'string'; value: string; pos: number }
  | { kind: 'error' };

/** Infers types and dimensions bottom-up; reports each mismatch once and keeps going. */
class UnitChecker {
  failed = false;

  constructor(
    private readonly formula: string,
    private readonly symbols: Map<string, SymbolInfo>,
    private readonly report: Report,
  ) {}

  private fail(code: MethodologyErrorCode, message: EngineMessage, pos: number, details: Record<string, unknown> = {}): Inferred {
    this.failed = true;
    this.report(code, msg('inFormula', { formula: this.formula, message }), `formulas.${this.formula}.expression`, {
      position: pos,
      details: { formula: this.formula, ...details },
    });
    return { kind: 'error' };
  }

  private numeric(node: Expr): Unit | 'zero' | undefined {
    const result = this.infer(node);
    if (result.kind === 'number') return result.unit;
    if (result.kind === 'error') return undefined;
    this.fail(MethodologyErrorCode.TypeMismatch, msg('notANumber', { what: describe(node), position: node.pos, kind: msg(`kind.${result.kind}`) }), node.pos);
    return undefined;
  }

  /** The common unit of operands that must agree, or undefined after reporting. */
  private agree(nodes: Expr[], what: EngineMessage, pos: number): Unit | 'zero' | undefined {
    let common: Unit | 'zero' = 'zero';
    let commonNode: Expr | undefined;
    let broken = false;
    for (const node of nodes) {
      const unit = this.numeric(node);
      if (unit === undefined) {
        broken = true;
        continue;
      }
      if (unit === 'zero') continue;
      if (common === 'zero') {
        common = unit;
        commonNode = node;
      } else if (!sameDimensions(common, unit)) {
        this.fail(
          MethodologyErrorCode.UnitMismatch,
          msg('cannotCombine', {
            what,
            left: formatDimensions(common),
            leftWhat: commonNode ? describe(commonNode) : msg('describe.expression'),
            right: formatDimensions(unit),
            rightWhat: describe(node),
            position: pos,
          }),
          pos,
          {
            left: formatDimensions(common),
            right: formatDimensions(unit),
          },
        );
        broken = true;
      }
    }
    return broken ? undefined : common;
  }

  infer(node: Expr): Inferred {
    switch (node.type) {
      case 'number':
        if (node.unit !== undefined) return { kind: 'number', unit: { exponents: parseUnit(node.unit).exponents, scale: Rational.ONE } };
        return { kind: 'number', unit: Rational.parseDecimal(node.text).isZero() ? 'zero' : DIMENSIONLESS };
      case 'string':
        return { kind: 'string', value: node.value, pos: node.pos };
      case 'boolean':
        return { kind: 'boolean' };
      case 'name': {
        const symbol = must(this.symbols.get(node.name), node.name);
        if (symbol.valueKind === 'boolean') return { kind: 'boolean' };
        if (symbol.valueKind === 'enum') return { kind: 'enum', values: symbol.enumValues ?? [] };
        return { kind: 'number', unit: { exponents: symbol.unit.exponents, scale: Rational.ONE } };
      }
      case 'neg': {
        const unit = this.numeric(node.operand);
        return unit === undefined ? { kind: 'error' } : { kind: 'number', unit };
      }
      case 'arith':
        return this.arith(node);
      case 'minmax': {
        const unit = this.agree(node.args, msg('verb.takeOf', { fn: node.fn }), node.pos);
        return unit === undefined ? { kind: 'error' } : { kind: 'number', unit };
      }
      case 'if': {
        this.condition(node.cond);
        const unit = this.agree([node.then, node.otherwise], msg('verb.chooseBetween'), node.pos);
        return unit === undefined ? { kind: 'error' } : { kind: 'number', unit };
      }
      case 'sum': {
        const unit = this.numeric(node.body);
        return unit === undefined ? { kind: 'error' } : { kind: 'number', unit };
      }
      case 'call':
        return this.call(node);
      case 'prev': {
        const unit = this.agree(node.initial ? [node.of, node.initial] : [node.of], msg('verb.takeOf', { fn: 'prev' }), node.pos);
        return unit === undefined ? { kind: 'error' } : { kind: 'number', unit };
      }
      case 'cumsum': {
        const unit = this.numeric(node.of);
        return unit === undefined ? { kind: 'error' } : { kind: 'number', unit };
      }
      case 'compare':
      case 'logic':
      case 'not':
        this.condition(node);
        return { kind: 'boolean' };
    }
  }

  private arith(node: Extract<Expr, { type: 'arith' }>): Inferred {
    if (node.op === '+' || node.op === '-') {
      const unit = this.agree([node.left, node.right], msg(node.op === '+' ? 'verb.add' : 'verb.subtract'), node.pos);
      return unit === undefined ? { kind: 'error' } : { kind: 'number', unit };
    }
    const left = this.numeric(node.left);
    const right = this.numeric(node.right);
    if (left === undefined || right === undefined) return { kind: 'error' };
    if (node.op === '*' || node.op === '/') {
      if (left === 'zero' || (node.op === '*' && right === 'zero')) return { kind: 'number', unit: 'zero' };
      const r = right === 'zero' ? DIMENSIONLESS : right;
      return { kind: 'number', unit: node.op === '*' ? multiplyUnits(left, r) : divideUnits(left, r) };
    }
    if (right !== 'zero' && !isDimensionless(right)) {
      return this.fail(MethodologyErrorCode.UnitMismatch, msg('exponentDimensionless', { unit: formatDimensions(right), position: node.pos }), node.pos, {
        exponent: formatDimensions(right),
      });
    }
    if (left === 'zero' || isDimensionless(left)) return { kind: 'number', unit: left };
    const literal = integerLiteral(node.right);
    if (literal === undefined) {
      return this.fail(
        MethodologyErrorCode.UnitMismatch,
        msg('powerOfUnit', { unit: formatDimensions(left), max: MAX_UNIT_POWER, position: node.pos }),
        node.pos,
        {
          base: formatDimensions(left),
        },
      );
    }
    return { kind: 'number', unit: powerUnit(left, literal) };
  }

  private call(node: Extract<Expr, { type: 'call' }>): Inferred {
    const unit = this.numeric(node.args[0]);
    if (unit === undefined) return { kind: 'error' };
    if (unit === 'zero' || node.fn === 'abs' || node.fn === 'floor' || node.fn === 'ceil' || node.fn === 'round') return { kind: 'number', unit };
    if (node.fn === 'sqrt') {
      if (unit.exponents.some((e) => e % 2 !== 0)) {
        return this.fail(MethodologyErrorCode.UnitMismatch, msg('sqrtUnit', { unit: formatDimensions(unit), position: node.pos }), node.pos, {
          argument: formatDimensions(unit),
        });
      }
      return { kind: 'number', unit: { exponents: unit.exponents.map((e) => e / 2), scale: Rational.ONE } };
    }
    if (!isDimensionless(unit)) {
      return this.fail(
        MethodologyErrorCode.UnitMismatch,
        msg('functionDimensionless', { fn: node.fn, unit: formatDimensions(unit), position: node.pos }),
        node.pos,
        { argument: formatDimensions(unit) },
      );
    }
    return { kind: 'number', unit: DIMENSIONLESS };
  }

  private condition(node: Expr): void {
    switch (node.type) {
      case 'boolean':
        return;
      case 'name': {
        const result = this.infer(node);
        if (result.kind !== 'boolean')
          this.fail(MethodologyErrorCode.TypeMismatch, msg('notYesNo', { name: node.name, position: node.pos }), node.pos, { name: node.name });
        return;
      }
      case 'not':
        return this.condition(node.operand);
      case 'logic':
        this.condition(node.left);
        return this.condition(node.right);
      case 'compare':
        return this.comparison(node);
      default:
        this.fail(MethodologyErrorCode.TypeMismatch, msg('notACondition', { what: describe(node), position: node.pos }), node.pos);
    }
  }

  private comparison(node: Extract<Expr, { type: 'compare' }>): void {
    const left = this.infer(node.left);
    const right = this.infer(node.right);
    if (left.kind === 'error' || right.kind === 'error') return;
    const equality = node.op === '==' || node.op === '!=';
    if (left.kind === 'number' && right.kind === 'number') {
      if (left.unit !== 'zero' && right.unit !== 'zero' && !sameDimensions(left.unit, right.unit)) {
        this.fail(
          MethodologyErrorCode.UnitMismatch,
          msg('cannotCompareUnits', {
            left: formatDimensions(left.unit),
            leftWhat: describe(node.left),
            right: formatDimensions(right.unit),
            rightWhat: describe(node.right),
            position: node.pos,
          }),
          node.pos,
          {
            left: formatDimensions(left.unit),
            right: formatDimensions(right.unit),
          },
        );
      }
      return;
    }
    if (equality && (left.kind === 'enum' || right.kind === 'enum')) {
      const enumSide = left.kind === 'enum' ? left : (right as { kind: 'enum'; values: readonly string[] });
      const other = left.kind === 'enum' ? right : left;
      if (other.kind === 'string') {
        if (!enumSide.values.includes(other.value)) {
          this.fail(
            MethodologyErrorCode.UnknownEnumValue,
            msg('unknownEnumValue', { value: other.value, position: other.pos, values: enumSide.values.map(textOf).join(', ') }),
            other.pos,
            { value: other.value, values: enumSide.values },
          );
        }
        return;
      }
      if (other.kind === 'enum') return;
    }
    if (equality && left.kind === 'boolean' && right.kind === 'boolean') return;
    this.fail(
      MethodologyErrorCode.TypeMismatch,
      msg('cannotCompareKinds', { left: msg(`kind.${left.kind}`), right: msg(`kind.${right.kind}`), op: node.op, position: node.pos }),
      node.pos,
    );
  }
}

function integerLiteral(node: Expr): number | undefined {
  if (node.type === 'neg') {
    const inner = integerLiteral(node.operand);
    return inner === undefined ? undefined : -inner;
  }
  if (node.type !== 'number' || node.unit !== undefined) return undefined;
  const value = Rational.parseDecimal(node.text);
  return value.isInteger() && value.num <= BigInt(MAX_UNIT_POWER) ? Number(value.num) : undefined;
}

function describe(node: Expr): EngineMessage {
  switch (node.type) {
    case 'name':
      return msg('describe.name', { name: node.name });
    case 'number':
      return msg('describe.number', { text: node.unit === undefined ? node.text : `${node.text} ${node.unit}` });
    default:
      return msg('describe.expression');
  }
}

/**
 * The formulas whose values may have gone through sqrt, exp or ln: those that call one, and
 * every formula using one of them in any year (prev and cumsum included), to a fixed point.
 * Decided from the text, not the values, so the marking is the same for every project.
 */
function inexactFormulas(trees: Map<string, Expr>): Set<string> {
  const inexact = new Set<string>();
  const callsInexact = (node: Expr): boolean => (node.type === 'call' && INEXACT_FUNCTIONS.has(node.fn)) || children(node).some(callsInexact);
  for (const [key, tree] of trees) if (callsInexact(tree)) inexact.add(key);
  for (let changed = true; changed;) {
    changed = false;
    for (const [key, tree] of trees) {
      if (!inexact.has(key) && collectNames(tree).some((use) => inexact.has(use.name))) {
        inexact.add(key);
        changed = true;
      }
    }
  }
  return inexact;
}

/**
 * The cycles a depth-first search meets, each once, as closed paths a → b → a: at least one
 * in every group of formulas that depend on each other (not every elementary cycle).
 */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      const nextState = state.get(next);
      if (nextState === 'visiting') {
        const cycle = stack.slice(stack.indexOf(next));
        // The same cycle found from another entry point is a rotation: keep one.
        const smallest = cycle.indexOf([...cycle].sort()[0]);
        const canonical = [...cycle.slice(smallest), ...cycle.slice(0, smallest)];
        const id = canonical.join('>');
        if (!seen.has(id)) {
          seen.add(id);
          cycles.push([...canonical, canonical[0]]);
        }
      } else if (nextState === undefined) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

/** Depth-first order: dependencies first, otherwise in the order the version lists them. */
function topologicalOrder(keys: string[], dependencies: Map<string, string[]>): string[] {
  const order: string[] = [];
  const placed = new Set<string>();
  const place = (key: string) => {
    if (placed.has(key)) return;
    placed.add(key);
    for (const dependency of dependencies.get(key) ?? []) place(dependency);
    order.push(key);
  };
  keys.forEach(place);
  return order;
}

/** The known name nearest a misspelt one, when it is near enough to be a likely typo. */
function closestName(name: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** Whether a unit text is one this engine reads (for editors offering a list). */
export const KNOWN_UNIT_SYMBOLS: readonly string[] = Object.keys(UNIT_SYMBOLS);
