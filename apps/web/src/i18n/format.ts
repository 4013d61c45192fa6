import type { Locale } from './locale';

/**
 * Dates and numbers in the reader's conventions. A city's due dates are days on the city's
 * calendar: shown in its time zone when the API gives one, so "due 3 March" means the same day
 * in Niterói and in Shenzhen.
 */
export function formatDate(locale: Locale, value: string | Date | null | undefined, timeZone?: string): string {
  if (!value) return '—';
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeZone: timeZone ?? (typeof value === 'string' && value.length === 10 ? 'UTC' : undefined),
  }).format(date);
}

export function formatDateTime(locale: Locale, value: string | Date | null | undefined, timeZone?: string): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(value));
}

export function formatPercent(locale: Locale, percent: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A file's size as people read it (B, kB, MB; 1 kB = 1000 B, as file managers now show). */
export function formatBytes(locale: Locale, bytes: number): string {
  const unit = bytes >= 1e6 ? 'megabyte' : bytes >= 1e3 ? 'kilobyte' : 'byte';
  const size = bytes >= 1e6 ? bytes / 1e6 : bytes >= 1e3 ? bytes / 1e3 : bytes;
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(size);
}
