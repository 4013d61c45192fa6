/** One invalid field, named by its path in the body or query (`name.en`, `limit`). */
export interface FieldError {
  field: string;
  /** The failed rule; its message is `validation.<rule>` in the locale files. */
  rule: string;
  /** The rule's arguments (a minimum, the allowed values), interpolated as {{0}}, {{1}}… */
  args?: unknown[];
}

export interface ProblemOptions {
  /** Interpolation values for the code's `detail` message. */
  params?: Record<string, unknown>;
  fieldErrors?: FieldError[];
  /** Extra response headers, e.g. Retry-After. */
  headers?: Record<string, string>;
  /** Extra members of the problem document that clients may act on (e.g. `currentVersion`). */
  extensions?: Record<string, unknown>;
}

/**
 * The one exception type the portal throws for a client-visible failure. `code` is stable
 * (clients switch on it) and names the i18n messages `errors.<code>.title|detail`; a unit
 * test checks that every code has them in every locale.
 */
export class ProblemException extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly options: ProblemOptions = {},
  ) {
    super(code);
    this.name = 'ProblemException';
  }
}

/**
 * A lib's problem catalogue: every code it sends with its HTTP status, in one place. The
 * message of a code is always `errors.<code>.title|detail` in the lib's locale files, and the
 * translation-coverage test (platform/testing) checks every code has both in every locale.
 */
export interface ProblemCatalogue<Code extends string> {
  /** Code → HTTP status. */
  readonly statuses: Readonly<Record<Code, number>>;
  readonly codes: readonly Code[];
  /** The problem for `code`, with the status the catalogue gives it. */
  problem(code: Code, options?: ProblemOptions): ProblemException;
}

export function problemCatalogue<const Statuses extends Record<string, number>>(statuses: Statuses): ProblemCatalogue<keyof Statuses & string> {
  type Code = keyof Statuses & string;
  const byCode: Readonly<Record<Code, number>> = statuses;
  return {
    statuses: byCode,
    codes: Object.keys(statuses) as Code[],
    problem: (code: Code, options?: ProblemOptions) => new ProblemException(byCode[code], code, options),
  };
}

/** The i18n keys a problem code's message lives under. */
export function problemMessageKeys(code: string): [title: string, detail: string] {
  return [`errors.${code}.title`, `errors.${code}.detail`];
}

/** The platform's problem codes and their statuses (messages in platform/src/i18n/locales). */
export const PLATFORM_PROBLEMS = problemCatalogue({
  route_not_found: 404,
  not_found: 404,
  validation_failed: 400,
  malformed_body: 400,
  body_too_deep: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  precondition_required: 428,
  precondition_failed: 412,
  conflict: 409,
  invalid_cursor: 400,
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  too_many_requests: 429,
  database_unavailable: 503,
  database_locale_unsupported: 503,
  idempotency_in_progress: 409,
  idempotency_key_reused: 422,
  uri_too_long: 414,
  malformed_url: 400,
  internal_error: 500,
});

const problem = PLATFORM_PROBLEMS.problem;

export const Problems = {
  notFound: (resource: string) => problem('not_found', { params: { resource } }),
  conflict: (resource: string, extensions?: Record<string, unknown>) => problem('conflict', { params: { resource }, extensions }),
  preconditionRequired: () => problem('precondition_required'),
  preconditionFailed: (resource: string, current: number) =>
    problem('precondition_failed', {
      params: { resource, current },
      extensions: { currentVersion: current },
    }),
  invalidCursor: () => problem('invalid_cursor', { fieldErrors: [{ field: 'cursor', rule: 'invalid' }] }),
  unauthorized: () => problem('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } }),
  forbidden: () => problem('forbidden'),
  tooManyRequests: (retryAfterSeconds: number) =>
    problem('too_many_requests', {
      params: { retryAfter: retryAfterSeconds },
      headers: { 'Retry-After': String(retryAfterSeconds) },
    }),
  /** 400 naming each invalid field and the rule it broke (`validation.<rule>` in the locale files). */
  invalidFields: (fieldErrors: FieldError[]) => problem('validation_failed', { fieldErrors }),
};
