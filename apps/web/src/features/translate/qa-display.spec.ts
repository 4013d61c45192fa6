import { shownFindings } from './qa-display';
import type { QaFinding } from './types';

const finding = (check: string, severity: 'error' | 'warning', message: string): QaFinding => ({
  check,
  severity,
  messageKey: `documents.qa.${check}`,
  params: {},
  message,
});

describe('the QA panel', () => {
  const message = (problem: { rule: string; placeholder: string }) => `${problem.rule} ${problem.placeholder}`;

  it('lists errors before warnings, the editor’s token problems first', () => {
    const api = [finding('glossary', 'warning', 'Use 红树林'), finding('numbers', 'error', 'The number 68 is missing')];
    expect(shownFindings([{ rule: 'missing', placeholder: '{1}' }], message, api)).toEqual([
      { severity: 'error', message: 'missing {1}' },
      { severity: 'error', message: 'The number 68 is missing' },
      { severity: 'warning', message: 'Use 红树林' },
    ]);
  });

  it('does not repeat placeholder errors the editor already shows, nor a message twice', () => {
    const api = [finding('placeholders', 'error', 'The placeholder {1} is missing'), finding('numbers', 'error', 'x'), finding('numbers', 'error', 'x')];
    expect(shownFindings([{ rule: 'missing', placeholder: '{1}' }], message, api)).toEqual([
      { severity: 'error', message: 'missing {1}' },
      { severity: 'error', message: 'x' },
    ]);
    expect(shownFindings([], message, api.slice(0, 1))).toEqual([{ severity: 'error', message: 'The placeholder {1} is missing' }]);
  });
});
