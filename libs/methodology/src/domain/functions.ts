import Decimal from 'decimal.js';
import { MAX_VALUE_DIGITS } from './budget';
import type { MathFunction } from './expression';
import { Rational } from './rational';

/**
 * Significant digits of every sqrt, exp and ln result. Their values are irrational in general,
 * so no exact rational exists: each is computed with decimal.js at this precision plus guard
 * digits and rounded once, half-even; the value is then exact arithmetic again, and every
 * formula whose value went through one is reported as inexact (validate.ts, calculate.ts).
 */
export const INEXACT_SIGNIFICANT_DIGITS = 40;

const Work = Decimal.clone({ precision: INEXACT_SIGNIFICANT_DIGITS + 10, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });

/**
 * exp(x) beyond this magnitude has more digits than one value may hold (e^46052 ≈ 10^20000);
 * refusing before decimal.js starts keeps a hostile argument from costing time.
 */
const MAX_EXP_ARGUMENT = Math.floor(MAX_VALUE_DIGITS * Math.LN10) - 100;

/** Why a function cannot take a value; the compiler turns it into a located fault. */
export type FunctionRefusal = 'negative' | 'not-positive' | 'too-large';

function toWork(value: Rational): Decimal {
  return new Work(value.num.toString()).div(value.den.toString());
}

function fromWork(value: Decimal): Rational {
  return Rational.parseDecimal(value.toSignificantDigits(INEXACT_SIGNIFICANT_DIGITS, Decimal.ROUND_HALF_EVEN).toExponential());
}

/** Rounds half away from zero at `digits` decimals (negative: tens, hundreds, …), as spreadsheets do. */
function roundAt(value: Rational, digits: number): Rational {
  const scale = Rational.of(10n).pow(BigInt(digits));
  const scaled = value.mul(scale);
  const magnitude = scaled.sign() < 0 ? scaled.neg() : scaled;
  const whole = magnitude.add(Rational.of(1n, 2n)).floor();
  return Rational.of(scaled.sign() < 0 ? -whole : whole).div(scale);
}

/**
 * Irrational results by argument: decimal.js takes about a millisecond for one exp or ln at this
 * precision, and a method mostly applies them to the same few values (`exp(-k * dt)` is one
 * number for every stratum and year). Bounded, and cleared when full.
 */
const RESULTS = new Map<string, Rational>();
const MAX_CACHED_RESULTS = 4096;

function cached(fn: 'sqrt' | 'exp' | 'ln', value: Rational, compute: () => Decimal): Rational {
  const key = `${fn}:${value.num}/${value.den}`;
  const known = RESULTS.get(key);
  if (known) return known;
  const result = fromWork(compute());
  if (RESULTS.size >= MAX_CACHED_RESULTS) RESULTS.clear();
  RESULTS.set(key, result);
  return result;
}

/** The function's value, or why it has none. `digits` is round()'s second argument. */
export function applyFunction(fn: MathFunction, value: Rational, digits = 0): Rational | FunctionRefusal {
  switch (fn) {
    case 'abs':
      return value.sign() < 0 ? value.neg() : value;
    case 'floor':
      return Rational.of(value.floor());
    case 'ceil':
      return Rational.of(-value.neg().floor());
    case 'round':
      return roundAt(value, digits);
    case 'sqrt':
      if (value.sign() < 0) return 'negative';
      return value.isZero() ? Rational.ZERO : cached('sqrt', value, () => toWork(value).sqrt());
    case 'ln':
      if (value.sign() <= 0) return 'not-positive';
      return value.eq(Rational.ONE) ? Rational.ZERO : cached('ln', value, () => toWork(value).ln());
    case 'exp':
      if (value.isZero()) return Rational.ONE;
      if (value.cmp(Rational.fromInteger(MAX_EXP_ARGUMENT)) > 0 || value.cmp(Rational.fromInteger(-MAX_EXP_ARGUMENT)) < 0) return 'too-large';
      return cached('exp', value, () => toWork(value).exp());
  }
}
