import { type Locale, translate } from '@bluecarbon/platform';
import type { QaFinding } from '../engine/qa';
import type { SegmentView } from './translation-row';

/** QA findings with their message in the caller's language (stored language-neutral). */
export function withMessages(view: SegmentView, locale: Locale): SegmentView & { qaFindings: (QaFinding & { message: string })[] } {
  return { ...view, qaFindings: view.qaFindings.map((finding) => ({ ...finding, message: translate(locale, finding.messageKey, finding.params) })) };
}
