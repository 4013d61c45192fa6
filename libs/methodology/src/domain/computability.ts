import { MAX_CREDITING_YEARS, MAX_EXPONENT, MAX_STRATA, MAX_VALUE_DIGITS, withinDigitBudget } from './budget';
import { type EngineMessage, MethodologyErrorCode, msg, must, renderMessage, type ValidationIssue } from './errors';
import { children, type Expr, INEXACT_FUNCTIONS, literalValue } from './expression';
import { applyFunction, INEXACT_SIGNIFICANT_DIGITS } from './functions';
import { MAX_ROUND_DIGITS } from './parser';
import type { InputDefinition, MethodologyVersion, ParameterDefinition } from './model';
import { Rational } from './rational';
import { parseUnit } from './units';
import type { SymbolInfo, VersionAnalysis } from './validate';

/**
 * Digits assumed for a value a project or an adaptation supplies (a parameter, an input, an
 * area): its decimal spelling, numerator and denominator together. Larger values still
 * compute; the runtime budget stops them if they run away.
 */
const ASSUMED_VALUE_DIGITS = 24;

/** Digits of a sqrt, exp or ln result: its significant digits and an exponent's worth more. */
const INEXACT_DIGITS = INEXACT_SIGNIFICANT_DIGITS + 5;

/**
 * What publishing refuses beyond a valid method: formulas that no project could ever compute.
 * A division by a divisor that is zero whatever the inputs (`x / 0`, `x / (2 - 2)`, a zero
 * constant), an exponent that is known and not a whole number within ±1000, and formulas
 * whose values, estimated from the shape of the formulas, outgrow the digit budget (a product
 * of a thousand powers of ten, a chain of formulas each squaring the one before). Each issue
 * names the formula by its path, as every publish-time issue does.
 *
 * Runs on a version that passed `analyzeVersion`: names resolve, there are no cycles.
 */
export function computabilityIssues(version: MethodologyVersion, analysis: VersionAnalysis): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const definitions = new Map<string, ParameterDefinition | InputDefinition>([...version.parameters, ...version.inputs].map((def) => [def.key, def]));
  const constants = new Map(version.constants.map((constant) => [constant.key, Rational.parse(String(constant.value)).mul(parseUnit(constant.unit).scale)]));
  const estimates = new Map<string, number>();

  for (const key of analysis.order) {
    const scan = new FormulaScan(key, analysis.symbols, definitions, constants, estimates, issues);
    const tree = must(analysis.trees.get(key), key);
    scan.checkLiterals(tree);
    const digits = scan.digits(tree);
    const inherited = scan.usesRunaway(tree);
    if (digits > MAX_VALUE_DIGITS && !inherited) {
      const text = msg('inFormula', {
        formula: key,
        message: Number.isFinite(digits)
          ? msg('digitGrowth', { digits: Math.round(digits), limit: MAX_VALUE_DIGITS })
          : msg('digitGrowthUnbounded', { limit: MAX_VALUE_DIGITS }),
      });
      issues.push({
        code: MethodologyErrorCode.DigitGrowth,
        message: renderMessage(text),
        text,
        path: `formulas.${key}.expression`,
        details: { formula: key, estimatedDigits: Number.isFinite(digits) ? Math.round(digits) : null, limit: MAX_VALUE_DIGITS },
      });
    }
    // A formula over the budget is reported once, where the growth happens, not in every formula that uses it.
    estimates.set(key, digits > MAX_VALUE_DIGITS ? Infinity : digits);
  }
  return issues;
}

class FormulaScan {
  constructor(
    private readonly formula: string,
    private readonly symbols: ReadonlyMap<string, SymbolInfo>,
    private readonly definitions: ReadonlyMap<string, ParameterDefinition | InputDefinition>,
    private readonly constants: ReadonlyMap<string, Rational>,
    private readonly estimates: ReadonlyMap<string, number>,
    private readonly issues: ValidationIssue[],
  ) {}

  private report(code: MethodologyErrorCode, message: EngineMessage, pos: number): void {
    const text = msg('inFormula', { formula: this.formula, message });
    this.issues.push({
      code,
      message: renderMessage(text),
      text,
      path: `formulas.${this.formula}.expression`,
      position: pos,
      details: { formula: this.formula },
    });
  }

