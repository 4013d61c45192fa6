import { Rational } from './rational';

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
