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

/** Consecutive serial ranges from the project's next serial: every tonne gets its own number. */
export function serialRanges(nextSerial: number, vintages: readonly Vintage[]): { vintage: Vintage; first: number; last: number }[] {
  let next = nextSerial;
  return vintages.map((vintage) => {
    const range = { vintage, first: next, last: next + vintage.issuedTonnes - 1 };
    next = range.last + 1;
    return range;
  });
}

/** `BCP-CN-GD-ENPING-1A2B3C4D-2025-000000001`: the portal, the city, the project, the vintage, the tonne. */
export function serialNumber(prefix: string, vintage: number, serial: number): string {
  return `${prefix}-${vintage}-${String(serial).padStart(9, '0')}`;
}
