import { ProblemError } from './client';
import { isProblem, toFormError, type FormError } from './problem';

/** What a failed save shows: a stale version (412) asks for a reload, anything else sits at its fields. */
export type SaveFailure = { kind: 'conflict' } | { kind: 'invalid'; error: FormError };

export function saveFailure(error: unknown, fields: readonly string[], networkMessage: string): SaveFailure {
  const problem = error instanceof ProblemError ? error.problem : isProblem(error) ? error : null;
  if (!problem) return { kind: 'invalid', error: { code: 'network', status: 0, message: networkMessage, fields: {} } };
  if (problem.status === 412) return { kind: 'conflict' };
  return { kind: 'invalid', error: toFormError(problem, fields) };
}
