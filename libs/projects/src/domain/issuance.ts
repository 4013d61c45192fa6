import Decimal from 'decimal.js';

/**
 * The formula whose yearly value the methodology holds back as a non-permanence buffer (the
 * seeded mangrove versions call it so; its creditable formula already subtracts it).
 */
export const BUFFER_FORMULA = 'buffer_contribution';

/** What the calculator said about one year, as issuance needs it. */
export interface YearOfResult {
  year: number;
  /** Creditable tCO2e of the year, exact decimal text (the methodology's net of buffer). */
  creditable: string;
  /** The buffer formula's value of the year, when the methodology has one. */
  buffer: string | null;
}

export interface Vintage {
  vintage: number;
  /** Whole tonnes issued: the net creditable tonnes plus the buffer's. */
  issuedTonnes: number;
  /** Of those, held back in the buffer: never sold. */
  bufferTonnes: number;
}

/**
 * Vintages of the years `from`..`to`: each rounded down to whole tonnes on its own, negative
 * years issue nothing, and a year with no tonne at all is left out.
 */
export function vintagesOf(years: readonly YearOfResult[], from: number, to: number): Vintage[] {
  return years
    .filter((year) => year.year >= from && year.year <= to)
    .map((year) => {
      const net = Decimal.max(0, new Decimal(year.creditable).floor()).toNumber();
      const buffer = year.buffer === null ? 0 : Decimal.max(0, new Decimal(year.buffer).floor()).toNumber();
      return { vintage: year.year, issuedTonnes: net + buffer, bufferTonnes: buffer };
    })
    .filter((vintage) => vintage.issuedTonnes > 0);
}

/** What the calculator's monitoring-period answer said about a period, as issuance needs it. */
export interface PeriodOfResult {
  /** Creditable tonnes of the period (net of the buffer): the exact sum of its years rounded down once. */
  wholeTonnes: string;
  /** The buffer over the period, exact decimal text; null when the methodology declares none. */
  buffer: string | null;
  /** The period's years: their exact creditable and buffer values share the period's tonnes out. */
  years: readonly YearOfResult[];
}

/**
 * Vintages of a monitoring period: the period issues what the calculator says it may (its
 * creditable tonnes rounded down once, plus its buffer rounded down once), and each year
 * takes a share in proportion to its own exact value, by largest remainder, so the vintages
 * add up to the period's tonnes exactly. A year with a net loss takes no share.
 */
export function vintagesOfPeriod(period: PeriodOfResult): Vintage[] {
  const net = apportion(
    Decimal.max(0, new Decimal(period.wholeTonnes).floor()).toNumber(),
    period.years.map((year) => year.creditable),
  );
  const bufferTotal = period.buffer === null ? 0 : Decimal.max(0, new Decimal(period.buffer).floor()).toNumber();
  const buffer = apportion(
    bufferTotal,
    period.years.map((year) => year.buffer ?? '0'),
  );
  return period.years
    .map((year, i) => ({ vintage: year.year, issuedTonnes: (net[i] ?? 0) + (buffer[i] ?? 0), bufferTonnes: buffer[i] ?? 0 }))
    .filter((vintage) => vintage.issuedTonnes > 0);
}

/**
 * Whole units of `total` shared in proportion to the weights (negative weights count as
 * zero): each takes the floor of its exact quota, and the units left go one each to the
 * largest remainders (the earlier on a tie). Exact with decimal.js.
 */
export function apportion(total: number, weights: readonly string[]): number[] {
  const positive = weights.map((weight) => Decimal.max(0, new Decimal(weight)));
  const sum = positive.reduce((a, b) => a.plus(b), new Decimal(0));
  if (total <= 0 || sum.isZero()) return weights.map(() => 0);
  const quotas = positive.map((weight) => weight.times(total).dividedBy(sum));
  const shares = quotas.map((quota) => quota.floor().toNumber());
  const left = total - shares.reduce((a, b) => a + b, 0);
  const order = quotas.map((quota, i) => ({ i, remainder: quota.minus(quota.floor()) })).sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  for (const { i } of order.slice(0, left)) shares[i] = (shares[i] ?? 0) + 1;
  return shares;
}

/** Consecutive serial ranges from the project's next serial: every tonne gets its own number. */
export function serialRanges(nextSerial: number, vintages: readonly Vintage[]): { vintage: Vintage; first: number; last: number }[] {
  let next = nextSerial;
  return vintages.map((vintage) => {
    const range = { vintage, first: next, last: next + vintage.issuedTonnes - 1 };
    next = range.last + 1;
    return range;
  });
}

/** The part of a project's serials before the vintage: the portal, the city, the project. */
export function serialPrefix(jurisdictionCode: string, projectId: string): string {
  return `BCP-${jurisdictionCode}-${projectId.slice(0, 8).toUpperCase()}`;
}

/** `BCP-CN-GD-ENPING-1A2B3C4D-2025-000000001`: the portal, the city, the project, the vintage, the tonne. */
export function serialNumber(prefix: string, vintage: number, serial: number): string {
  return `${prefix}-${vintage}-${String(serial).padStart(9, '0')}`;
}
