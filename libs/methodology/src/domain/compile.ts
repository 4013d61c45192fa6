import { MAX_EXPONENT, MAX_VALUE_DIGITS, pastDeadline, withinDigitBudget } from './budget';
import { type EngineMessage, InvalidVersionError, MethodologyErrorCode, msg, must, renderMessage } from './errors';
import { children, type Expr, formatExpression, literalValue } from './expression';
import { applyFunction } from './functions';
import type { MethodologyVersion } from './model';
import { Rational } from './rational';
import { analyzeVersion, type SymbolInfo } from './validate';

/** Values of one evaluation context: booleans as 1/0, enums as the index of their value. */
export type Slots = Rational[];
/** A compiled expression: the project's slots, the current stratum's, and every stratum's. */
export type Evaluator = (project: Slots, stratum: Slots, strata: readonly Slots[]) => Rational;
type Condition = (project: Slots, stratum: Slots, strata: readonly Slots[]) => boolean;

/** A fault while evaluating, located in the expression; the calculator adds year and stratum. */
export class EvaluationFault extends Error {
  constructor(
    readonly code: MethodologyErrorCode,
    readonly position: number,
    readonly text: EngineMessage,
  ) {
    super(renderMessage(text));
  }
}

export interface CompiledFormula {
  key: string;
  scope: 'project' | 'stratum';
  slot: number;
  evaluate: Evaluator;
  /** Base-unit value ÷ this = the value in the formula's declared unit. */
  displayScale: Rational;
  total: 'sum' | 'none';
  /** Its values may have gone through sqrt, exp or ln (see INEXACT_SIGNIFICANT_DIGITS). */
  inexact: boolean;
  /**
   * Its value is the same in every year of a calculation: it uses neither `year_index`,
   * `prev`, `cumsum`, a per-year input nor a formula that does. The calculator evaluates it
   * in the first year only and keeps that value (see evaluateExact).
   */
  yearInvariant: boolean;
}

/**
 * A value carried from one year to the next, in the slots of its scope: `prev` copies the
 * name's slot (`from`) to its own (`to`) before a year starts, `cumsum` adds it to its own
 * running total after a year ends.
 */
export interface Carry {
  kind: 'prev' | 'cumsum';
  /** The carried name, for messages. */
  name: string;
  scope: 'project' | 'stratum';
  from: number;
  to: number;
}

export interface CompiledVersion {
  version: MethodologyVersion;
  symbols: ReadonlyMap<string, SymbolInfo>;
  projectSlots: ReadonlyMap<string, number>;
  stratumSlots: ReadonlyMap<string, number>;
  /** In evaluation order: every formula after the formulas it uses. */
  formulas: readonly CompiledFormula[];
  carries: readonly Carry[];
}

/** Every arithmetic result is held to the digit budget and the calculation's deadline (see budget.ts). */
function bounded(value: Rational, pos: number): Rational {
  if (!withinDigitBudget(value)) {
    throw new EvaluationFault(MethodologyErrorCode.ValueTooLarge, pos, msg('valueTooLarge', { position: pos, limit: MAX_VALUE_DIGITS }));
  }
  if (pastDeadline(value)) throw new EvaluationFault(MethodologyErrorCode.TimeBudgetExceeded, pos, msg('timeBudget'));
  return value;
}

const cache = new WeakMap<MethodologyVersion, CompiledVersion>();

/**
 * Validates a version and turns its formulas into closures over slot arrays (names resolved
 * once, not per evaluation). Throws InvalidVersionError listing every issue. The result is
 * cached per version object: treat a version as immutable once it is calculated with.
 */
export function compileVersion(version: MethodologyVersion): CompiledVersion {
  const cached = cache.get(version);
  if (cached) return cached;
  const { issues, analysis } = analyzeVersion(version);
  if (!analysis) throw new InvalidVersionError(issues);

  const projectSlots = new Map<string, number>();
  const stratumSlots = new Map<string, number>();
  for (const symbol of analysis.symbols.values()) {
    const slots = symbol.scope === 'stratum' ? stratumSlots : projectSlots;
    slots.set(symbol.key, slots.size);
  }
  const carries: Carry[] = [];
  for (const tree of analysis.trees.values()) {
    for (const node of timeNodes(tree)) {
      const symbol = must(analysis.symbols.get(node.of.name), node.of.name);
      const slots = symbol.scope === 'stratum' ? stratumSlots : projectSlots;
      const carried = carriedKey(node.type, node.of.name);
      if (slots.has(carried)) continue;
      slots.set(carried, slots.size);
      carries.push({
        kind: node.type,
        name: node.of.name,
        scope: symbol.scope,
        from: must(slots.get(node.of.name), node.of.name),
        to: must(slots.get(carried), carried),
      });
    }
  }
  const definitions = new Map(version.formulas.map((formula) => [formula.key, formula]));
  const compiler = new ExpressionCompiler(analysis.symbols, projectSlots, stratumSlots);
  const yearVariant = new Set<string>(['year_index', ...version.inputs.filter((input) => input.perYear).map((input) => input.key)]);
  for (const key of analysis.order) if (changesByYear(must(analysis.trees.get(key), key), yearVariant)) yearVariant.add(key);
  const formulas = analysis.order.map((key): CompiledFormula => {
    const symbol = must(analysis.symbols.get(key), key);
    return {
      key,
      scope: symbol.scope,
      slot: must((symbol.scope === 'stratum' ? stratumSlots : projectSlots).get(key), key),
      evaluate: compiler.number(must(analysis.trees.get(key), key)),
      displayScale: symbol.unit.scale,
      total: must(definitions.get(key), key).total ?? 'sum',
      inexact: analysis.inexact.has(key),
      yearInvariant: !yearVariant.has(key),
    };
  });
  const compiled: CompiledVersion = { version, symbols: analysis.symbols, projectSlots, stratumSlots, formulas, carries };
  cache.set(version, compiled);
  return compiled;
}

