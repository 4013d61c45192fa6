import type { LocalizedText } from '../../i18n/localized';

// The overview and case answers are documented loosely in the OpenAPI document (`object`):
// their shapes, as libs/onboarding's CasesService and case-view.ts return them.
export interface OverviewRow {
  jurisdictionId: string;
  code: string;
  name: LocalizedText;
  country: string;
  status: string;
  caseId: string | null;
  caseStatus: string | null;
  currentSteps: string[];
  percentComplete: number;
  overdueCount: number;
  lastActivityAt: string | null;
}

export interface StepView {
  id: string;
  key: string;
  position: number;
  title: LocalizedText;
  guidance: LocalizedText;
  state: 'locked' | 'open' | 'submitted' | 'changes_requested' | 'approved' | 'waived';
  ownerRole: string;
  reviewerRole: string;
  evidenceRequired: string[];
  dueOn: string | null;
  overdue: boolean;
  daysLeft: number | null;
  waitingFor: string[];
  decisionReason: string | null;
  version: number;
}

export interface CaseView {
  id: string;
  status: string;
  jurisdiction: { id: string; code: string; name: LocalizedText; status: string; timeZone: string };
  lastActivityAt: string;
  percentComplete: number;
  doneSteps: number;
  totalSteps: number;
  overdueCount: number;
  steps: StepView[];
}
