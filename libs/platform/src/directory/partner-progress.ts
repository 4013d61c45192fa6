import type { LocalizedText } from '../i18n/localized-text';

/** Where a partner jurisdiction stands in onboarding (its latest case). */
export interface PartnerStage {
  jurisdictionId: string;
  code: string;
  name: LocalizedText;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The jurisdiction's status: applicant, onboarding, active, suspended. */
  status: string;
  caseStatus: string | null;
  /** Steps being worked on or waiting for review. */
  currentSteps: string[];
  percentComplete: number;
}

/**
 * Onboarding progress of every partner past the prospect stage, for libs that report on
 * partners (the projects dashboard) without reading onboarding's tables or importing it.
 * Onboarding provides it globally. Callers decide who may see which partner.
 */
export abstract class PartnerProgress {
  abstract partners(): Promise<PartnerStage[]>;
}
