import fc from 'fast-check';
import { MethodologyErrorCode } from './errors';
import { type Expr, formatExpression } from './expression';
import { calculate } from './calculate';
import { ExpressionSyntaxError, MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_OPERATORS, parseExpression } from './parser';
import { validateVersion } from './validate';
import { formula, input, smallVersion } from '../testing/version.factory';

/** Fully parenthesised, so a test reads the tree's shape. */
function shape(node: Expr): string {
  switch (node.type) {
    case 'number':
      return node.text;
    case 'string':
      return `"${node.value}"`;
    case 'boolean':
      return String(node.value);
    case 'name':
      return node.name;
    case 'neg':
      return `(-${shape(node.operand)})`;
    case 'not':
      return `(not ${shape(node.operand)})`;
    case 'arith':
    case 'compare':
    case 'logic':
      return `(${shape(node.left)} ${node.op} ${shape(node.right)})`;
    case 'minmax':
    case 'call':
      return `${node.fn}(${node.args.map(shape).join(', ')})`;
    case 'if':
      return `if(${shape(node.cond)}, ${shape(node.then)}, ${shape(node.otherwise)})`;
    case 'sum':
      return `sum(stratum, ${shape(node.body)})`;
    case 'prev':
      return node.initial ? `prev(${node.of.name}, ${shape(node.initial)})` : `prev(${node.of.name})`;
    case 'cumsum':
      return `cumsum(${node.of.name})`;
  }
}

function refusal(source: string): ExpressionSyntaxError {
  try {
    parseExpression(source);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) return error;
    throw error;
  }
  throw new Error(`accepted: ${source}`);
}

