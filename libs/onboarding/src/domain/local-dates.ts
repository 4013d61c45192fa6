// Calendar dates in a jurisdiction's time zone. Due dates are days on the city's calendar
// ("due 30 September"), not instants: a step due today in Niterói is not overdue just
// because it is already tomorrow in Shenzhen.

const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Since mid-1972 every zone's offsets and transitions are whole minutes (tzdata), so all
 * instants of one UTC minute fall on the same local day. The overview asks the day of "now" in
 * each partner's zone on every read, and ICU's formatToParts was 11% of its CPU: the last
 * answer per zone is kept for its minute. Per process, but only a pure function's result.
 */
const WHOLE_MINUTE_OFFSETS_SINCE = Date.UTC(1972, 6, 1);
const MINUTE_MS = 60_000;
const lastByZone = new Map<string, { minute: number; date: string }>();

/** The calendar date (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const time = instant.getTime();
  if (time < WHOLE_MINUTE_OFFSETS_SINCE) return formatLocalDate(instant, timeZone);
  const minute = Math.floor(time / MINUTE_MS);
  const last = lastByZone.get(timeZone);
  if (last?.minute === minute) return last.date;
  const date = formatLocalDate(instant, timeZone);
  lastByZone.set(timeZone, { minute, date });
  return date;
}

function formatLocalDate(instant: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD; the parts are read explicitly all the same.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function toUtcMidnight(date: string): number {
  const match = DATE_FORMAT.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/** The due date of a step that opened at `openedAt` with `dueInDays`, on the city's calendar. */
export function dueDateFor(openedAt: Date, dueInDays: number, timeZone: string): string {
  return addDays(localDate(openedAt, timeZone), dueInDays);
}
