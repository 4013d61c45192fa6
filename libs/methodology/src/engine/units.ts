import { MethodologyError, MethodologyErrorCode } from './errors';
import { Rational } from './rational';

/**
 * Base dimensions. Carbon, CO2-equivalent and dry matter are separate dimensions on
 * purpose: converting between them needs a declared factor (44/12 tCO2e/tC, a carbon
 * fraction in tC/t_dm), so forgetting one is a unit error, not a silent wrong number.
 * Currencies are separate dimensions too: there is no fixed exchange rate.
 */
export const BASE_DIMENSIONS = ['area', 'carbon', 'co2e', 'dry_matter', 'time', 'CNY', 'USD', 'BRL', 'EUR'] as const;
export type BaseDimension = (typeof BASE_DIMENSIONS)[number];

/** The symbol each base dimension is written with in canonical unit strings. */
const BASE_SYMBOL: Record<BaseDimension, string> = {
  area: 'ha',
  carbon: 'tC',
  co2e: 'tCO2e',
  dry_matter: 't_dm',
  time: 'yr',
  CNY: 'CNY',
  USD: 'USD',
  BRL: 'BRL',
  EUR: 'EUR',
};

/**
 * A unit: an exponent per base dimension and the factor that takes a value in this unit to
 * the coherent base unit (ha, tC, tCO2e, t_dm, yr, one currency unit). `%` is the
 * dimensionless unit with scale 1/100; `m2` is area with scale 1/10000.
 */
export interface Unit {
  readonly exponents: readonly number[];
  readonly scale: Rational;
}

const DIMENSION_COUNT = BASE_DIMENSIONS.length;
const NO_EXPONENTS: readonly number[] = Object.freeze(new Array<number>(DIMENSION_COUNT).fill(0));

export const DIMENSIONLESS: Unit = { exponents: NO_EXPONENTS, scale: Rational.ONE };

function baseUnit(dimension: BaseDimension, scale: Rational = Rational.ONE): Unit {
  const exponents = [...NO_EXPONENTS];
  exponents[BASE_DIMENSIONS.indexOf(dimension)] = 1;
  return { exponents, scale };
}

const ratio = (num: bigint, den: bigint) => Rational.of(num, den);

/** Known symbols. Mg (megagram) and t are the same mass. */
export const UNIT_SYMBOLS: Readonly<Record<string, Unit>> = {
  ha: baseUnit('area'),
  m2: baseUnit('area', ratio(1n, 10_000n)),
  km2: baseUnit('area', ratio(100n, 1n)),
  tC: baseUnit('carbon'),
  MgC: baseUnit('carbon'),
  kgC: baseUnit('carbon', ratio(1n, 1000n)),
  tCO2e: baseUnit('co2e'),
  MgCO2e: baseUnit('co2e'),
  kgCO2e: baseUnit('co2e', ratio(1n, 1000n)),
  tCO2: baseUnit('co2e'), // CO2 is its own equivalent (GWP 1)
  t_dm: baseUnit('dry_matter'),
  Mg_dm: baseUnit('dry_matter'),
  kg_dm: baseUnit('dry_matter', ratio(1n, 1000n)),
  yr: baseUnit('time'),
  month: baseUnit('time', ratio(1n, 12n)),
  CNY: baseUnit('CNY'),
  USD: baseUnit('USD'),
  BRL: baseUnit('BRL'),
  EUR: baseUnit('EUR'),
  '%': { exponents: NO_EXPONENTS, scale: ratio(1n, 100n) },
  '1': DIMENSIONLESS,
  dimensionless: DIMENSIONLESS,
};

/** Symbols refused with a hint rather than guessed at. */
const AMBIGUOUS: Readonly<Record<string, string>> = {
  t: 'a bare "t" could be dry matter, carbon or CO2e: write t_dm, tC or tCO2e',
  Mg: 'a bare "Mg" could be dry matter, carbon or CO2e: write Mg_dm, MgC or MgCO2e',
  kg: 'a bare "kg" could be dry matter, carbon or CO2e: write kg_dm, kgC or kgCO2e',
  C: 'write tC for tonnes of carbon',
  CO2e: 'write tCO2e for tonnes of CO2 equivalent',
};

export function multiplyUnits(a: Unit, b: Unit): Unit {
  return { exponents: a.exponents.map((e, i) => e + b.exponents[i]), scale: a.scale.mul(b.scale) };
}

export function divideUnits(a: Unit, b: Unit): Unit {
  return { exponents: a.exponents.map((e, i) => e - b.exponents[i]), scale: a.scale.div(b.scale) };
}

export function powerUnit(a: Unit, n: number): Unit {
  return { exponents: a.exponents.map((e) => e * n), scale: a.scale.pow(BigInt(n)) };
}

/** Same dimensions (values may still differ by scale, as % and 1 do). */
export function sameDimensions(a: Unit, b: Unit): boolean {
  return a.exponents.every((e, i) => e === b.exponents[i]);
}

