/**
 * The IANA time zones this browser knows, sorted, with `current` kept in the list even when
 * the browser does not name it (an older tz database, or `UTC` which some engines leave out).
 */
export function timeZoneChoices(current: string | null): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set([...known, 'UTC', ...(current ? [current] : [])]);
  return [...all].sort((a, b) => a.localeCompare(b));
}
