import { type EngineMessage, MethodologyError, MethodologyErrorCode, msg, renderMessage } from './errors';
import { type ComparisonOperator, type Expr, MATH_FUNCTIONS, type MathFunction } from './expression';
import { Rational } from './rational';
import { parseUnit } from './units';

/** Longer formulas are a mistake, not a methodology. */
export const MAX_EXPRESSION_LENGTH = 10_000;
/** Bounds recursion so hostile input gets an error, not a stack overflow. */
export const MAX_EXPRESSION_DEPTH = 100;
/**
 * Binary operators in one expression: a chain (`1+1+…+1`) is a tree as deep as it is long,
 * and the validator, the compiler and the evaluator walk it recursively; 5,000 of them
 * overflowed the stack (a 500) where nesting alone would have been refused.
 */
export const MAX_EXPRESSION_OPERATORS = 1000;

type TokenKind = 'number' | 'name' | 'string' | 'op' | 'end';
interface Token {
  kind: TokenKind;
  text: string;
  pos: number;
}

/** A refused expression: a stable code, the 0-based offset and a message showing where. */
export class ExpressionSyntaxError extends MethodologyError {
  constructor(code: MethodologyErrorCode, reason: EngineMessage, source: string, position: number) {
    super(code, msg('syntaxAt', { reason, position, excerpt: excerpt(source, position) }), { position }, { reason: renderMessage(reason) });
    this.name = 'ExpressionSyntaxError';
  }
}

function excerpt(source: string, position: number): string {
  const start = Math.max(0, position - 20);
  const before = source.slice(start, position);
  const after = source.slice(position, position + 20);
  return `${start > 0 ? '…' : ''}${before}⟨here⟩${after}${position + 20 < source.length ? '…' : ''}`;
}

const OPERATORS = ['<=', '>=', '==', '!=', '<', '>', '+', '-', '*', '/', '^', '(', ')', ','];
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const fail = (code: MethodologyErrorCode, reason: EngineMessage, at: number): never => {
    throw new ExpressionSyntaxError(code, reason, source, at);
  };
  while (pos < source.length) {
    const ch = source[pos];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      pos += 1;
      continue;
    }
    const rest = source.slice(pos, pos + 400);
    const number = NUMBER.exec(rest);
    if (number) {
      const after = source[pos + number[0].length];
      if (after !== undefined && /[A-Za-z0-9_.]/.test(after))
        fail(MethodologyErrorCode.InvalidNumber, msg('syntax.malformedNumber', { text: `${number[0]}${after}` }), pos);
      if (!Rational.isDecimal(number[0])) fail(MethodologyErrorCode.InvalidNumber, msg('syntax.numberTooLong', { text: number[0].slice(0, 20) }), pos);
      tokens.push({ kind: 'number', text: number[0], pos });
      pos += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], pos });
      pos += name[0].length;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const close = source.indexOf(ch, pos + 1);
      if (close < 0) fail(MethodologyErrorCode.UnterminatedString, msg('syntax.unterminatedString'), pos);
      tokens.push({ kind: 'string', text: source.slice(pos + 1, close), pos });
      pos = close + 1;
      continue;
    }
    const op = OPERATORS.find((candidate) => source.startsWith(candidate, pos));
    if (op) {
      tokens.push({ kind: 'op', text: op, pos });
      pos += op.length;
      continue;
    }
    fail(
      MethodologyErrorCode.UnexpectedCharacter,
      ch === '=' ? msg('syntax.singleEquals') : msg('syntax.unexpectedCharacter', { character: JSON.stringify(ch) }),
      pos,
    );
  }
  tokens.push({ kind: 'end', text: '', pos: source.length });
  return tokens;
}

/** Every function the language knows, for messages and for the parser. */
export const FUNCTIONS: readonly string[] = ['if', 'min', 'max', 'sum', 'prev', 'cumsum', ...MATH_FUNCTIONS];
/** round(x, digits): digits from -MAX_ROUND_DIGITS to MAX_ROUND_DIGITS. */
export const MAX_ROUND_DIGITS = 40;

const COMPARISONS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '==', '!=']);