  /** Divisions by zero and exponents that are fixed by the method itself and cannot work. */
  checkLiterals(node: Expr): void {
    for (const child of children(node)) this.checkLiterals(child);
    if (node.type === 'call' && (node.fn === 'sqrt' || node.fn === 'ln')) {
      const argument = this.fold(node.args[0]);
      if (argument && (node.fn === 'sqrt' ? argument.sign() < 0 : argument.sign() <= 0)) {
        this.report(
          MethodologyErrorCode.FunctionDomainLiteral,
          msg(node.fn === 'sqrt' ? 'sqrtDomainLiteral' : 'lnDomainLiteral', { position: node.pos, value: argument.toDecimalString() }),
          node.pos,
        );
      }
    }
    if (node.type !== 'arith') return;
    if (node.op === '/' && this.fold(node.right)?.isZero()) {
      this.report(MethodologyErrorCode.DivisionByZeroLiteral, msg('divisorZero', { position: node.pos }), node.pos);
    }
    if (node.op !== '^') return;
    const exponent = this.fold(node.right);
    if (!exponent) return;
    if (!exponent.isInteger()) {
      this.report(MethodologyErrorCode.InvalidExponent, msg('exponentNotWhole', { position: node.pos, value: exponent.toDecimalString() }), node.pos);
    } else if (exponent.num > BigInt(MAX_EXPONENT) || exponent.num < BigInt(-MAX_EXPONENT)) {
      this.report(
        MethodologyErrorCode.InvalidExponent,
        msg('exponentBeyond', { position: node.pos, value: exponent.num.toString(), max: MAX_EXPONENT }),
        node.pos,
      );
    } else if (exponent.num < 0n && this.fold(node.left)?.isZero()) {
      this.report(MethodologyErrorCode.DivisionByZeroLiteral, msg('zeroNegativePower', { position: node.pos }), node.pos);
    }
  }