describe('parseExpression', () => {
  it.each([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['(1 + 2) * 3', '((1 + 2) * 3)'],
    ['a - b - c', '((a - b) - c)'],
    ['a / b / c', '((a / b) / c)'],
    ['-a * b', '((-a) * b)'],
    ['-a ^ 2', '(-(a ^ 2))'],
    ['a ^ b ^ c', '(a ^ (b ^ c))'],
    ['2 ^ -1', '(2 ^ (-1))'],
    ['a - -b', '(a - (-b))'],
    ['area * loss_rate * (agb + bgb) * co2_per_c', '(((area * loss_rate) * (agb + bgb)) * co2_per_c)'],
    ['min(a, b, 0)', 'min(a, b, 0)'],
    ['max(0, x - y)', 'max(0, (x - y))'],
    ['if(a > 0 and not b or c <= 1, x, y)', 'if((((a > 0) and (not b)) or (c <= 1)), x, y)'],
    ['if(soil == "organic", x, y)', 'if((soil == "organic"), x, y)'],
    ["if(soil != 'mineral', x, y)", 'if((soil != "mineral"), x, y)'],
    ['if(flag, 1, 2)', 'if(flag, 1, 2)'],
    ['if(true, 1, 2)', 'if(true, 1, 2)'],
    ['sum(stratum, area * rate)', 'sum(stratum, (area * rate))'],
    ['area / sum(stratum, area)', '(area / sum(stratum, area))'],
    ['1.5e3 + .5 + 2.', '((1.5e3 + .5) + 2.)'],
    ['  a\n+\tb ', '(a + b)'],
  ])('%s', (source, expected) => {
    expect(shape(parseExpression(source))).toBe(expected);
  });

  it('records operator and name positions', () => {
    const tree = parseExpression('ab + cd');
    expect(tree).toMatchObject({ type: 'arith', pos: 3, left: { pos: 0 }, right: { pos: 5 } });
  });

  it.each([
    ['', MethodologyErrorCode.ExpressionEmpty, 0],
    ['   ', MethodologyErrorCode.ExpressionEmpty, 0],
    ['a +', MethodologyErrorCode.UnexpectedEnd, 3],
    ['a + * b', MethodologyErrorCode.UnexpectedToken, 4],
    ['(a + b', MethodologyErrorCode.UnexpectedEnd, 6],
    ['a + b)', MethodologyErrorCode.UnexpectedToken, 5],
    ['a b', MethodologyErrorCode.UnexpectedToken, 2],
    ['a $ b', MethodologyErrorCode.UnexpectedCharacter, 2],
    ['a = b', MethodologyErrorCode.UnexpectedCharacter, 2],
    ['2x', MethodologyErrorCode.InvalidNumber, 0],
    ['1.2.3', MethodologyErrorCode.InvalidNumber, 0],
    ['"open', MethodologyErrorCode.UnterminatedString, 0],
    ['foo(1)', MethodologyErrorCode.UnknownFunction, 0],
    ['eval(1)', MethodologyErrorCode.UnknownFunction, 0],
    ['if(a > 0, 1)', MethodologyErrorCode.WrongArgumentCount, 0],
    ['min()', MethodologyErrorCode.WrongArgumentCount, 0],
    ['sum(year, x)', MethodologyErrorCode.InvalidSumDomain, 4],
    ['sum(stratum, sum(stratum, x))', MethodologyErrorCode.NestedSum, 13],
    ['a > b', MethodologyErrorCode.ConditionOutsideIf, 2],
    ['1 + (a < b)', MethodologyErrorCode.ConditionOutsideIf, 7],
    ['if(a + 1, 1, 2)', MethodologyErrorCode.ConditionExpected, 5],
    ['if(a < b < c, 1, 2)', MethodologyErrorCode.UnexpectedToken, 9],
    ['"x" + 1', MethodologyErrorCode.UnexpectedToken, 0],
    ['if(a < "x", 1, 2)', MethodologyErrorCode.UnexpectedToken, 7],
    ['min', MethodologyErrorCode.UnexpectedEnd, 3],
    ['x.y', MethodologyErrorCode.UnexpectedCharacter, 1],
    ['a; drop table', MethodologyErrorCode.UnexpectedCharacter, 1],
  ])('refuses %j with %s at %i', (source, code, position) => {
    const error = refusal(source);
    expect(error.code).toBe(code);
    expect(error.location.position).toBe(position);
    expect(error.message).toContain(`position ${position}`);
  });

  it('refuses nesting beyond the limit with an error, not a stack overflow', () => {
    const deep = `${'('.repeat(MAX_EXPRESSION_DEPTH + 1)}1${')'.repeat(MAX_EXPRESSION_DEPTH + 1)}`;
    expect(refusal(deep).code).toBe(MethodologyErrorCode.ExpressionTooDeep);
    expect(refusal('-'.repeat(100_000 - 1) + '1').code).toBe(MethodologyErrorCode.ExpressionTooLong);
    expect(refusal('-'.repeat(5_000) + '1').code).toBe(MethodologyErrorCode.ExpressionTooDeep);
    expect(() => parseExpression(`${'('.repeat(50)}1${')'.repeat(50)}`)).not.toThrow();
  });

  it.each(['+', '-', '*', '/', ' and ', ' or '])('refuses a chain of more "%s" than the tree walks can follow, with an error, not a stack overflow', (op) => {
    const operand = op.trim().length > 1 ? 'a>1' : '1';
    const chain = (count: number) => Array.from({ length: count + 1 }, () => operand).join(op);
    const error = refusal(op.trim().length > 1 ? `if(${chain(MAX_EXPRESSION_OPERATORS + 1)}, 1, 2)` : chain(MAX_EXPRESSION_OPERATORS + 1));
    expect(error.code).toBe(MethodologyErrorCode.ExpressionTooDeep);
    expect(() => parseExpression(op.trim().length > 1 ? `if(${chain(MAX_EXPRESSION_OPERATORS - 1)}, 1, 2)` : chain(MAX_EXPRESSION_OPERATORS))).not.toThrow();
  });

  it('lets the validator and the calculator walk the longest chain it accepts', () => {
    const longest = (name: string) => formula(name, `x${'+1'.repeat(MAX_EXPRESSION_OPERATORS)}`, '1');
    const version = smallVersion({
      inputs: [input('site_factor', { scope: 'stratum', default: '1', min: '0', max: '2' }), input('x', { scope: 'project' })],
      formulas: [
        formula('total', 'sum(stratum, area * rate * dt * stock * co2_per_c)', 'tCO2e'),
        longest('grown'),
        formula('credits', 'total * grown', 'tCO2e'),
      ],
    });
    expect(validateVersion(version)).toEqual({ valid: true, issues: [] });
    const result = calculate(version, { creditingPeriod: { startYear: 2025, years: 1 }, strata: [{ key: 's', area: '1' }], project: { x: '1' } });
    expect(result.years[0].project.grown).toBe(String(MAX_EXPRESSION_OPERATORS + 1));
  });

  describe('properties', () => {
    const name = fc.constantFrom('a', 'b', 'area', 'loss_rate', 'x1', 'dt');
    const number = fc.constantFrom('0', '1', '2.5', '0.1', '44', '12', '1e3', '.5', '3.');
    const numeric: fc.Arbitrary<Expr> = fc.letrec<{ num: Expr; cond: Expr }>((tie) => ({
      num: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        number.map((text): Expr => ({ type: 'number', text, pos: 0 })),
        name.map((n): Expr => ({ type: 'name', name: n, pos: 0 })),
        tie('num').map((operand): Expr => ({ type: 'neg', operand, pos: 0 })),
        fc
          .tuple(fc.constantFrom('+', '-', '*', '/', '^' as const), tie('num'), tie('num'))
          .map(([op, left, right]): Expr => ({ type: 'arith', op, left, right, pos: 0 })),
        fc
          .tuple(fc.constantFrom('min', 'max' as const), fc.array(tie('num'), { minLength: 1, maxLength: 3 }))
          .map(([fn, args]): Expr => ({ type: 'minmax', fn, args, pos: 0 })),
        fc.tuple(tie('cond'), tie('num'), tie('num')).map(([cond, then, otherwise]): Expr => ({ type: 'if', cond, then, otherwise, pos: 0 })),
      ),
      cond: fc.oneof(
        { depthSize: 'small' },
        fc
          .tuple(fc.constantFrom('<', '<=', '>', '>=', '==', '!=' as const), tie('num'), tie('num'))
          .map(([op, left, right]): Expr => ({ type: 'compare', op, left, right, pos: 0 })),
        fc
          .tuple(fc.constantFrom('and', 'or' as const), tie('cond'), tie('cond'))
          .map(([op, left, right]): Expr => ({ type: 'logic', op, left, right, pos: 0 })),
        tie('cond').map((operand): Expr => ({ type: 'not', operand, pos: 0 })),
        name.map((n): Expr => ({ type: 'name', name: n, pos: 0 })),
        fc.boolean().map((value): Expr => ({ type: 'boolean', value, pos: 0 })),
      ),
    })).num;

    const withoutPositions = (node: Expr): unknown => JSON.parse(JSON.stringify(node, (key, value) => (key === 'pos' ? undefined : value)));

    it('round-trips: parse(format(tree)) is the tree', () => {
      fc.assert(
        fc.property(numeric, (tree) => {
          expect(withoutPositions(parseExpression(formatExpression(tree)))).toEqual(withoutPositions(tree));
        }),
        { numRuns: 500 },
      );
    });

    it('printing is stable: format(parse(format(tree))) is format(tree)', () => {
      fc.assert(
        fc.property(numeric, (tree) => {
          const text = formatExpression(tree);
          expect(formatExpression(parseExpression(text))).toBe(text);
        }),
      );
    });

    it('either parses or refuses with a located ExpressionSyntaxError, on any text', () => {
      const alphabet = fc.constantFrom(...'ab1.0+-*/^(),<>=!" _xif$;\n'.split(''), 'if(', 'sum(', 'min(', 'stratum', 'and', 'not');
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ maxLength: 40 }),
            fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join('')),
          ),
          (source) => {
            try {
              parseExpression(source);
            } catch (error) {
              expect(error).toBeInstanceOf(ExpressionSyntaxError);
              const position = (error as ExpressionSyntaxError).location.position!;
              expect(position).toBeGreaterThanOrEqual(0);
              expect(position).toBeLessThanOrEqual(source.length);
            }
          },
        ),
        { numRuns: 2000 },
      );
    });

    it('refuses any expression with a character outside the language', () => {
      const junk = fc.constantFrom('$', ';', '@', '#', '`', '{', '[', '\\', '&', '|', '~', '?', ':');
      fc.assert(
        fc.property(numeric, junk, fc.nat(), (tree, bad, at) => {
          const text = formatExpression(tree);
          const index = at % (text.length + 1);
          const error = refusal(text.slice(0, index) + bad + text.slice(index));
          // Inside a number ("1e$3") the number is what is malformed.
          expect([MethodologyErrorCode.UnexpectedCharacter, MethodologyErrorCode.InvalidNumber]).toContain(error.code);
        }),
      );
    });
  });
});
