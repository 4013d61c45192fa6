import type { QaFinding } from './types';
import type { TokenProblem } from './tokens';

export interface ShownFinding {
  severity: 'error' | 'warning';
  message: string;
}

/**
 * What the QA panel lists: the editor's own token problems (messages from the UI strings)
 * first, then the API's findings without repeating a placeholder finding the editor already
 * shows; errors before warnings, each message once.
 */
export function shownFindings(tokens: readonly TokenProblem[], tokenMessage: (problem: TokenProblem) => string, api: readonly QaFinding[]): ShownFinding[] {
  const local = tokens.map((problem) => ({ severity: 'error' as const, message: tokenMessage(problem) }));
  const remote = api.filter((finding) => !(tokens.length && finding.check === 'placeholders' && finding.severity === 'error'));
  const all = [...local, ...remote.map(({ severity, message }) => ({ severity, message }))];
  const unique = all.filter((finding, index) => all.findIndex((other) => other.message === finding.message) === index);
  return [...unique.filter((f) => f.severity === 'error'), ...unique.filter((f) => f.severity === 'warning')];
}
