import Decimal from 'decimal.js';

/** ISO 4217 codes the runtime knows (Intl's list: current codes, no funds or test codes). */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function isCurrency(code: string): boolean {
  return CURRENCIES.has(code);
}

/** One vintage's account: issued, held back, sold (retired tonnes are sold tonnes too). */
export interface VintageAccount {
  vintage: number;
  issued: number;
  buffer: number;
  sold: number;
  retired: number;
}

/** What may still be sold: issued minus the buffer minus what was sold. Never below zero. */
export function availableTonnes(account: Pick<VintageAccount, 'issued' | 'buffer' | 'sold'>): number {
  return Math.max(0, account.issued - account.buffer - account.sold);
}

/** Where a vintage's saleable serials stand: one issuance's range up to its buffer, and the next serial not sold. */
export interface SerialStock {
  prefix: string;
  /** The next serial no sale took yet. */
  next: number;
  /** The last saleable serial: the buffer keeps the issuance's last serials. */
  lastSaleable: number;
}

/**
 * The contiguous range a sale of `tonnes` takes: the first issuance of the vintage with room
 * for all of it, from its next unsold serial. Sales are never undone, so ranges only move up
 * and no serial is taken twice. Null when no single issuance has the room.
 */
export function saleSerials(stocks: readonly SerialStock[], tonnes: number): { prefix: string; first: number; last: number } | null {
  const stock = stocks.find((candidate) => candidate.lastSaleable - candidate.next + 1 >= tonnes);
  return stock ? { prefix: stock.prefix, first: stock.next, last: stock.next + tonnes - 1 } : null;
}

/** Exact money: price × tonnes, in the sale's currency (decimal.js, never binary floating point). */
export function saleTotal(unitPrice: string, tonnes: number): string {
  return new Decimal(unitPrice).times(tonnes).toFixed();
}

/** A price in US dollars at a rate of `usdPerUnit` dollars per unit of the currency, to the cent. */
export function inUsd(amount: string, usdPerUnit: string): string {
  return new Decimal(amount).times(usdPerUnit).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2);
}

export interface FxRow {
  currency: string;
  date: string;
  usdPerUnit: string;
  source: string | null;
}

export interface FxCsvIssue {
  /** 1-based line of the CSV text. */
  line: number;
  rule: 'fxCsvColumns' | 'currencyCode' | 'fxDate' | 'fxRate';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const RATE = /^\d{1,12}(\.\d{1,10})?$/;

/**
 * Reads `currency,date,usd_per_unit[,source]` lines (a header line starting with `currency` is
 * skipped; no quoting: sources with commas are not supported). Every bad line is reported;
 * nothing is imported unless every line is good.
 */
export function parseFxCsv(text: string): { rows: FxRow[]; issues: FxCsvIssue[] } {
  const rows: FxRow[] = [];
  const issues: FxCsvIssue[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim() || (index === 0 && /^\s*currency\s*,/i.test(raw))) return;
    const cells = raw.split(',').map((cell) => cell.trim());
    if (cells.length < 3 || cells.length > 4) return issues.push({ line, rule: 'fxCsvColumns' });
    const [currency = '', date = '', rate = '', source] = cells;
    if (!isCurrency(currency)) return issues.push({ line, rule: 'currencyCode' });
    if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
      return issues.push({ line, rule: 'fxDate' });
    }
    if (!RATE.test(rate) || new Decimal(rate).isZero()) return issues.push({ line, rule: 'fxRate' });
    rows.push({ currency, date, usdPerUnit: rate, source: source || null });
  });
  return { rows, issues };
}
