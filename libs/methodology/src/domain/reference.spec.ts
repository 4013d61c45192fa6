import fc from 'fast-check';
import { MANGROVE_CONSERVATION_V1 } from '../seed/mangrove-conservation';
import { formula, input, parameter, smallVersion } from '../testing/version.factory';
import { evaluateExact, type ProjectInputs } from './calculate';
import { type Expr, literalValue } from './expression';
import type { DefinitionValue, MethodologyVersion } from './model';
import { parseExpression } from './parser';
import { Rational } from './rational';
import { parseUnit } from './units';

/**
 * The engine's fast paths (Knuth's addition, cross-reduced products, formulas kept across years
 * when nothing they use changes) checked against the plainest evaluation there is: a fraction
 * reduced by Euclid after every step, and every formula walked from its tree in every year.
 */
type Plain = { num: bigint; den: bigint };

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function plain(num: bigint, den: bigint): Plain {
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}

const fromRational = (value: Rational): Plain => plain(value.num, value.den);
const cmp = (a: Plain, b: Plain) => Math.sign(Number(a.num * b.den - b.num * a.den));
const ARITH: Record<string, (a: Plain, b: Plain) => Plain> = {
  '+': (a, b) => plain(a.num * b.den + b.num * a.den, a.den * b.den),
  '-': (a, b) => plain(a.num * b.den - b.num * a.den, a.den * b.den),
  '*': (a, b) => plain(a.num * b.num, a.den * b.den),
  '/': (a, b) => plain(a.num * b.den, a.den * b.num),
  '^': (a, b) => (b.num >= 0n ? plain(a.num ** b.num, a.den ** b.num) : plain(a.den ** -b.num, a.num ** -b.num)),
};

type Value = Plain | string | boolean;

