import Decimal from 'decimal.js';
import type { Actor } from '@bluecarbon/identity';

/**
 * Which projects the dashboard adds up for an actor. The steward and admins follow every city,
 * drafts included (they review them); ICLEI and other observers follow every partner but see
 * no draft (the policy's shared states); a city's coordinators and contributors see their own
 * city only, drafts included — the same partners onboarding's network overview shows them.
 */
export interface DashboardScope {
  allPartners: boolean;
  /** With `allPartners`: drafts and every other state too, not only the shared ones. */
  everyState: boolean;
  sharedStates: string[];
  ownCodes: string[];
  ownIds: string[];
}

/** Null: the actor follows no partner (a translator), so the dashboard is refused. */
export function dashboardScope(actor: Actor, sharedStates: Iterable<string>): DashboardScope | null {
  const roles = new Set(actor.memberships.map((membership) => membership.role));
  const own = actor.memberships.filter((m) => m.organisationKind === 'jurisdiction' && (m.role === 'coordinator' || m.role === 'contributor'));
  const everyState = roles.has('admin') || roles.has('steward');
  const allPartners = everyState || roles.has('observer');
  if (!allPartners && !own.length) return null;
  return {
    allPartners,
    everyState,
    sharedStates: [...sharedStates],
    ownCodes: own.flatMap((m) => (m.jurisdictionCode ? [m.jurisdictionCode] : [])),
    ownIds: own.flatMap((m) => (m.jurisdictionId ? [m.jurisdictionId] : [])),
  };
}

/** Whether a partner's own row (its onboarding stage) is in the actor's scope. */
export function partnerInScope(scope: DashboardScope, partner: { code: string; jurisdictionId: string }): boolean {
  return scope.allPartners || scope.ownCodes.includes(partner.code) || scope.ownIds.includes(partner.jurisdictionId);
}

/** States a project is public in: registered and after (never a draft, nor one still under review). */
export const PUBLIC_PROJECT_STATES = ['registered', 'crediting', 'closed'];

/** An exact decimal as the API writes it: no exponent, no trailing zeros. */
export function plainDecimal(value: string | null): string {
  return new Decimal(value ?? 0).toFixed();
}

/** US dollars to the cent, half to even (as a sale's own USD price). */
export function usdCents(value: string): string;
export function usdCents(value: string | null): string | null;
export function usdCents(value: string | null): string | null {
  return value === null ? null : new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2);
}

/** The volume-weighted average price, the money over the tonnes it paid for, to `places` decimals (half to even); null when no tonnes. */
export function averagePrice(total: string | null, tonnes: string | null, places: 2 | 6): string | null {
  if (total === null || tonnes === null || new Decimal(tonnes).isZero()) return null;
  const average = new Decimal(total).dividedBy(tonnes).toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN);
  // Dollars are shown as cents ("68.10"); a price in its own currency as entered, without trailing zeros.
  return places === 2 ? average.toFixed(2) : average.toFixed();
}

export type CsvCell = string | number | boolean | null;

const NUMBER = /^-?\d+(\.\d+)?$/;
/** What spreadsheets read as the start of a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV document (RFC 4180: CRLF lines, fields with a comma, quote or line break quoted and
 * their quotes doubled), with a UTF-8 byte order mark so that Excel reads Chinese and
 * Portuguese names right. A text cell that a spreadsheet would run as a formula gets a
 * leading apostrophe; numbers (decimal strings included) are written as they are.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  let text = String(cell);
  if (typeof cell === 'string' && !NUMBER.test(cell) && FORMULA_START.test(cell)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
