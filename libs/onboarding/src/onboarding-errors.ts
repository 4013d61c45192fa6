import { type Locale, problemCatalogue, Problems, translate } from '@bluecarbon/platform';
import type { PlaybookIssue } from './domain/playbook-validation';
import type { StepAction, StepState } from './domain/step-state-machine';

/**
 * Every problem code the onboarding lib sends, with its status. One code, one message
 * `errors.<code>.title|detail` in each locale file (the translations spec checks all three).
 */
export const ONBOARDING_PROBLEMS = problemCatalogue({
  step_transition_not_allowed: 409,
  step_evidence_missing: 422,
  evidence_step_closed: 409,
  evidence_too_large: 413,
  evidence_type_not_allowed: 415,
  playbook_invalid: 422,
  playbook_published_immutable: 409,
  application_not_pending: 409,
  jurisdiction_not_applicable: 409,
});

const problem = ONBOARDING_PROBLEMS.problem;

export const OnboardingProblems = {
  /**
   * 409 naming the current state and what may be done from it instead: the codes for
   * clients in the extensions, their names in the caller's language in the detail.
   */
  illegalTransition: (current: StepState, action: StepAction, allowed: StepAction[], locale: Locale) =>
    problem('step_transition_not_allowed', {
      params: {
        current: translate(locale, `onboarding.states.${current}`),
        action: translate(locale, `onboarding.actions.${action}`),
        allowed: allowed.length ? allowed.map((name) => translate(locale, `onboarding.actions.${name}`)).join(', ') : translate(locale, 'onboarding.none'),
      },
      extensions: { currentState: current, allowedActions: allowed },
    }),
  reasonRequired: () => Problems.invalidFields([{ field: 'reason', rule: 'isNotEmpty' }]),
  evidenceMissing: (missing: string[]) =>
    problem('step_evidence_missing', { params: { missing: missing.join(', ') }, extensions: { missingEvidence: missing } }),
  evidenceStepClosed: (current: StepState, locale: Locale) =>
    problem('evidence_step_closed', { params: { current: translate(locale, `onboarding.states.${current}`) }, extensions: { currentState: current } }),
  evidenceTooLarge: (limit: number) => problem('evidence_too_large', { params: { limit } }),
  evidenceTypeNotAllowed: (contentType: string, allowed: readonly string[]) =>
    problem('evidence_type_not_allowed', { params: { contentType, allowed: allowed.join(', ') } }),
  playbookInvalid: (issues: (PlaybookIssue & { message: string })[]) =>
    problem('playbook_invalid', { params: { count: issues.length }, extensions: { issues } }),
  playbookPublished: () => problem('playbook_published_immutable'),
  applicationNotPending: (status: string) => problem('application_not_pending', { params: { status } }),
  jurisdictionNotApplicable: (code: string, status: string) => problem('jurisdiction_not_applicable', { params: { code, status } }),
};
