import { type Locale, translate } from '@bluecarbon/platform';
import type { QaFinding } from '../domain/qa';
import type { SegmentView } from './translation-row';

export type LocalizedFinding = QaFinding & { message: string };

/** QA findings with their message in the caller's language (stored language-neutral). */
export function findingsWithMessages(findings: readonly QaFinding[], locale: Locale): LocalizedFinding[] {
  return findings.map((finding) => ({ ...finding, message: translate(locale, finding.messageKey, finding.params) }));
}

export function withMessages(view: SegmentView, locale: Locale): SegmentView & { qaFindings: LocalizedFinding[] } {
  return { ...view, qaFindings: findingsWithMessages(view.qaFindings, locale) };
}
