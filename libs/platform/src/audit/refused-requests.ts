import type { FastifyRequest } from 'fastify';

const AUDITED = Symbol('refusal-audited');
type Marked = FastifyRequest & { [AUDITED]?: true };

/**
 * Says that this request's refusal is already in the audit trail with more detail (the access
 * policy's denial, a failed sign-in), so the problem filter does not add `http.request.refused`.
 */
export function markRefusalAudited(request: FastifyRequest): void {
  (request as Marked)[AUDITED] = true;
}

export function isRefusalAudited(request: FastifyRequest): boolean {
  return (request as Marked)[AUDITED] === true;
}

// A missing route or record is not a refusal; the 404s that hide a record from someone are
// the access policy's, which audits them.
const ABSENT = new Set(['not_found', 'route_not_found']);

/**
 * Whether a refused request (a 4xx answer) still needs its `http.request.refused` audit row:
 * every one does unless its refusal was recorded with more detail where it was decided.
 */
export function needsRefusalAudit(status: number, code: string, alreadyAudited: boolean): boolean {
  if (status < 400 || status >= 500 || alreadyAudited) return false;
  return !ABSENT.has(code);
}
