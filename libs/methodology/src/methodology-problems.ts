import { type FieldError, type Locale, problemCatalogue, translate } from '@bluecarbon/platform';
import { type EngineMessage, type MethodologyError, type MethodologyErrorCode, renderMessage, type ValidationIssue } from './domain/errors';

/**
 * Every problem code the methodology lib sends, with its status. One code, one message
 * `errors.<code>.title|detail` in each locale file (the translations spec checks all three).
 */
export const METHODOLOGY_PROBLEMS = problemCatalogue({
  methodology_version_invalid: 422,
  methodology_version_immutable: 409,
  methodology_version_not_published: 409,
  methodology_calculation_failed: 422,
  methodology_calculation_too_large: 422,
  methodology_calculation_over_budget: 422,
  methodology_calculation_answer_too_large: 422,
  methodology_calculator_busy: 503,
  methodology_calculations_per_caller: 429,
  adaptation_transition_not_allowed: 409,
  adaptation_overrides_invalid: 422,
  adaptation_version_mismatch: 422,
  adaptation_open_revision_exists: 409,
  adaptation_upgrade_not_newer: 422,
  jurisdiction_unknown: 422,
});

const problem = METHODOLOGY_PROBLEMS.problem;

/** Engine codes with their own short name in the locale files; the rest read "other". */
export const NAMED_ISSUE_CODES = [
  'VERSION_CYCLE',
  'VERSION_UNKNOWN_NAME',
  'VERSION_UNIT_MISMATCH',
  'VERSION_DECLARED_UNIT_MISMATCH',
  'VERSION_DEFAULT_OUT_OF_RANGE',
  'VERSION_INVALID_RANGE',
  'VERSION_INVALID_DEFAULT',
  'VERSION_DUPLICATE_KEY',
  'VERSION_SCOPE_VIOLATION',
  'VERSION_INVALID_SEMVER',
  'VERSION_MISSING_LABEL',
  'VERSION_DIVISION_BY_ZERO',
  'VERSION_INVALID_EXPONENT',
  'VERSION_VALUE_TOO_LARGE',
  'CALCULATION_VALUE_TOO_LARGE',
] as const;

/**
 * One engine issue as a field error: the path names the place in the version (or the
 * request), the translated kind leads, the engine's precise text (names, positions, units)
 * follows as it was produced.
 */
function issueError(locale: Locale, issue: { code: MethodologyErrorCode | string; path: string; text: EngineMessage }): FieldError {
  const named = (NAMED_ISSUE_CODES as readonly string[]).includes(issue.code) ? issue.code : 'other';
  return {
    field: issue.path || '(version)',
    rule: 'methodologyIssue',
    args: [translate(locale, `methodology.issues.${named}`), inLanguage(locale, issue.text)],
  };
}

/** An engine message in the caller's language: `methodology.messages.<key>`, nested messages first. */
export function inLanguage(locale: Locale, message: EngineMessage): string {
  return renderMessage(message, (key, args) => translate(locale, `methodology.messages.${key}`, args));
}

export const MethodologyProblems = {
  /** 422 naming every issue validateVersion found, each with its path. */
  versionInvalid: (issues: readonly ValidationIssue[], locale: Locale) =>
    problem('methodology_version_invalid', {
      params: { count: issues.length },
      fieldErrors: issues.map((issue) => issueError(locale, issue)),
      extensions: { issues },
    }),
  versionImmutable: (semver: string, status: string) =>
    problem('methodology_version_immutable', { params: { version: semver, status }, extensions: { currentStatus: status } }),
  versionNotPublished: (semver: string, status: string) =>
    problem('methodology_version_not_published', { params: { version: semver, status }, extensions: { currentStatus: status } }),
  /** A calculation the engine refused (a missing input, an override out of range): 422 with the path. */
  calculationFailed: (error: MethodologyError, locale: Locale) =>
    problem('methodology_calculation_failed', {
      fieldErrors: [issueError(locale, { code: error.code, path: error.location.path ?? '', text: error.text })],
      extensions: { engineCode: error.code, ...(error.location.position === undefined ? {} : { position: error.location.position }) },
    }),
  /** A project beyond what one request may compute; the answer grows with strata × years. */
  calculationTooLarge: (stratumYears: number, limit: number) =>
    problem('methodology_calculation_too_large', { params: { stratumYears, limit }, extensions: { stratumYears, limit } }),
  /** A version and project whose answer would hold more formula values than one request may send. */
  answerTooLarge: (values: number, limit: number) =>
    problem('methodology_calculation_answer_too_large', { params: { values, limit }, extensions: { values, limit } }),
  /**
   * 422: the calculation needs more time, memory or digits than one request may use. The
   * limit is stated; a runaway value names its formula (path, year, stratum) as the engine found it.
   */
  calculationOverBudget: (budget: 'time' | 'memory' | 'digits', limit: number, locale: Locale, error?: MethodologyError) =>
    problem('methodology_calculation_over_budget', {
      params: { budget: translate(locale, `methodology.budgets.${budget}`, { limit }) },
      ...(error ? { fieldErrors: [issueError(locale, { code: error.code, path: error.location.path ?? '', text: error.text })] } : {}),
      extensions: {
        budget,
        limit,
        ...(error ? { engineCode: error.code, ...(error.location.position === undefined ? {} : { position: error.location.position }) } : {}),
      },
    }),
  /** 429: this caller already holds its share of the calculator; the others keep theirs. */
  calculationsPerCaller: (limit: number, retryAfterSeconds: number) =>
    problem('methodology_calculations_per_caller', {
      params: { limit, retryAfter: retryAfterSeconds },
      extensions: { limit },
      headers: { 'Retry-After': String(retryAfterSeconds) },
    }),
  /** 503: every calculation thread busy and the queue full; Retry-After says when to come back. */
  calculatorBusy: (retryAfterSeconds: number) =>
    problem('methodology_calculator_busy', { params: { retryAfter: retryAfterSeconds }, headers: { 'Retry-After': String(retryAfterSeconds) } }),
  transitionNotAllowed: (status: string, action: string, locale: Locale) =>
    problem('adaptation_transition_not_allowed', {
      params: { status: translate(locale, `methodology.adaptationStates.${status}`), action: translate(locale, `methodology.adaptationActions.${action}`) },
      extensions: { currentStatus: status },
    }),
  overridesInvalid: (invalid: { key: string; text: EngineMessage }[], locale: Locale) =>
    problem('adaptation_overrides_invalid', {
      params: { count: invalid.length },
      fieldErrors: invalid.map((item) => issueError(locale, { code: 'other', path: `overrides.${item.key}`, text: item.text })),
    }),
  versionMismatch: (adaptationVersion: string, requested: string) => problem('adaptation_version_mismatch', { params: { adaptationVersion, requested } }),
  openRevisionExists: (openId: string) => problem('adaptation_open_revision_exists', { extensions: { openRevisionId: openId } }),
  upgradeNotNewer: (from: string, to: string) => problem('adaptation_upgrade_not_newer', { params: { from, to } }),
  jurisdictionUnknown: (code: string) =>
    problem('jurisdiction_unknown', { params: { code }, fieldErrors: [{ field: 'jurisdictionCode', rule: 'jurisdictionUnknown' }] }),
};
