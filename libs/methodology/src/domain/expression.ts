import { Rational } from './rational';
import { parseUnit } from './units';

/**
 * The formula language: decimal arithmetic over named parameters, inputs, constants and
 * other formulas. The tree is produced by `parseExpression` (parser.ts); `pos` is the
 * 0-based offset in the source text of the node's operator or first character.
 */
export type ArithmeticOperator = '+' | '-' | '*' | '/' | '^';
export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';

export type Expr =
  /** A literal; with a unit (`100 tCO2e`, `0.5 "tC/ha/yr"`) it has that unit's dimensions. */
  | { type: 'number'; text: string; unit?: string; pos: number }
  | { type: 'string'; value: string; pos: number }
  | { type: 'boolean'; value: boolean; pos: number }
  | { type: 'name'; name: string; pos: number }
  | { type: 'neg'; operand: Expr; pos: number }
  | { type: 'arith'; op: ArithmeticOperator; left: Expr; right: Expr; pos: number }
  | { type: 'compare'; op: ComparisonOperator; left: Expr; right: Expr; pos: number }
  | { type: 'logic'; op: 'and' | 'or'; left: Expr; right: Expr; pos: number }
  | { type: 'not'; operand: Expr; pos: number }
  | { type: 'minmax'; fn: 'min' | 'max'; args: Expr[]; pos: number }
  | { type: 'if'; cond: Expr; then: Expr; otherwise: Expr; pos: number }
  | { type: 'sum'; domain: 'stratum'; body: Expr; pos: number }
  /** Last year's value of a name; `initial` (default 0) in the first year of the crediting period. */
  | { type: 'prev'; of: NameExpr; initial?: Expr; pos: number }
  /** The running total of a name's values from the first year up to and including this one. */
  | { type: 'cumsum'; of: NameExpr; pos: number }
  /** sqrt, exp, ln, abs, floor, ceil, and round(x, digits) whose `digits` is a whole-number literal. */
  | { type: 'call'; fn: MathFunction; args: Expr[]; pos: number };

/** Functions of one number (round: and a number of decimals); sqrt, exp and ln are not exact. */
export const MATH_FUNCTIONS = ['sqrt', 'exp', 'ln', 'abs', 'floor', 'ceil', 'round'] as const;
export type MathFunction = (typeof MATH_FUNCTIONS)[number];
/** Functions whose results are irrational in general: computed to a stated precision, marked inexact. */
export const INEXACT_FUNCTIONS: ReadonlySet<MathFunction> = new Set(['sqrt', 'exp', 'ln']);

export type NameExpr = Extract<Expr, { type: 'name' }>;

/** Words with a meaning in the language; no parameter, input or formula may be called so. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'if',
  'min',
  'max',
  'sum',
  'prev',
  'cumsum',
  ...MATH_FUNCTIONS,
  'and',
  'or',
  'not',
  'true',
  'false',
  'stratum',
]);

/** Binding strength, loosest first; used by the parser's shape and by the printer. */
function precedence(node: Expr): number {
  switch (node.type) {
    case 'logic':
      return node.op === 'or' ? 1 : 2;
    case 'not':
      return 3;
    case 'compare':
      return 4;
    case 'arith':
      return node.op === '+' || node.op === '-' ? 5 : node.op === '^' ? 8 : 6;
    case 'neg':
      return 7;
    default:
      return 9;
  }
}

/**
 * Canonical text of an expression with only the parentheses it needs, so that
 * `parseExpression(formatExpression(tree))` gives back the same tree, and two formulas that
 * differ only in spacing or redundant parentheses print the same.
 */