/** The slot key of a carried value; `:` keeps it apart from every definition key. */
function carriedKey(kind: 'prev' | 'cumsum', name: string): string {
  return `${kind}:${name}`;
}

/** Whether an expression may differ between years, given the names that do (formulas in evaluation order). */
function changesByYear(node: Expr, yearVariant: ReadonlySet<string>): boolean {
  if (node.type === 'prev' || node.type === 'cumsum') return true;
  if (node.type === 'name' && yearVariant.has(node.name)) return true;
  return children(node).some((child) => changesByYear(child, yearVariant));
}

function timeNodes(node: Expr, found: Extract<Expr, { type: 'prev' | 'cumsum' }>[] = []): Extract<Expr, { type: 'prev' | 'cumsum' }>[] {
  if (node.type === 'prev' || node.type === 'cumsum') found.push(node);
  for (const child of children(node)) timeNodes(child, found);
  return found;
}

class ExpressionCompiler {
  constructor(
    private readonly symbols: ReadonlyMap<string, SymbolInfo>,
    private readonly projectSlots: ReadonlyMap<string, number>,
    private readonly stratumSlots: ReadonlyMap<string, number>,
  ) {}

  private read(name: string, slotKey = name): Evaluator {
    const symbol = must(this.symbols.get(name), name);
    if (symbol.scope === 'stratum') {
      const slot = must(this.stratumSlots.get(slotKey), slotKey);
      return (_p, s) => s[slot];
    }
    const slot = must(this.projectSlots.get(slotKey), slotKey);
    return (p) => p[slot];
  }

  number(node: Expr): Evaluator {
    switch (node.type) {
      case 'number': {
        const value = literalValue(node);
        return () => value;
      }
      case 'name':
        return this.read(node.name);
      case 'neg': {
        const operand = this.number(node.operand);
        return (p, s, all) => operand(p, s, all).neg();
      }
      case 'arith': {
        const left = this.number(node.left);
        const right = this.number(node.right);
        const pos = node.pos;
        switch (node.op) {
          case '+':
            return (p, s, all) => bounded(left(p, s, all).add(right(p, s, all)), pos);
          case '-':
            return (p, s, all) => bounded(left(p, s, all).sub(right(p, s, all)), pos);
          case '*':
            return (p, s, all) => bounded(left(p, s, all).mul(right(p, s, all)), pos);
          case '/':
            return (p, s, all) => {
              const divisor = right(p, s, all);
              if (divisor.isZero()) throw new EvaluationFault(MethodologyErrorCode.DivisionByZero, pos, msg('divisionByZero', { position: pos }));
              return bounded(left(p, s, all).div(divisor), pos);
            };
          case '^':
            return (p, s, all) => {
              const exponent = right(p, s, all);
              if (!exponent.isInteger())
                throw new EvaluationFault(
                  MethodologyErrorCode.NonIntegerExponent,
                  pos,
                  msg('exponentNotWholeAt', { value: exponent.toDecimalString(), position: pos }),
                );
              if (exponent.num > BigInt(MAX_EXPONENT) || exponent.num < BigInt(-MAX_EXPONENT)) {
                throw new EvaluationFault(
                  MethodologyErrorCode.NonIntegerExponent,
                  pos,
                  msg('exponentBeyondAt', { value: exponent.num.toString(), position: pos, max: MAX_EXPONENT }),
                );
              }
              const base = left(p, s, all);
              if (base.isZero() && exponent.num < 0n)
                throw new EvaluationFault(MethodologyErrorCode.DivisionByZero, pos, msg('zeroNegativePower', { position: pos }));
              const digits = (base.num.toString().length + base.den.toString().length) * Math.abs(Number(exponent.num));
              if (digits > MAX_VALUE_DIGITS)
                throw new EvaluationFault(MethodologyErrorCode.ValueTooLarge, pos, msg('powerTooLarge', { position: pos, digits }));
              return base.pow(exponent.num);
            };
        }
        break;
      }
      case 'minmax': {
        const args = node.args.map((arg) => this.number(arg));
        const wantGreater = node.fn === 'max' ? 1 : -1;
        return (p, s, all) => {
          let best = args[0](p, s, all);
          for (let i = 1; i < args.length; i += 1) {
            const candidate = args[i](p, s, all);
            if (candidate.cmp(best) === wantGreater) best = candidate;
          }
          return best;
        };
      }
      case 'if': {
        const cond = this.condition(node.cond);
        const then = this.number(node.then);
        const otherwise = this.number(node.otherwise);
        return (p, s, all) => (cond(p, s, all) ? then(p, s, all) : otherwise(p, s, all));
      }
      case 'sum': {
        const body = this.number(node.body);
        const pos = node.pos;
        return (p, _s, all) => {
          let total = Rational.ZERO;
          for (const stratum of all) total = bounded(total.add(body(p, stratum, all)), pos);
          return total;
        };
      }
      case 'call': {
        const argument = this.number(node.args[0]);
        const digits = node.fn === 'round' ? Number(Rational.parseDecimal(formatExpression(node.args[1])).num) : 0;
        const { fn, pos } = node;
        return (p, s, all) => {
          const value = applyFunction(fn, argument(p, s, all), digits);
          if (value === 'too-large')
            throw new EvaluationFault(MethodologyErrorCode.ValueTooLarge, pos, msg('functionTooLarge', { fn, position: pos, limit: MAX_VALUE_DIGITS }));
          if (typeof value === 'string') {
            throw new EvaluationFault(MethodologyErrorCode.FunctionDomain, pos, msg(value === 'negative' ? 'sqrtDomain' : 'lnDomain', { fn, position: pos }));
          }
          return bounded(value, pos);
        };
      }
      case 'prev': {
        const last = this.read(node.of.name, carriedKey('prev', node.of.name));
        const initial = node.initial ? this.number(node.initial) : () => Rational.ZERO;
        const yearIndex = must(this.projectSlots.get('year_index'), 'year_index');
        return (p, s, all) => (p[yearIndex].eq(Rational.ONE) ? initial(p, s, all) : last(p, s, all));
      }
      case 'cumsum': {
        const before = this.read(node.of.name, carriedKey('cumsum', node.of.name));
        const now = this.read(node.of.name);
        const pos = node.pos;
        return (p, s, all) => bounded(before(p, s, all).add(now(p, s, all)), pos);
      }
      default:
        break;
    }
    throw new Error(`not a number expression: ${node.type}`); // validation rules this out
  }

