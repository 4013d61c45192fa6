import type { QaFinding } from '../domain/qa';
import type { SegmentViewRow } from '../repositories/translations.repository';
import type { DiffOp } from '../domain/similarity';
import { diffText } from '../domain/similarity';
import type { TranslationState } from '../domain/translation-state';

/** A segment with its translation in one locale, as the API shows it. */
export interface SegmentView {
  segmentId: string;
  ordinal: number;
  kind: string;
  sourceText: string;
  sourceHash: string;
  locale: string;
  translationId: string | null;
  text: string | null;
  state: TranslationState;
  outdated: boolean;
  /** For an outdated translation: the source it was written for, and what changed since. */
  previousSourceText: string | null;
  sourceDiff: DiffOp[] | null;
  qaFindings: QaFinding[];
  translatorId: string | null;
  reviewerId: string | null;
  /** On a draft the reviewer sent back: their reason. */
  rejectionComment: string | null;
  /** ETag value for If-Match; 0 while untranslated. */
  version: number;
}

export function toSegmentView(row: SegmentViewRow, locale: string, sourceLocale: string): SegmentView {
  return {
    segmentId: row.segment_id,
    ordinal: row.ordinal,
    kind: row.kind,
    sourceText: row.source_text,
    sourceHash: row.source_hash,
    locale,
    translationId: row.translation_id,
    text: row.text,
    state: row.state,
    outdated: row.outdated,
    previousSourceText: row.outdated ? row.previous_source_text : null,
    sourceDiff: row.outdated && row.previous_source_text !== null ? diffText(row.previous_source_text, row.source_text, sourceLocale) : null,
    qaFindings: row.qa_findings,
    translatorId: row.translator_id,
    reviewerId: row.reviewer_id,
    rejectionComment: row.rejection_comment ?? null,
    version: Number(row.version),
  };
}
