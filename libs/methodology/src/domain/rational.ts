import Decimal from 'decimal.js';

/**
 * decimal.js as the rest of the codebase uses it (money and quantities in services), for
 * handing values in and out of the engine: 40 significant digits, half-even. A clone, so the
 * global Decimal configuration other libs rely on is untouched.
 */
export const EngineDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 });

/** Significant digits shown for a value whose exact decimal expansion is longer. */
export const DISPLAY_SIGNIFICANT_DIGITS = 40;

const DECIMAL_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d{1,4})?$/;
const DECIMAL_PARTS = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
const MAX_LITERAL_LENGTH = 200;

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // Most operands in practice are small: Euclid on doubles is exact below 2^53 and much faster.
  if (a <= SAFE && b <= SAFE) {
    let x = Number(a);
    let y = Number(b);
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return BigInt(x);
  }
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/**
 * An exact rational number over BigInt, always reduced with a positive denominator.
 *
 * Why not Decimal arithmetic at 40 digits: the CO2/C ratio 44/12 and any division by a
 * count of years do not terminate in base 10, so a rounded intermediate can turn an exact
 * 44 tCO2e into 43.999…9 and the final round-down would withhold a whole credit. Exact
 * rationals make results independent of evaluation order and precision. Values go in as
 * decimal strings (or decimal.js Decimals) and come out as decimal strings.
 */
export class Rational {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  static of(num: bigint, den = 1n): Rational {
    if (den === 0n) throw new RangeError('Rational with a zero denominator');
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    if (den === 1n) return new Rational(num, 1n);
    const g = gcd(num, den);
    return g === 1n ? new Rational(num, den) : new Rational(num / g, den / g);
  }

