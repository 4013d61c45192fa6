import { isISO8601, ValidateBy } from 'class-validator';

/** A date, a time and its zone: `Z` or an offset. */
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)$/i;

/**
 * An instant in ISO 8601 (rule `timestampWithOffset`): without a zone, `2030-09-14T08:00` would
 * be read in the server's time zone, which is nobody's intent, so the zone is required.
 */
export const IsTimestampWithOffset = () =>
  ValidateBy({
    name: 'timestampWithOffset',
    validator: { validate: (value: unknown) => typeof value === 'string' && WITH_OFFSET.test(value) && isISO8601(value, { strict: true }) },
  });
