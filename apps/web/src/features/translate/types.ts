// The documents API's answers are documented loosely in the OpenAPI document (no view
// classes yet): their shapes, as libs/documents returns them (tasks.service.ts,
// translation-row.ts, translations.service.ts suggestions, xliff.service.ts, progress.ts).

export type TranslationState = 'untranslated' | 'draft' | 'translated' | 'reviewed' | 'approved';
export const TRANSLATION_STATES: readonly TranslationState[] = ['untranslated', 'draft', 'translated', 'reviewed', 'approved'];

export interface TranslationTask {
  documentId: string;
  title: string;
  jurisdictionCode: string | null;
  locale: string;
  dueOn: string | null;
  segments: number;
  untranslated: number;
  outdated: number;
  awaitingReview: number;
}

export interface Progress {
  segments: number;
  byState: Record<TranslationState, number>;
  outdated: number;
}

export interface QaFinding {
  check: string;
  severity: 'error' | 'warning';
  messageKey: string;
  params: Record<string, string | number>;
  message: string;
}

export interface DiffOp {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

export interface Segment {
  segmentId: string;
  ordinal: number;
  kind: string;
  sourceText: string;
  text: string | null;
  state: TranslationState;
  outdated: boolean;
  previousSourceText: string | null;
  sourceDiff: DiffOp[] | null;
  qaFindings: QaFinding[];
  /** On a draft the reviewer sent back: their reason. */
  rejectionComment: string | null;
  version: number;
}

/** One change of a translation, as its history lists it (translations.service.ts historyOf). */
export interface HistoryEntry {
  action: 'saved' | 'reviewed' | 'approved' | 'rejected' | 'outdated' | 'imported';
  text: string | null;
  state: TranslationState;
  outdated: boolean;
  actorId: string | null;
  comment: string | null;
  at: string;
}

export interface MemorySuggestion {
  kind: 'in-context' | 'exact' | 'fuzzy';
  score: number;
  sourceText: string;
  targetText: string;
  diff: DiffOp[];
}

export interface GlossaryMatch {
  conceptId: string;
  sourceTerm: string;
  start: number;
  end: number;
  expected: string[];
  forbidden: string[];
  note?: string;
}

export interface Suggestions {
  memory: MemorySuggestion[];
  glossary: GlossaryMatch[];
}

export interface DocumentSummary {
  id: string;
  title: string;
  sourceLocale: string;
  targetLocales: string[];
  dueOn: string | null;
  progress: Record<string, Progress>;
}

export interface ImportReport {
  version: '2.0' | '1.2';
  targetLocale: string;
  counts: Record<'apply' | 'unchanged' | 'staleSource' | 'changedSince' | 'unknownSegment' | 'noTarget', number>;
  capped: number;
  staleSource: { segmentId: string; reason: string; fileSourceText: string; currentSourceText: string | null; targetText: string | null }[];
  changedSince: { segmentId: string; reason: string; fileVersion: number; currentVersion: number; targetText: string }[];
  unknownSegments: string[];
  qaErrors: { segmentId: string; findings: Omit<QaFinding, 'message'>[] }[];
}