  static fromInteger(value: number): Rational {
    if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not a safe integer`);
    return new Rational(BigInt(value), 1n);
  }

  /** True when `text` is a plain decimal literal this class reads (`-1.5`, `2e-3`, `.5`). */
  static isDecimal(text: string): boolean {
    return text.length <= MAX_LITERAL_LENGTH && DECIMAL_PATTERN.test(text);
  }

  /** Reads a decimal string exactly: `0.1` is 1/10, never the binary float nearest it. */
  static parseDecimal(text: string): Rational {
    const trimmed = text.trim();
    const match = Rational.isDecimal(trimmed) ? DECIMAL_PARTS.exec(trimmed) : null;
    if (!match) throw new SyntaxError(`not a decimal number: ${JSON.stringify(text)}`);
    const [, sign, whole, fraction = '', exponent = '0'] = match;
    const digits = BigInt((whole || '0') + fraction) * (sign === '-' ? -1n : 1n);
    const shift = Number(exponent) - fraction.length;
    return shift >= 0 ? new Rational(digits * 10n ** BigInt(shift), 1n) : Rational.of(digits, 10n ** BigInt(-shift));
  }

  /** From the Decimal the rest of the codebase computes with (finite values only). */
  static fromDecimal(value: Decimal.Value): Rational {
    const decimal = new EngineDecimal(value);
    if (!decimal.isFinite()) throw new RangeError(`${decimal.toString()} is not a finite number`);
    return Rational.parseDecimal(decimal.toExponential());
  }

  /** To a Decimal at the engine's 40-digit precision (rounded half-even when inexact). */
  toDecimal(): Decimal {
    return new EngineDecimal(this.num.toString()).div(this.den.toString());
  }

  /** Reads a decimal or a ratio of two decimals (`44/12`), as constants are written. */
  static parse(text: string): Rational {
    const slash = text.indexOf('/');
    if (slash < 0) return Rational.parseDecimal(text);
    const den = Rational.parseDecimal(text.slice(slash + 1));
    if (den.isZero()) throw new SyntaxError(`zero denominator in ${JSON.stringify(text)}`);
    return Rational.parseDecimal(text.slice(0, slash)).div(den);
  }

  /**
   * Knuth's addition (TAOCP 4.5.1): with g = gcd(b, d), a/b + c/d reduces only by a common
   * factor of g, so the gcd runs on the small g instead of the full product, and not at all when
   * the denominators are coprime (an integer and a fraction, 44/12 and a decimal). Exact results
   * are the same reduced fraction as before (properties.spec.ts compares against plain reduction).
   */
  add(other: Rational): Rational {
    if (other.num === 0n) return this;
    if (this.num === 0n) return other;
    const b = this.den;
    const d = other.den;
    if (b === 1n) return new Rational(this.num * d + other.num, d);
    if (d === 1n) return new Rational(this.num + other.num * b, b);
    if (b === d) return Rational.of(this.num + other.num, b);
    const g = gcd(b, d);
    if (g === 1n) return new Rational(this.num * d + other.num * b, b * d);
    const t = this.num * (d / g) + other.num * (b / g);
    if (t === 0n) return Rational.ZERO;
    const g2 = gcd(t, g);
    return g2 === 1n ? new Rational(t, (b / g) * d) : new Rational(t / g2, (b / g) * (d / g2));
  }

  sub(other: Rational): Rational {
    return this.add(other.neg());
  }

  mul(other: Rational): Rational {
    if (this.num === 0n || other.num === 0n) return Rational.ZERO;
    if (this.den === 1n && other.den === 1n) return new Rational(this.num * other.num, 1n);
    // Cross-reduce first so the products stay small; an integer side has nothing to cancel.
    const g1 = other.den === 1n ? 1n : gcd(this.num, other.den);
    const g2 = this.den === 1n ? 1n : gcd(other.num, this.den);
    return new Rational((this.num / g1) * (other.num / g2), (this.den / g2) * (other.den / g1));
  }

  /** Throws RangeError on a zero divisor; callers turn it into a located engine error. */
  div(other: Rational): Rational {
    if (other.num === 0n) throw new RangeError('division by zero');
    // The reciprocal of a reduced fraction is reduced: multiplying cross-reduces smaller operands.
    return this.mul(other.num < 0n ? new Rational(-other.den, -other.num) : new Rational(other.den, other.num));
  }

  neg(): Rational {
    return new Rational(-this.num, this.den);
  }

  /** Integer powers only: a fractional exponent would leave the rationals. */
  pow(exponent: bigint): Rational {
    if (exponent < 0n) {
      if (this.num === 0n) throw new RangeError('division by zero');
      return Rational.of(this.den ** -exponent, this.num ** -exponent);
    }
    return new Rational(this.num ** exponent, this.den ** exponent);
  }

  cmp(other: Rational): -1 | 0 | 1 {
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  eq(other: Rational): boolean {
    return this.num === other.num && this.den === other.den;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  isInteger(): boolean {
    return this.den === 1n;
  }

  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }

  /** Rounds toward negative infinity. */
  floor(): bigint {
    const q = this.num / this.den; // truncates toward zero
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }

  /** `n/d`, or `n` for an integer: the exact value, for audit trails and tests. */
  toFractionString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  /** True when the value has a finite decimal expansion (denominator 2^a·5^b). */
  terminates(): boolean {
    let d = this.den;
    while (d % 2n === 0n) d /= 2n;
    while (d % 5n === 0n) d /= 5n;
    return d === 1n;
  }

  /**
   * Plain decimal notation (never exponent form): the exact value when it has at most
   * `significant` significant digits, otherwise rounded half-even to that many.
   */
  toDecimalString(significant = DISPLAY_SIGNIFICANT_DIGITS): string {
    if (this.num === 0n) return '0';
    const negative = this.num < 0n;
    const a = negative ? -this.num : this.num;
    const d = this.den;
    const aDigits = a.toString().length;
    if (d === 1n && aDigits <= significant) return this.num.toString();
    // e = floor(log10(a / d)), from the digit counts and one comparison.
    let e = aDigits - d.toString().length;
    if (e >= 0 ? a < d * pow10(e) : a * pow10(-e) < d) e -= 1;
    const k = significant - 1 - e; // scale so the integer part has `significant` digits
    const scaledNum = k >= 0 ? a * pow10(k) : a;
    const scaledDen = k >= 0 ? d : d * pow10(-k);
    let q = scaledNum / scaledDen;
    const twiceRemainder = (scaledNum % scaledDen) * 2n;
    if (twiceRemainder > scaledDen || (twiceRemainder === scaledDen && q % 2n === 1n)) q += 1n;
    return (negative ? '-' : '') + shiftDecimal(q, k);
  }

  toString(): string {
    return this.toDecimalString();
  }
}

const POWERS_OF_TEN: bigint[] = [1n];

function pow10(n: number): bigint {
  if (n > 400) return 10n ** BigInt(n);
  for (let i = POWERS_OF_TEN.length; i <= n; i += 1) POWERS_OF_TEN.push(POWERS_OF_TEN[i - 1] * 10n);
  return POWERS_OF_TEN[n];
}

/** `q × 10^-k` in plain notation without trailing fractional zeros. */
function shiftDecimal(q: bigint, k: number): string {
  const digits = q.toString();
  if (k <= 0) return digits + '0'.repeat(-k);
  const padded = digits.padStart(k + 1, '0');
  const whole = padded.slice(0, padded.length - k);
  const fraction = padded.slice(padded.length - k).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}
