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