/**
 * Parses one formula expression into a tree, by recursive descent; nothing is evaluated.
 *
 * Grammar, loosest binding first:
 *   or      := and ("or" and)*
 *   and     := not ("and" not)*
 *   not     := "not" not | compare
 *   compare := sum [("<" | "<=" | ">" | ">=" | "==" | "!=") sum]
 *   sum     := product (("+" | "-") product)*
 *   product := unary (("*" | "/") unary)*
 *   unary   := "-" unary | power
 *   power   := primary ["^" unary]                      (right-associative)
 *   primary := number [unit | "unit text"] | "string" | true | false | name | "(" or ")"
 *            | min(e, …) | max(e, …) | if(condition, e, e) | sum(stratum, e)
 *            | prev(name) | prev(name, e) | cumsum(name)
 *            | sqrt(e) | exp(e) | ln(e) | abs(e) | floor(e) | ceil(e) | round(e, integer)
 *
 * Conditions (comparisons, and/or/not, true/false) are only allowed as the first argument
 * of if(); a string literal only as an operand of == or != (enum parameters).
 */
export function parseExpression(source: string): Expr {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionSyntaxError(MethodologyErrorCode.ExpressionTooLong, msg('syntax.tooLong', { max: MAX_EXPRESSION_LENGTH }), source.slice(0, 40), 0);
  }
  if (source.trim() === '') throw new ExpressionSyntaxError(MethodologyErrorCode.ExpressionEmpty, msg('syntax.empty'), source, 0);
  const parser = new Parser(source, tokenize(source));
  const tree = parser.parseAll();
  checkShape(tree, 'number', source, false);
  return tree;
}