export function isDimensionless(a: Unit): boolean {
  return a.exponents.every((e) => e === 0);
}

export function sameUnit(a: Unit, b: Unit): boolean {
  return sameDimensions(a, b) && a.scale.eq(b.scale);
}

/**
 * The canonical spelling of a unit's dimensions in base symbols: `tC/ha/yr`, `1/yr`,
 * `tCO2e/tC`, `1` for dimensionless. Scale is not shown (formulas compute in base units).
 */
export function formatDimensions(unit: Unit): string {
  const numerator: string[] = [];
  const denominator: string[] = [];
  unit.exponents.forEach((e, i) => {
    const symbol = BASE_SYMBOL[BASE_DIMENSIONS[i]];
    if (e > 0) numerator.push(e === 1 ? symbol : `${symbol}^${e}`);
    if (e < 0) denominator.push(e === -1 ? symbol : `${symbol}^${-e}`);
  });
  const head = numerator.length ? numerator.join('*') : '1';
  return [head, ...denominator].join('/');
}

/**
 * Reads a unit: symbols joined by `*` or `/` (left to right, so `tC/ha/yr` is tC·ha⁻¹·yr⁻¹),
 * integer powers with `^`, parentheses, `1` for dimensionless. An empty string is
 * dimensionless.
 */
export function parseUnit(text: string): Unit {
  const cached = PARSED.get(text);
  if (cached) return cached;
  const unit = new UnitParser(text).parse();
  // Versions use a few dozen unit texts; the bound keeps arbitrary request text from growing it.
  if (PARSED.size < 1000) PARSED.set(text, { exponents: Object.freeze([...unit.exponents]), scale: unit.scale });
  return unit;
}

const PARSED = new Map<string, Unit>();

/** Every unit a text names resolves; returns the error instead of throwing. */
export function tryParseUnit(text: string): Unit | MethodologyError {
  try {
    return parseUnit(text);
  } catch (error) {
    if (error instanceof MethodologyError) return error;
    throw error;
  }
}

class UnitParser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parse(): Unit {
    this.skipSpace();
    if (this.pos === this.text.length) return DIMENSIONLESS;
    const unit = this.product();
    this.skipSpace();
    if (this.pos < this.text.length) this.fail(`unexpected "${this.text[this.pos]}"`);
    return unit;
  }

  private product(): Unit {
    let unit = this.power();
    for (;;) {
      this.skipSpace();
      const op = this.text[this.pos];
      if (op !== '*' && op !== '/' && op !== '·') return unit;
      this.pos += 1;
      const right = this.power();
      unit = op === '/' ? divideUnits(unit, right) : multiplyUnits(unit, right);
    }
  }

  private power(): Unit {
    const base = this.atom();
    this.skipSpace();
    if (this.text[this.pos] !== '^') return base;
    this.pos += 1;
    this.skipSpace();
    const match = /^-?\d{1,2}/.exec(this.text.slice(this.pos));
    if (!match) this.fail('an integer exponent must follow "^"');
    this.pos += match[0].length;
    return powerUnit(base, Number(match[0]));
  }

  private atom(): Unit {
    this.skipSpace();
    if (this.text[this.pos] === '(') {
      this.pos += 1;
      const inner = this.product();
      this.skipSpace();
      if (this.text[this.pos] !== ')') this.fail('missing ")"');
      this.pos += 1;
      return inner;
    }
    const match = /^(?:%|[A-Za-z_][A-Za-z0-9_]*|1)/.exec(this.text.slice(this.pos));
    if (!match) this.fail(this.pos < this.text.length ? `unexpected "${this.text[this.pos]}"` : 'a unit symbol is missing');
    const symbol = match[0];
    const start = this.pos;
    this.pos += symbol.length;
    const unit = Object.prototype.hasOwnProperty.call(UNIT_SYMBOLS, symbol) ? UNIT_SYMBOLS[symbol] : undefined;
    if (unit) return unit;
    if (Object.prototype.hasOwnProperty.call(AMBIGUOUS, symbol)) {
      throw new MethodologyError(MethodologyErrorCode.UnitAmbiguous, `unit "${this.text}": ${AMBIGUOUS[symbol]}`, { position: start }, { unit: this.text, symbol });
    }
    throw new MethodologyError(MethodologyErrorCode.UnitUnknown, `unit "${this.text}": unknown symbol "${symbol}" at ${start}`, { position: start }, { unit: this.text, symbol });
  }

  private skipSpace(): void {
    while (this.text[this.pos] === ' ') this.pos += 1;
  }

  private fail(reason: string): never {
    throw new MethodologyError(MethodologyErrorCode.UnitSyntax, `unit "${this.text}": ${reason} at ${this.pos}`, { position: this.pos }, { unit: this.text });
  }
}