  private condition(node: Expr): Condition {
    switch (node.type) {
      case 'boolean': {
        const value = node.value;
        return () => value;
      }
      case 'name': {
        const read = this.read(node.name);
        return (p, s, all) => !read(p, s, all).isZero();
      }
      case 'not': {
        const operand = this.condition(node.operand);
        return (p, s, all) => !operand(p, s, all);
      }
      case 'logic': {
        const left = this.condition(node.left);
        const right = this.condition(node.right);
        return node.op === 'and' ? (p, s, all) => left(p, s, all) && right(p, s, all) : (p, s, all) => left(p, s, all) || right(p, s, all);
      }
      case 'compare': {
        if (this.isBoolean(node.left) || this.isBoolean(node.right)) {
          const left = this.condition(node.left);
          const right = this.condition(node.right);
          const equal = node.op === '==';
          return (p, s, all) => (left(p, s, all) === right(p, s, all)) === equal;
        }
        const textual = this.isTextual(node.left) || this.isTextual(node.right);
        if (textual) {
          const left = this.text(node.left);
          const right = this.text(node.right);
          return node.op === '==' ? (p, s, all) => left(p, s, all) === right(p, s, all) : (p, s, all) => left(p, s, all) !== right(p, s, all);
        }
        const left = this.number(node.left);
        const right = this.number(node.right);
        const test = COMPARE[node.op];
        return (p, s, all) => test(left(p, s, all).cmp(right(p, s, all)));
      }
      default:
        throw new Error(`not a condition: ${node.type}`);
    }
  }

  private isBoolean(node: Expr): boolean {
    if (node.type === 'name') return must(this.symbols.get(node.name), node.name).valueKind === 'boolean';
    return node.type === 'boolean' || node.type === 'compare' || node.type === 'logic' || node.type === 'not';
  }

  private isTextual(node: Expr): boolean {
    return node.type === 'string' || (node.type === 'name' && must(this.symbols.get(node.name), node.name).valueKind === 'enum');
  }

  private text(node: Expr): (project: Slots, stratum: Slots, strata: readonly Slots[]) => string {
    if (node.type === 'string') {
      const value = node.value;
      return () => value;
    }
    if (node.type !== 'name') throw new Error('an enum comparison needs a name or a quoted value');
    const values = must(this.symbols.get(node.name), node.name).enumValues ?? [];
    const read = this.read(node.name);
    return (p, s, all) => values[Number(read(p, s, all).num)];
  }
}

const COMPARE: Record<string, (order: -1 | 0 | 1) => boolean> = {
  '<': (order) => order < 0,
  '<=': (order) => order <= 0,
  '>': (order) => order > 0,
  '>=': (order) => order >= 0,
  '==': (order) => order === 0,
  '!=': (order) => order !== 0,
};
