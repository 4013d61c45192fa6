/**
 * Jurisdictions by code, for libs that must check one exists without reading onboarding's
 * tables or importing onboarding (which itself uses them). Onboarding provides it globally;
 * the lib that needs it injects this class.
 */
export abstract class JurisdictionDirectory {
  /** The Jurisdiction record's id for `code`, or null when the portal has none. */
  abstract idOf(code: string): Promise<string | null>;

  /** The IANA time zone the Jurisdiction record keeps its dates in, or null when there is no such record. */
  abstract timeZoneOf(jurisdictionId: string): Promise<string | null>;
}
