// The shape of an onboarding playbook, as stored (jsonb) and as published. Pure types and
// constants: no Nest, no database, so the rules around them are unit-tested on their own.
import type { LocalizedText } from '@bluecarbon/platform';

/**
 * What a step can require as evidence before it is submitted:
 * - `file`: an uploaded file (stored in Postgres with its SHA-256);
 * - `link`: a URL to something published elsewhere;
 * - `document`: a portal Document (bilingual documentation, agreements kept as documents);
 * - `data_record`: a record in another part of the portal (a baseline, an adopted
 *   methodology adaptation, a registered project, a transaction).
 */
export const EVIDENCE_KINDS = ['file', 'link', 'document', 'data_record'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The city's side does the work; the steward's side reviews it (admins may stand in). */
export const STEP_OWNER_ROLES = ['coordinator', 'contributor'] as const;
export type StepOwnerRole = (typeof STEP_OWNER_ROLES)[number];
export const STEP_REVIEWER_ROLES = ['steward', 'admin'] as const;
export type StepReviewerRole = (typeof STEP_REVIEWER_ROLES)[number];

export interface StepDefinition {
  /** Stable across playbook versions, so cases on different versions can be compared. */
  key: string;
  title: LocalizedText;
  guidance: LocalizedText;
  /** Every kind listed must be present among the step's evidence to submit it. */
  evidence: EvidenceKind[];
  dependsOn: string[];
  ownerRole: StepOwnerRole;
  reviewerRole: StepReviewerRole;
  /** Days from the moment the step opens to its due date (in the jurisdiction's calendar). */
  dueInDays: number;
}

export interface PlaybookDefinition {
  name: LocalizedText;
  description?: LocalizedText;
  steps: StepDefinition[];
}

export const STEP_KEY_FORMAT = /^[a-z][a-z0-9_]{0,63}$/;
// Longer than any real onboarding step; keeps a typo (3650) from hiding a step for a decade.
export const MAX_DUE_IN_DAYS = 730;
