import { type EngineMessage, MethodologyError, MethodologyErrorCode, msg } from './errors';
import { Rational } from './rational';

/**
 * Base dimensions. Carbon, CO2-equivalent, methane, nitrous oxide and dry matter are separate
 * dimensions on purpose: converting between them needs a declared factor (44/12 tCO2e/tC, a
 * carbon fraction in tC/t_dm, a global warming potential in tCO2e/tCH4), so forgetting one is
 * a unit error, not a silent wrong number. Currencies are separate dimensions too: there is
 * no fixed exchange rate. Area is length squared, so that a soil depth times a bulk density
 * times an area is a mass.
 */
export const BASE_DIMENSIONS = ['length', 'carbon', 'co2e', 'dry_matter', 'time', 'CNY', 'USD', 'BRL', 'EUR', 'ch4', 'n2o'] as const;
export type BaseDimension = (typeof BASE_DIMENSIONS)[number];

/**
 * The symbol each base dimension is written with in canonical unit strings. The base length
 * is the hectometre (100 m), so that its square is the hectare; even powers of length are
 * written in ha (`tC/ha`, `ha^2`), odd ones in hm.
 */
const BASE_SYMBOL: Record<BaseDimension, string> = {
  length: 'hm',
  carbon: 'tC',
  co2e: 'tCO2e',
  dry_matter: 't_dm',
  time: 'yr',
  CNY: 'CNY',
  USD: 'USD',
  BRL: 'BRL',
  EUR: 'EUR',
  ch4: 'tCH4',
  n2o: 'tN2O',
};

/**
 * A unit: an exponent per base dimension and the factor that takes a value in this unit to
 * the coherent base unit (hm and ha, tC, tCO2e, tCH4, tN2O, t_dm, yr, one currency unit). `%`
 * is the dimensionless unit with scale 1/100; `m2` is area with scale 1/10000.
 */
export interface Unit {
  readonly exponents: readonly number[];
  readonly scale: Rational;
}

const DIMENSION_COUNT = BASE_DIMENSIONS.length;
const NO_EXPONENTS: readonly number[] = Object.freeze(new Array<number>(DIMENSION_COUNT).fill(0));

export const DIMENSIONLESS: Unit = { exponents: NO_EXPONENTS, scale: Rational.ONE };

function baseUnit(dimension: BaseDimension, scale: Rational = Rational.ONE, power = 1): Unit {
  const exponents = [...NO_EXPONENTS];
  exponents[BASE_DIMENSIONS.indexOf(dimension)] = power;
  return { exponents, scale };
}

const ratio = (num: bigint, den: bigint) => Rational.of(num, den);
const HM = 'length';

