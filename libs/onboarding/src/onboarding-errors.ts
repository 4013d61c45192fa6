import { type Locale, ProblemException, translate } from '@bluecarbon/platform';
import type { PlaybookIssue } from './domain/playbook-validation';
import type { StepAction, StepState } from './domain/step-state-machine';

/**
 * Every problem code the onboarding lib sends. One code, one message `errors.<code>` in each
 * locale file (a unit test checks all three have them).
 */
export const ONBOARDING_ERROR_CODES = [
  'step_transition_not_allowed',
  'step_evidence_missing',
  'evidence_step_closed',
  'evidence_too_large',
  'evidence_type_not_allowed',
  'playbook_invalid',
  'playbook_published_immutable',
  'application_not_pending',
  'jurisdiction_not_applicable',
] as const;

export const OnboardingProblems = {
  /**
   * 409 naming the current state and what may be done from it instead: the codes for
   * clients in the extensions, their names in the caller's language in the detail.
   */
  illegalTransition: (current: StepState, action: StepAction, allowed: StepAction[], locale: Locale) =>
    new ProblemException(409, 'step_transition_not_allowed', {
      params: {
        current: translate(locale, `onboarding.states.${current}`),
        action: translate(locale, `onboarding.actions.${action}`),
        allowed: allowed.length ? allowed.map((name) => translate(locale, `onboarding.actions.${name}`)).join(', ') : translate(locale, 'onboarding.none'),
      },
      extensions: { currentState: current, allowedActions: allowed },
    }),
  reasonRequired: () => new ProblemException(400, 'validation_failed', { fieldErrors: [{ field: 'reason', rule: 'isNotEmpty' }] }),
  evidenceMissing: (missing: string[]) =>
    new ProblemException(422, 'step_evidence_missing', { params: { missing: missing.join(', ') }, extensions: { missingEvidence: missing } }),
  evidenceStepClosed: (current: StepState, locale: Locale) =>
    new ProblemException(409, 'evidence_step_closed', { params: { current: translate(locale, `onboarding.states.${current}`) }, extensions: { currentState: current } }),
  evidenceTooLarge: (limit: number) => new ProblemException(413, 'evidence_too_large', { params: { limit } }),
  evidenceTypeNotAllowed: (contentType: string, allowed: readonly string[]) =>
    new ProblemException(415, 'evidence_type_not_allowed', { params: { contentType, allowed: allowed.join(', ') } }),
  playbookInvalid: (issues: (PlaybookIssue & { message: string })[]) =>
    new ProblemException(422, 'playbook_invalid', { params: { count: issues.length }, extensions: { issues } }),
  playbookPublished: () => new ProblemException(409, 'playbook_published_immutable'),
  applicationNotPending: (status: string) => new ProblemException(409, 'application_not_pending', { params: { status } }),
  jurisdictionNotApplicable: (code: string, status: string) =>
    new ProblemException(409, 'jurisdiction_not_applicable', { params: { code, status } }),
};
