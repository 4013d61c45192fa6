/**
 * What an XLIFF import would do to a document's translations for one locale, decided before
 * anything is written (the service applies the plan in one transaction and reports counts):
 * - `apply`: a new or changed target (or state) for a segment whose source is the current one;
 * - `unchanged`: the same text as stored, at the same or a lower state;
 * - `staleSource`: the file's source is not the segment's current source (it changed since the
 *   export): refused and reported, with the translation kept in the report so nothing is lost;
 * - `unknownSegment`: no such segment in the document (archived or from another document);
 * - `noTarget`: nothing to import.
 */
import { DocumentsEngineError, DocumentsErrorCode } from './errors';
import type { TranslationState } from './translation-state';
import { TRANSLATION_STATES } from './translation-state';
import type { ImportedSegment, XliffImport } from './xliff-import';

export interface CurrentTranslation {
  text: string | null;
  state: TranslationState;
  outdated?: boolean;
}

export interface CurrentSegmentState {
  id: string;
  hash: string;
  translation?: CurrentTranslation | null;
}

export type ImportDecision =
  | { kind: 'apply'; id: string; targetText: string; state: TranslationState; capped: boolean }
  | { kind: 'unchanged'; id: string }
  | { kind: 'staleSource'; id: string; sourceText: string; targetText: string | null }
  | { kind: 'unknownSegment'; id: string }
  | { kind: 'noTarget'; id: string };

export type ImportDecisionKind = ImportDecision['kind'];

export interface ImportPlan {
  decisions: ImportDecision[];
  counts: Record<ImportDecisionKind, number>;
}

export interface ImportPlanOptions {
  sourceLocale: string;
  targetLocale: string;
  /** The highest state the importing user may set (a translator: `translated`); higher ones are lowered. */
  maxState?: TranslationState;
}

function sameLocale(a: string, b: string): boolean {
  try {
    return Intl.getCanonicalLocales(a)[0].toLowerCase() === Intl.getCanonicalLocales(b)[0].toLowerCase();
  } catch {
    return a.toLowerCase() === b.toLowerCase();
  }
}

export function planXliffImport(file: XliffImport, current: readonly CurrentSegmentState[], options: ImportPlanOptions): ImportPlan {
  if (!sameLocale(options.sourceLocale, file.sourceLocale) || !sameLocale(options.targetLocale, file.targetLocale ?? '')) {
    const expected = `${options.sourceLocale} → ${options.targetLocale}`;
    const found = `${file.sourceLocale} → ${file.targetLocale ?? '?'}`;
    throw new DocumentsEngineError(DocumentsErrorCode.XliffLocaleMismatch, `The file is for ${found}, not ${expected}.`, { expected, found });
  }
  const byId = new Map(current.map((segment) => [segment.id, segment]));
  const maxRank = TRANSLATION_STATES.indexOf(options.maxState ?? 'approved');
  const decisions = file.segments.map((imported) => decide(imported, byId.get(imported.id), maxRank));
  const counts: Record<ImportDecisionKind, number> = { apply: 0, unchanged: 0, staleSource: 0, unknownSegment: 0, noTarget: 0 };
  for (const decision of decisions) counts[decision.kind] += 1;
  return { decisions, counts };
}

function decide(imported: ImportedSegment, segment: CurrentSegmentState | undefined, maxRank: number): ImportDecision {
  const { id } = imported;
  if (!segment) return { kind: 'unknownSegment', id };
  if (imported.sourceHash !== segment.hash) return { kind: 'staleSource', id, sourceText: imported.sourceText, targetText: imported.targetText };
  if (imported.targetText === null) return { kind: 'noTarget', id };
  const rank = TRANSLATION_STATES.indexOf(imported.state);
  const capped = rank > maxRank;
  // A target always counts as at least a draft.
  const state = capped ? TRANSLATION_STATES[maxRank] : imported.state === 'untranslated' ? 'draft' : imported.state;
  const stored = segment.translation;
  // The same text never lowers a state (an approved translation stays approved when a
  // translator's file comes back with it untouched); a higher state is applied.
  if (stored && !stored.outdated && stored.text === imported.targetText && TRANSLATION_STATES.indexOf(state) <= TRANSLATION_STATES.indexOf(stored.state)) {
    return { kind: 'unchanged', id };
  }
  return { kind: 'apply', id, targetText: imported.targetText, state, capped };
}
