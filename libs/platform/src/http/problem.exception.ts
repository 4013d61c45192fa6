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

export const Problems = {
  notFound: (resource: string) => new ProblemException(404, 'not_found', { params: { resource } }),
  conflict: (resource: string, extensions?: Record<string, unknown>) =>
    new ProblemException(409, 'conflict', { params: { resource }, extensions }),
  preconditionRequired: () => new ProblemException(428, 'precondition_required'),
  preconditionFailed: (resource: string, current: number) =>
    new ProblemException(412, 'precondition_failed', {
      params: { resource, current },
      extensions: { currentVersion: current },
    }),
  invalidCursor: () =>
    new ProblemException(400, 'invalid_cursor', { fieldErrors: [{ field: 'cursor', rule: 'invalid' }] }),
  unauthorized: () => new ProblemException(401, 'unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } }),
  forbidden: () => new ProblemException(403, 'forbidden'),
  tooManyRequests: (retryAfterSeconds: number) =>
    new ProblemException(429, 'too_many_requests', {
      params: { retryAfter: retryAfterSeconds },
      headers: { 'Retry-After': String(retryAfterSeconds) },
    }),
};