export function formatExpression(node: Expr): string {
  const wrap = (child: Expr, needsParens: boolean) => (needsParens ? `(${formatExpression(child)})` : formatExpression(child));
  switch (node.type) {
    case 'number':
      return node.unit === undefined ? node.text : /^[A-Za-z_][A-Za-z0-9_]*$/.test(node.unit) ? `${node.text} ${node.unit}` : `${node.text} "${node.unit}"`;
    case 'string':
      return `"${node.value}"`;
    case 'boolean':
      return String(node.value);
    case 'name':
      return node.name;
    case 'neg':
      return `-${wrap(node.operand, precedence(node.operand) <= 7)}`;
    case 'not':
      return `not ${wrap(node.operand, precedence(node.operand) < 3)}`;
    case 'arith': {
      const p = precedence(node);
      if (node.op === '^') return `${wrap(node.left, precedence(node.left) <= 8)} ^ ${wrap(node.right, precedence(node.right) < 7)}`;
      return `${wrap(node.left, precedence(node.left) < p)} ${node.op} ${wrap(node.right, precedence(node.right) <= p)}`;
    }
    case 'compare':
      return `${wrap(node.left, precedence(node.left) <= 4)} ${node.op} ${wrap(node.right, precedence(node.right) <= 4)}`;
    case 'logic': {
      const p = precedence(node);
      return `${wrap(node.left, precedence(node.left) < p)} ${node.op} ${wrap(node.right, precedence(node.right) <= p)}`;
    }
    case 'minmax':
    case 'call':
      return `${node.fn}(${node.args.map(formatExpression).join(', ')})`;
    case 'if':
      return `if(${formatExpression(node.cond)}, ${formatExpression(node.then)}, ${formatExpression(node.otherwise)})`;
    case 'sum':
      return `sum(${node.domain}, ${formatExpression(node.body)})`;
    case 'prev':
      return node.initial ? `prev(${node.of.name}, ${formatExpression(node.initial)})` : `prev(${node.of.name})`;
    case 'cumsum':
      return `cumsum(${node.of.name})`;
  }
}

/** A name as a formula uses it; `lastYear` when only its value of the year before is read (prev). */
export interface NameUse {
  name: string;
  pos: number;
  inSum: boolean;
  lastYear?: true;
}

/** Every name an expression refers to, with where; `inSum` tells whether a sum encloses it. */
export function collectNames(node: Expr, found: NameUse[] = [], inSum = false): NameUse[] {
  switch (node.type) {
    case 'name':
      found.push({ name: node.name, pos: node.pos, inSum });
      break;
    case 'prev':
      found.push({ name: node.of.name, pos: node.of.pos, inSum, lastYear: true });
      if (node.initial) collectNames(node.initial, found, inSum);
      break;
    case 'cumsum':
      collectNames(node.of, found, inSum);
      break;
    case 'neg':
    case 'not':
      collectNames(node.operand, found, inSum);
      break;
    case 'arith':
    case 'compare':
    case 'logic':
      collectNames(node.left, found, inSum);
      collectNames(node.right, found, inSum);
      break;
    case 'minmax':
    case 'call':
      node.args.forEach((arg) => collectNames(arg, found, inSum));
      break;
    case 'if':
      collectNames(node.cond, found, inSum);
      collectNames(node.then, found, inSum);
      collectNames(node.otherwise, found, inSum);
      break;
    case 'sum':
      collectNames(node.body, found, true);
      break;
    default:
      break;
  }
  return found;
}

/** The direct sub-expressions of a node. */
export function children(node: Expr): Expr[] {
  switch (node.type) {
    case 'neg':
    case 'not':
      return [node.operand];
    case 'arith':
    case 'compare':
    case 'logic':
      return [node.left, node.right];
    case 'minmax':
    case 'call':
      return node.args;
    case 'if':
      return [node.cond, node.then, node.otherwise];
    case 'sum':
      return [node.body];
    case 'prev':
      return node.initial ? [node.of, node.initial] : [node.of];
    case 'cumsum':
      return [node.of];
    default:
      return [];
  }
}

/** A literal's value in base units: `1500 kgC` is 1.5 (tC). */
export function literalValue(node: Extract<Expr, { type: 'number' }>): Rational {
  const value = Rational.parseDecimal(node.text);
  return node.unit === undefined ? value : value.mul(parseUnit(node.unit).scale);
}