/** Known symbols. Mg (megagram) and t are the same mass. */
export const UNIT_SYMBOLS: Readonly<Record<string, Unit>> = {
  ha: baseUnit(HM, Rational.ONE, 2),
  m2: baseUnit(HM, ratio(1n, 10_000n), 2),
  km2: baseUnit(HM, ratio(100n, 1n), 2),
  hm: baseUnit(HM),
  km: baseUnit(HM, ratio(10n, 1n)),
  m: baseUnit(HM, ratio(1n, 100n)),
  cm: baseUnit(HM, ratio(1n, 10_000n)),
  mm: baseUnit(HM, ratio(1n, 100_000n)),
  m3: baseUnit(HM, ratio(1n, 1_000_000n), 3),
  cm3: baseUnit(HM, ratio(1n, 10n ** 12n), 3),
  tC: baseUnit('carbon'),
  MgC: baseUnit('carbon'),
  kgC: baseUnit('carbon', ratio(1n, 1000n)),
  gC: baseUnit('carbon', ratio(1n, 1_000_000n)),
  tCO2e: baseUnit('co2e'),
  MgCO2e: baseUnit('co2e'),
  kgCO2e: baseUnit('co2e', ratio(1n, 1000n)),
  tCO2: baseUnit('co2e'), // CO2 is its own equivalent (GWP 1)
  tCH4: baseUnit('ch4'),
  MgCH4: baseUnit('ch4'),
  kgCH4: baseUnit('ch4', ratio(1n, 1000n)),
  tN2O: baseUnit('n2o'),
  MgN2O: baseUnit('n2o'),
  kgN2O: baseUnit('n2o', ratio(1n, 1000n)),
  t_dm: baseUnit('dry_matter'),
  Mg_dm: baseUnit('dry_matter'),
  kg_dm: baseUnit('dry_matter', ratio(1n, 1000n)),
  g_dm: baseUnit('dry_matter', ratio(1n, 1_000_000n)),
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

/**
 * A bare mass directly over a volume is a soil bulk density, dry matter per volume, as soil
 * surveys write it: `g/cm3`, `Mg/m3`. Anywhere else a bare mass stays ambiguous.
 */
const DENSITY_MASSES: Readonly<Record<string, string>> = { g: 'g_dm', kg: 'kg_dm', Mg: 'Mg_dm', t: 't_dm' };
const OVER_VOLUME = /^\s*\/\s*(?:cm3|m3)(?![A-Za-z0-9_])/;

/** Symbols refused with a hint rather than guessed at: the hint's message key (`unit.ambiguous.*`). */
const AMBIGUOUS: Readonly<Record<string, string>> = { t: 't', Mg: 'Mg', kg: 'kg', g: 'g', C: 'C', CO2e: 'CO2e' };

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
  unit.exponents.forEach((exponent, i) => {
    const dimension = BASE_DIMENSIONS[i];
    const asArea = dimension === 'length' && exponent % 2 === 0;
    const symbol = asArea ? 'ha' : BASE_SYMBOL[dimension];
    const e = asArea ? exponent / 2 : exponent;
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
    if (this.pos < this.text.length) this.fail(msg('unit.unexpected', { character: this.text[this.pos] }));
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
    if (!match) this.fail(msg('unit.exponentMissing'));
    this.pos += match[0].length;
    return powerUnit(base, Number(match[0]));
  }

  private atom(): Unit {
    this.skipSpace();
    if (this.text[this.pos] === '(') {
      this.pos += 1;
      const inner = this.product();
      this.skipSpace();
      if (this.text[this.pos] !== ')') this.fail(msg('unit.missingParenthesis'));
      this.pos += 1;
      return inner;
    }
    const match = /^(?:%|[A-Za-z_][A-Za-z0-9_]*|1)/.exec(this.text.slice(this.pos));
    if (!match) this.fail(this.pos < this.text.length ? msg('unit.unexpected', { character: this.text[this.pos] }) : msg('unit.symbolMissing'));
    const symbol = match[0];
    const start = this.pos;
    this.pos += symbol.length;
    const unit = Object.prototype.hasOwnProperty.call(UNIT_SYMBOLS, symbol) ? UNIT_SYMBOLS[symbol] : undefined;
    if (unit) return unit;
    if (Object.prototype.hasOwnProperty.call(DENSITY_MASSES, symbol) && OVER_VOLUME.test(this.text.slice(this.pos)))
      return UNIT_SYMBOLS[DENSITY_MASSES[symbol]];
    if (Object.prototype.hasOwnProperty.call(AMBIGUOUS, symbol)) {
      throw new MethodologyError(
        MethodologyErrorCode.UnitAmbiguous,
        msg('unitAmbiguous', { unit: this.text, hint: msg(`unit.ambiguous.${AMBIGUOUS[symbol]}`) }),
        { position: start },
        { unit: this.text, symbol },
      );
    }
    throw new MethodologyError(
      MethodologyErrorCode.UnitUnknown,
      msg('unitUnknown', { unit: this.text, symbol, position: start }),
      { position: start },
      { unit: this.text, symbol },
    );
  }

  private skipSpace(): void {
    while (this.text[this.pos] === ' ') this.pos += 1;
  }

  private fail(reason: EngineMessage): never {
    throw new MethodologyError(
      MethodologyErrorCode.UnitSyntax,
      msg('unitSyntax', { unit: this.text, reason, position: this.pos }),
      { position: this.pos },
      { unit: this.text },
    );
  }
}