  /**
   * The exact value of a part that depends on nothing a project or adaptation supplies
   * (literals and constants), or undefined. Folding stops at the digit budget, so a hostile
   * literal product costs no more here than it would at run time.
   */
  private fold(node: Expr): Rational | undefined {
    switch (node.type) {
      case 'number':
        return literalValue(node);
      case 'name':
        return this.constants.get(node.name);
      case 'neg':
        return this.fold(node.operand)?.neg();
      case 'call': {
        // Only the exact functions fold; an irrational value is no help in spotting a zero divisor.
        if (INEXACT_FUNCTIONS.has(node.fn)) return undefined;
        const argument = this.fold(node.args[0]);
        const value = argument && applyFunction(node.fn, argument, node.fn === 'round' ? Number(this.fold(node.args[1])?.num ?? 0n) : 0);
        return value instanceof Rational && withinDigitBudget(value) ? value : undefined;
      }
      case 'arith': {
        const left = this.fold(node.left);
        const right = this.fold(node.right);
        if (!left || !right) return undefined;
        let value: Rational;
        switch (node.op) {
          case '+':
            value = left.add(right);
            break;
          case '-':
            value = left.sub(right);
            break;
          case '*':
            value = left.mul(right);
            break;
          case '/':
            if (right.isZero()) return undefined;
            value = left.div(right);
            break;
          case '^': {
            if (!right.isInteger() || right.num > BigInt(MAX_EXPONENT) || right.num < BigInt(-MAX_EXPONENT)) return undefined;
            if (left.isZero() && right.num < 0n) return undefined;
            if (digitCount(left) * Math.abs(Number(right.num)) > MAX_VALUE_DIGITS) return undefined;
            value = left.pow(right.num);
            break;
          }
        }
        return withinDigitBudget(value) ? value : undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * An upper estimate of the digits (numerator and denominator together) of the node's
   * values: products and sums add their operands' digits, a power multiplies them by the
   * largest exponent it can meet.
   */
  digits(node: Expr): number {
    switch (node.type) {
      case 'number':
        return digitCount(literalValue(node));
      case 'string':
      case 'boolean':
        return 1;
      case 'name':
        return this.nameDigits(node.name);
      case 'neg':
        return this.digits(node.operand);
      case 'arith':
        if (node.op === '^') {
          const folded = this.fold(node.right);
          // A fixed exponent that cannot work is reported as such (checkLiterals), not as growth.
          if (folded && (!folded.isInteger() || folded.num > BigInt(MAX_EXPONENT) || folded.num < BigInt(-MAX_EXPONENT))) return this.digits(node.left);
          const exponent = folded ? Math.abs(Number(folded.num)) : this.exponentBound(node.right);
          return exponent === 0 ? 2 : this.digits(node.left) * exponent;
        }
        return this.digits(node.left) + this.digits(node.right);
      case 'minmax':
        return Math.max(...node.args.map((arg) => this.digits(arg)));
      case 'if':
        return Math.max(this.digits(node.then), this.digits(node.otherwise));
      case 'sum':
        // The strata's values mostly share denominators; the count adds to the numerator.
        return this.digits(node.body) + String(MAX_STRATA).length;
      case 'call': {
        const argument = this.digits(node.args[0]);
        switch (node.fn) {
          case 'sqrt':
            return Math.ceil(argument / 2) + INEXACT_DIGITS;
          case 'exp':
          case 'ln':
            return 2 * INEXACT_DIGITS;
          case 'round':
            return argument + MAX_ROUND_DIGITS;
          default:
            return argument;
        }
      }
      case 'prev':
        return Math.max(this.nameDigits(node.of.name), node.initial ? this.digits(node.initial) : 1);
      case 'cumsum':
        // A sum of up to MAX_CREDITING_YEARS values, which mostly share denominators.
        return this.nameDigits(node.of.name) + String(MAX_CREDITING_YEARS).length;
      case 'compare':
      case 'logic':
      case 'not':
        return 1;
    }
  }

  /** Whether the node uses a formula already over the budget (reported there). */
  usesRunaway(node: Expr): boolean {
    if (node.type === 'name') return this.estimates.get(node.name) === Infinity;
    return children(node).some((child) => this.usesRunaway(child));
  }

  private nameDigits(name: string): number {
    const estimate = this.estimates.get(name);
    if (estimate !== undefined) return estimate;
    const constant = this.constants.get(name);
    if (constant) return digitCount(constant);
    if (name === 'dt') return 2;
    if (name === 'year_index') return String(MAX_CREDITING_YEARS).length + 1;
    const symbol = must(this.symbols.get(name), name);
    if (symbol.valueKind !== 'number') return 2;
    return ASSUMED_VALUE_DIGITS + digitCount(symbol.unit.scale);
  }

  /** The largest magnitude an exponent that is not fixed can take. */
  private exponentBound(node: Expr): number {
    switch (node.type) {
      case 'name': {
        if (node.name === 'year_index') return MAX_CREDITING_YEARS;
        const def = this.definitions.get(node.name);
        if (
          def?.type === 'integer' &&
          def.min !== undefined &&
          def.max !== undefined &&
          Rational.isDecimal(String(def.min)) &&
          Rational.isDecimal(String(def.max))
        ) {
          const bound = Math.max(Math.abs(Number(def.min)), Math.abs(Number(def.max)));
          return Math.min(bound, MAX_EXPONENT);
        }
        return MAX_EXPONENT;
      }
      case 'neg':
        return this.exponentBound(node.operand);
      case 'arith':
        if (node.op === '+' || node.op === '-') return Math.min(this.exponentBound(node.left) + this.exponentBound(node.right), MAX_EXPONENT);
        if (node.op === '*') return Math.min(this.exponentBound(node.left) * this.exponentBound(node.right), MAX_EXPONENT);
        return MAX_EXPONENT;
      case 'number': {
        const value = literalValue(node);
        return Math.min(Math.abs(Number(value.floor())) + 1, MAX_EXPONENT);
      }
      default:
        return MAX_EXPONENT;
    }
  }
}

function digitCount(value: Rational): number {
  const num = value.num < 0n ? -value.num : value.num;
  return num.toString().length + value.den.toString().length;
}