/** Every name's value in one year (and stratum), formulas computed on demand from their trees. */
function referenceEvaluation(version: MethodologyVersion, request: ProjectInputs, overrides: Record<string, string>) {
  const trees = new Map(version.formulas.map((f) => [f.key, { tree: parseExpression(f.expression), stratum: f.scope === 'stratum-year' }]));
  const read = (def: { type?: string; unit?: string }, raw: DefinitionValue): Value =>
    typeof raw === 'string' && def.type === 'enum'
      ? raw
      : typeof raw === 'boolean'
        ? raw
        : fromRational(Rational.parseDecimal(String(raw)).mul(parseUnit(def.unit ?? '1').scale));
  const fixed = new Map<string, Value>();
  for (const constant of version.constants) fixed.set(constant.key, fromRational(Rational.parse(String(constant.value)).mul(parseUnit(constant.unit).scale)));
  for (const def of version.parameters) fixed.set(def.key, read(def, overrides[def.key] ?? def.default));
  const years: { project: Map<string, Plain>; strata: Map<string, Plain>[] }[] = [];
  for (let y = 0; y < request.creditingPeriod.years; y += 1) {
    const calendarYear = String(request.creditingPeriod.startYear + y);
    const inputOf = (key: string, given: Record<string, unknown> | undefined): Value => {
      const def = version.inputs.find((candidate) => candidate.key === key)!;
      const raw = given?.[key] ?? def.default;
      return read(def, (typeof raw === 'object' && raw !== null ? (raw as Record<string, DefinitionValue>)[calendarYear] : raw) as DefinitionValue);
    };
    const memo = new Map<string, Plain>();
    const value = (name: string, k: number | null): Value => {
      if (fixed.has(name)) return fixed.get(name)!;
      if (name === 'year_index') return plain(BigInt(y + 1), 1n);
      if (name === 'dt') return plain(1n, 1n);
      if (name === 'area') return fromRational(Rational.parseDecimal(String(request.strata[k!].area)));
      const formulaDef = trees.get(name);
      if (!formulaDef) return inputOf(name, (k === null ? request.project : request.strata[k].inputs) as Record<string, unknown>);
      const at = formulaDef.stratum ? k : null;
      const memoKey = `${name}@${at}`;
      if (!memo.has(memoKey)) memo.set(memoKey, evaluate(formulaDef.tree, at) as Plain);
      return memo.get(memoKey)!;
    };
    const evaluate = (node: Expr, k: number | null): Value => {
      switch (node.type) {
        case 'number':
          return fromRational(literalValue(node));
        case 'string':
        case 'boolean':
          return node.value;
        case 'name':
          return value(node.name, k);
        case 'neg': {
          const operand = evaluate(node.operand, k) as Plain;
          return plain(-operand.num, operand.den);
        }
        case 'arith':
          return ARITH[node.op](evaluate(node.left, k) as Plain, evaluate(node.right, k) as Plain);
        case 'minmax':
          return node.args
            .map((arg) => evaluate(arg, k) as Plain)
            .reduce((best, candidate) => (cmp(candidate, best) === (node.fn === 'max' ? 1 : -1) ? candidate : best));
        case 'if':
          return evaluate(node.cond, k) ? evaluate(node.then, k) : evaluate(node.otherwise, k);
        case 'compare': {
          const left = evaluate(node.left, k);
          const right = evaluate(node.right, k);
          const order = typeof left === 'object' ? cmp(left, right as Plain) : left === right ? 0 : 1;
          return { '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0, '==': order === 0, '!=': order !== 0 }[node.op];
        }
        case 'sum':
          return request.strata.reduce((total, _s, s) => ARITH['+'](total, evaluate(node.body, s) as Plain), plain(0n, 1n));
        default:
          throw new Error(`the reference does not evaluate ${node.type}`);
      }
    };
    years.push({
      project: new Map(version.formulas.filter((f) => f.scope === 'project-year').map((f) => [f.key, value(f.key, null) as Plain])),
      strata: request.strata.map((_s, k) => new Map(version.formulas.filter((f) => f.scope === 'stratum-year').map((f) => [f.key, value(f.key, k) as Plain]))),
    });
  }
  return years;
}

/** Every formula's exact value in every year and stratum, as `n/d` text, from the engine and from the reference. */
function bothWays(version: MethodologyVersion, request: ProjectInputs, overrides: Record<string, string>) {
  const exact = evaluateExact(version, request, { overrides: Object.fromEntries(Object.entries(overrides).map(([key, value]) => [key, { value }])) });
  const text = (value: Plain | Rational) => `${value.num}/${value.den}`;
  const engine: string[] = [];
  const reference: string[] = [];
  const expected = referenceEvaluation(version, request, overrides);
  exact.compiled.formulas.forEach((f, i) => {
    exact.years.forEach((_year, y) => {
      if (f.scope === 'project') {
        engine.push(`${f.key} y${y} ${text(exact.project[y][i]!)}`);
        reference.push(`${f.key} y${y} ${text(expected[y].project.get(f.key)!)}`);
      } else {
        request.strata.forEach((_s, k) => {
          engine.push(`${f.key} y${y} s${k} ${text(exact.strata[y][k][i]!)}`);
          reference.push(`${f.key} y${y} s${k} ${text(expected[y].strata[k].get(f.key)!)}`);
        });
      }
    });
  });
  return { engine, reference };
}

const decimalText = (maxDigits: bigint, maxScale: number) =>
  fc.tuple(fc.bigInt({ min: 0n, max: maxDigits }), fc.integer({ min: 0, max: maxScale })).map(([digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, '0');
    return scale ? `${text.slice(0, text.length - scale)}.${text.slice(text.length - scale)}` : text;
  });

describe('the optimised engine agrees with a plain evaluation', () => {
  it('Rational arithmetic equals fractions reduced by Euclid after every step', () => {
    const fraction = fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 20n }), fc.constantFrom(1n, 2n, 3n, 12n, 10n ** 6n))
      .map(([num, den, factor]) => ({ num, den: den * factor }));
    fc.assert(
      fc.property(fraction, fraction, (a, b) => {
        const [x, y] = [Rational.of(a.num, a.den), Rational.of(b.num, b.den)];
        const [p, q] = [plain(a.num, a.den), plain(b.num, b.den)];
        const same = (value: Rational, expected: Plain) => expect(`${value.num}/${value.den}`).toBe(`${expected.num}/${expected.den}`);
        same(x.add(y), ARITH['+'](p, q));
        same(x.sub(y), ARITH['-'](p, q));
        same(x.mul(y), ARITH['*'](p, q));
        if (!y.isZero()) same(x.div(y), ARITH['/'](p, q));
        same(x.add(x.neg()), plain(0n, 1n));
      }),
      { numRuns: 500 },
    );
  });

  it('every value of the seeded version, every year and stratum, on random projects', () => {
    const project = fc.record({
      years: fc.integer({ min: 1, max: 8 }),
      strata: fc.array(fc.tuple(decimalText(10n ** 7n, 3), fc.constantFrom('mineral', 'organic')), { minLength: 1, maxLength: 4 }),
      uncertainty: decimalText(10_000n, 2).filter((text) => Number(text) <= 100), // 0–100 %
      emissions: decimalText(10n ** 5n, 3),
      lossRate: decimalText(2000n, 2).filter((text) => Number(text) <= 20), // 0–20 %/yr
      agb: decimalText(6000n, 1).filter((text) => Number(text) <= 600), // 0–600 t_dm/ha
    });
    fc.assert(
      fc.property(project, (p) => {
        const request: ProjectInputs = {
          creditingPeriod: { startYear: 2025, years: p.years },
          strata: p.strata.map(([area, soil], k) => ({ key: `s${k}`, area, inputs: { soil_type: soil } })),
          project: { uncertainty: p.uncertainty, project_activity_emissions: p.emissions },
        };
        const { engine, reference } = bothWays(MANGROVE_CONSERVATION_V1, request, { loss_rate: p.lossRate, agb_stock: p.agb });
        expect(engine).toEqual(reference);
      }),
      { numRuns: 60 },
    );
  });

  it('a formula kept across years still follows a per-year input and the year index', () => {
    const version = smallVersion({
      parameters: [parameter('rate', { default: '3', unit: '1' })],
      inputs: [input('measured', { scope: 'stratum', unit: '1', default: '1', perYear: true })],
      constants: [],
      formulas: [
        formula('fixed_part', 'area * rate / 7', 'ha', { scope: 'stratum-year' }),
        formula('measured_part', 'fixed_part * measured', 'ha', { scope: 'stratum-year' }),
        formula('growing', 'fixed_part * year_index / 3', 'ha', { scope: 'stratum-year' }),
        formula('credits', 'sum(stratum, measured_part + growing) * 2 "tCO2e/ha"', 'tCO2e'),
      ],
    });
    fc.assert(
      fc.property(fc.array(decimalText(10n ** 6n, 3), { minLength: 1, maxLength: 5 }), decimalText(10n ** 4n, 2), (measured, area) => {
        const request: ProjectInputs = {
          creditingPeriod: { startYear: 2030, years: measured.length },
          strata: [{ key: 'a', area, inputs: { measured: Object.fromEntries(measured.map((value, y) => [String(2030 + y), value])) } }],
        };
        const { engine, reference } = bothWays(version, request, {});
        expect(engine).toEqual(reference);
      }),
      { numRuns: 40 },
    );
  });
});
