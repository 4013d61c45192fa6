import { ValidateBy } from 'class-validator';

/**
 * The canonical IANA name of `value` (`asia/shanghai` → `Asia/Shanghai`), or null if the
 * runtime does not know it as a zone. Offsets (`+08:00`) are not zones: they ignore summer time.
 */
export function canonicalTimeZone(value: string): string | null {
  if (value.length > 64 || !/^[A-Za-z]+(?:[/_-][A-Za-z0-9+-]+)*$/.test(value)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** An IANA time zone the runtime knows (dates in answers and mails are shown in it). */
export const IsIanaTimeZone = () =>
  ValidateBy({ name: 'ianaTimeZone', validator: { validate: (value: unknown) => typeof value === 'string' && canonicalTimeZone(value) !== null } });
