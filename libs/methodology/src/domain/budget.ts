import type { Rational } from './rational';

/**
 * The digit budget: a value whose numerator or denominator has more digits than this is a
 * runaway formula, not a carbon quantity. Exact products grow without bound (a formula that
 * multiplied 1,000 powers of ten held the event loop for 13 s), so every arithmetic result is
 * checked; one BigInt comparison against a fixed power of ten costs next to nothing.
 */
export const MAX_VALUE_DIGITS = 20_000;

/** Exponents are whole numbers within ±1000: beyond, a power is a runaway, not a growth rate. */
export const MAX_EXPONENT = 1000;

/** Years of one crediting period, and strata of one project, a calculation takes. */
export const MAX_CREDITING_YEARS = 200;
export const MAX_STRATA = 10_000;

const DIGIT_LIMIT = 10n ** BigInt(MAX_VALUE_DIGITS);
const NEGATIVE_DIGIT_LIMIT = -DIGIT_LIMIT;

export function withinDigitBudget(value: Rational): boolean {
  return value.num <= DIGIT_LIMIT && value.num >= NEGATIVE_DIGIT_LIMIT && value.den <= DIGIT_LIMIT;
}

/** Values beyond this size make one arithmetic step cost up to half a second (the gcd of two big denominators). */
const COSTLY = 10n ** 300n;

let deadline: number | undefined;
let steps = 0;

/**
 * Runs one formula's evaluation with the calculation's deadline (`Date.now()` value) in force
 * for each of its arithmetic steps: a single formula that adds a few hundred fractions with
 * new denominators takes seconds, and checking only between evaluations let it run to the
 * pool's backstop (a 503 after minutes of a held thread) instead of its time budget (422).
 */
export function evaluateBy<T>(at: number | undefined, evaluate: () => T): T {
  const outer = deadline;
  deadline = at;
  try {
    return evaluate();
  } finally {
    deadline = outer;
  }
}

/** Reads the clock every 64 steps, and after every step on a value big enough to have been costly. */
export function pastDeadline(value: Rational): boolean {
  if (deadline === undefined) return false;
  steps += 1;
  const costly = value.den > COSTLY || value.num > COSTLY || value.num < -COSTLY;
  return ((steps & 63) === 0 || costly) && Date.now() > deadline;
}