class Parser {
  private index = 0;
  private depth = 0;
  private operators = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: Token[],
  ) {}

  parseAll(): Expr {
    const tree = this.or();
    const next = this.peek();
    if (next.kind !== 'end') this.unexpected(next);
    return tree;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private take(): Token {
    const token = this.tokens[this.index];
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private isOp(text: string): boolean {
    const token = this.peek();
    return token.kind === 'op' && token.text === text;
  }

  private isWord(text: string): boolean {
    const token = this.peek();
    return token.kind === 'name' && token.text === text;
  }

  private expectOp(text: string): Token {
    const token = this.peek();
    if (token.kind !== 'op' || token.text !== text) this.unexpected(token, msg('syntax.expected', { text }));
    return this.take();
  }

  private unexpected(token: Token, expectation?: EngineMessage): never {
    if (token.kind === 'end')
      throw new ExpressionSyntaxError(
        MethodologyErrorCode.UnexpectedEnd,
        expectation ? msg('syntax.unexpectedEndExpecting', { expectation }) : msg('syntax.unexpectedEnd'),
        this.source,
        token.pos,
      );
    const shown = token.kind === 'string' ? `"${token.text}"` : token.text;
    throw new ExpressionSyntaxError(
      MethodologyErrorCode.UnexpectedToken,
      expectation ? msg('syntax.unexpectedTokenExpecting', { token: shown, expectation }) : msg('syntax.unexpectedToken', { token: shown }),
      this.source,
      token.pos,
    );
  }

  private enter(pos: number): void {
    this.depth += 1;
    if (this.depth > MAX_EXPRESSION_DEPTH)
      throw new ExpressionSyntaxError(MethodologyErrorCode.ExpressionTooDeep, msg('syntax.tooDeep', { max: MAX_EXPRESSION_DEPTH }), this.source, pos);
  }

  /** One more binary operator; see MAX_EXPRESSION_OPERATORS. */
  private operator(token: Token): Token {
    this.operators += 1;
    if (this.operators > MAX_EXPRESSION_OPERATORS) {
      throw new ExpressionSyntaxError(
        MethodologyErrorCode.ExpressionTooDeep,
        msg('syntax.tooManyOperators', { max: MAX_EXPRESSION_OPERATORS }),
        this.source,
        token.pos,
      );
    }
    return token;
  }

  private or(): Expr {
    let left = this.and();
    while (this.isWord('or')) {
      const pos = this.operator(this.take()).pos;
      left = { type: 'logic', op: 'or', left, right: this.and(), pos };
    }
    return left;
  }

  private and(): Expr {
    let left = this.not();
    while (this.isWord('and')) {
      const pos = this.operator(this.take()).pos;
      left = { type: 'logic', op: 'and', left, right: this.not(), pos };
    }
    return left;
  }

  private not(): Expr {
    if (this.isWord('not')) {
      const pos = this.take().pos;
      this.enter(pos);
      const operand = this.not();
      this.depth -= 1;
      return { type: 'not', operand, pos };
    }
    return this.compare();
  }

  private compare(): Expr {
    const left = this.additive();
    const token = this.peek();
    if (token.kind !== 'op' || !COMPARISONS.has(token.text)) return left;
    this.take();
    const right = this.additive();
    const after = this.peek();
    if (after.kind === 'op' && COMPARISONS.has(after.text)) this.unexpected(after, msg('syntax.comparisonsChain'));
    return { type: 'compare', op: token.text as ComparisonOperator, left, right, pos: token.pos };
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.isOp('+') || this.isOp('-')) {
      const token = this.operator(this.take());
      left = { type: 'arith', op: token.text as '+' | '-', left, right: this.multiplicative(), pos: token.pos };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const token = this.operator(this.take());
      left = { type: 'arith', op: token.text as '*' | '/', left, right: this.unary(), pos: token.pos };
    }
    return left;
  }

  private unary(): Expr {
    if (this.isOp('-')) {
      const pos = this.take().pos;
      this.enter(pos);
      const operand = this.unary();
      this.depth -= 1;
      return { type: 'neg', operand, pos };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.primary();
    if (!this.isOp('^')) return base;
    const pos = this.take().pos;
    this.enter(pos);
    const exponent = this.unary();
    this.depth -= 1;
    return { type: 'arith', op: '^', left: base, right: exponent, pos };
  }

  private primary(): Expr {
    const token = this.peek();
    if (token.kind === 'number') {
      this.take();
      const unit = this.unitAfterNumber();
      return { type: 'number', text: token.text, ...(unit === undefined ? {} : { unit }), pos: token.pos };
    }
    if (token.kind === 'string') {
      this.take();
      return { type: 'string', value: token.text, pos: token.pos };
    }
    if (token.kind === 'op' && token.text === '(') {
      this.take();
      this.enter(token.pos);
      const inner = this.or();
      this.depth -= 1;
      this.expectOp(')');
      return inner;
    }
    if (token.kind !== 'name') this.unexpected(token);
    this.take();
    if (token.text === 'true' || token.text === 'false') return { type: 'boolean', value: token.text === 'true', pos: token.pos };
    if (!this.isOp('(')) {
      if (['and', 'or', 'not'].includes(token.text)) this.unexpected(token);
      if (FUNCTIONS.includes(token.text)) this.unexpected(this.peek(), msg('syntax.expectedParenthesis', { name: token.text }));
      return { type: 'name', name: token.text, pos: token.pos };
    }
    return this.call(token);
  }

  /**
   * A literal's unit: one symbol (`100 tCO2e`) or any unit text quoted (`0.5 "tC/ha/yr"`). A
   * name or a quoted text right after a number means nothing else, so it is read as a unit.
   */
  private unitAfterNumber(): string | undefined {
    const token = this.peek();
    if (token.kind !== 'name' && token.kind !== 'string') return undefined;
    if (token.kind === 'name' && ['and', 'or', 'not'].includes(token.text)) return undefined;
    this.take();
    try {
      parseUnit(token.text);
    } catch (error) {
      if (!(error instanceof MethodologyError)) throw error;
      const offset = token.kind === 'string' ? 1 : 0;
      throw new ExpressionSyntaxError(
        error.code,
        msg('syntax.literalUnit', { unit: JSON.stringify(token.text), message: error.text }),
        this.source,
        token.pos + offset + (error.location.position ?? 0),
      );
    }
    return token.text;
  }

  private call(callee: Token): Expr {
    const open = this.take();
    this.enter(open.pos);
    const args: Expr[] = [];
    if (!this.isOp(')')) {
      args.push(this.or());
      while (this.isOp(',')) {
        this.take();
        args.push(this.or());
      }
    }
    this.expectOp(')');
    this.depth -= 1;
    const pos = callee.pos;
    const arity = (expected: EngineMessage, ok: boolean) => {
      if (!ok)
        throw new ExpressionSyntaxError(
          MethodologyErrorCode.WrongArgumentCount,
          msg('syntax.arity', { fn: callee.text, expected, got: args.length }),
          this.source,
          pos,
        );
    };
    switch (callee.text) {
      case 'min':
      case 'max':
        arity(msg('count.atLeast', { n: 1 }), args.length >= 1);
        return { type: 'minmax', fn: callee.text, args, pos };
      case 'if':
        arity(msg('count.exactly', { n: 3 }), args.length === 3);
        return { type: 'if', cond: args[0], then: args[1], otherwise: args[2], pos };
      case 'sum': {
        arity(msg('count.exactly', { n: 2 }), args.length === 2);
        const domain = args[0];
        if (domain.type !== 'name' || domain.name !== 'stratum') {
          throw new ExpressionSyntaxError(MethodologyErrorCode.InvalidSumDomain, msg('syntax.sumDomain'), this.source, domain.pos);
        }
        return { type: 'sum', domain: 'stratum', body: args[1], pos };
      }
      case 'prev':
      case 'cumsum': {
        arity(
          callee.text === 'prev' ? msg('count.oneOrTwo') : msg('count.exactly', { n: 1 }),
          callee.text === 'prev' ? args.length === 1 || args.length === 2 : args.length === 1,
        );
        const of = args[0];
        if (of.type !== 'name') {
          throw new ExpressionSyntaxError(MethodologyErrorCode.InvalidArgument, msg('syntax.timeArgument', { fn: callee.text }), this.source, of.pos);
        }
        return callee.text === 'prev' ? { type: 'prev', of, ...(args[1] ? { initial: args[1] } : {}), pos } : { type: 'cumsum', of, pos };
      }
      case 'round': {
        arity(msg('count.exactly', { n: 2 }), args.length === 2);
        const digits = args[1].type === 'neg' ? args[1].operand : args[1];
        const value = digits.type === 'number' && digits.unit === undefined ? Rational.parseDecimal(digits.text) : undefined;
        if (!value?.isInteger() || value.num > BigInt(MAX_ROUND_DIGITS)) {
          throw new ExpressionSyntaxError(MethodologyErrorCode.InvalidArgument, msg('syntax.roundDigits', { max: MAX_ROUND_DIGITS }), this.source, args[1].pos);
        }
        return { type: 'call', fn: 'round', args, pos };
      }
      case 'sqrt':
      case 'exp':
      case 'ln':
      case 'abs':
      case 'floor':
      case 'ceil':
        arity(msg('count.exactly', { n: 1 }), args.length === 1);
        return { type: 'call', fn: callee.text as MathFunction, args, pos };
      default:
        throw new ExpressionSyntaxError(
          MethodologyErrorCode.UnknownFunction,
          msg('syntax.unknownFunction', { fn: callee.text, known: FUNCTIONS.join(', ') }),
          this.source,
          pos,
        );
    }
  }
}

type Shape = 'number' | 'condition' | 'operand';

/**
 * Puts conditions and strings where they belong, which the grammar alone does not:
 * a formula is a number, if()'s first argument is a condition, a string only meets ==/!=.
 * Names pass here; their types are checked against the version's definitions.
 */
function checkShape(node: Expr, expected: Shape, source: string, inSum: boolean): void {
  const fail = (code: MethodologyErrorCode, reason: EngineMessage): never => {
    throw new ExpressionSyntaxError(code, reason, source, node.pos);
  };
  const isCondition = node.type === 'compare' || node.type === 'logic' || node.type === 'not' || node.type === 'boolean';
  if (node.type === 'string' && expected !== 'operand') fail(MethodologyErrorCode.UnexpectedToken, msg('syntax.quotedOutsideCompare'));
  if (isCondition && expected !== 'condition') fail(MethodologyErrorCode.ConditionOutsideIf, msg('syntax.conditionOutsideIf'));
  if (!isCondition && node.type !== 'name' && expected === 'condition') fail(MethodologyErrorCode.ConditionExpected, msg('syntax.conditionExpected'));
  switch (node.type) {
    case 'neg':
      return checkShape(node.operand, 'number', source, inSum);
    case 'not':
      return checkShape(node.operand, 'condition', source, inSum);
    case 'logic':
      checkShape(node.left, 'condition', source, inSum);
      return checkShape(node.right, 'condition', source, inSum);
    case 'arith':
      checkShape(node.left, 'number', source, inSum);
      return checkShape(node.right, 'number', source, inSum);
    case 'compare': {
      const equality = node.op === '==' || node.op === '!=';
      checkShape(node.left, equality ? 'operand' : 'number', source, inSum);
      checkShape(node.right, equality ? 'operand' : 'number', source, inSum);
      if (node.left.type === 'string' && node.right.type === 'string') fail(MethodologyErrorCode.UnexpectedToken, msg('syntax.twoQuoted'));
      return;
    }
    case 'minmax':
    case 'call':
      return node.args.forEach((arg) => checkShape(arg, 'number', source, inSum));
    case 'if':
      checkShape(node.cond, 'condition', source, inSum);
      checkShape(node.then, 'number', source, inSum);
      return checkShape(node.otherwise, 'number', source, inSum);
    case 'sum':
      if (inSum) fail(MethodologyErrorCode.NestedSum, msg('syntax.nestedSum'));
      return checkShape(node.body, 'number', source, true);
    case 'prev':
      return node.initial ? checkShape(node.initial, 'number', source, inSum) : undefined;
    default:
      return;
  }
}
