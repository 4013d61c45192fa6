/**
 * Jurisdictions by code, for libs that must check one exists without reading onboarding's
 * tables or importing onboarding (which itself uses them). Onboarding provides it globally;
 * the lib that needs it injects this class.
 */
export abstract class JurisdictionDirectory {
  /** The Jurisdiction record's id for `code`, or null when the portal has none. */
  abstract idOf(code: string): Promise<string | null>;
}
