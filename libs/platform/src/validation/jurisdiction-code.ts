import { ValidateBy } from 'class-validator';

/**
 * A partner's code, based on ISO 3166-2: a country (`BR`), a state (`BR-SE`), a city
 * (`CN-GD-ENPING`, `BR-RJ-NITEROI`). One pattern for every lib, so a code one accepts another
 * never refuses.
 */
export const JURISDICTION_CODE = /^[A-Z]{2}(-[A-Z0-9]{1,16}){0,3}$/;

/** Validates a jurisdiction code; its message (`validation.jurisdictionCode`) gives examples. */
export const IsJurisdictionCode = () =>
  ValidateBy({ name: 'jurisdictionCode', validator: { validate: (value: unknown) => typeof value === 'string' && JURISDICTION_CODE.test(value) } });
