/**
 * What an XLIFF import would do to a document's translations for one locale, decided before
 * anything is written (the service applies the plan in one transaction and reports counts):
 * - `apply`: a new or changed target (or state) for a segment whose source is the current one;
 * - `unchanged`: the same text as stored, at the same or a lower state;
 * - `staleSource`: the file's source is not the segment's current source (it changed since the
 *   export): refused and reported, with the translation kept in the report so nothing is lost;
 * - `changedSince`: the stored translation is not the version the file was exported with (saved,
 *   reviewed or outdated since): refused and reported, so an old file never reverts newer work;
 * - `unknownSegment`: no such segment in the document (archived or from another document);
 * - `noTarget`: nothing to import.
 * A segment is matched by its id, else by its unit's (our units carry the segment id, and
 * tools that rebuild a file keep unit ids but may drop or renumber segment ids).
 */
import { DocumentsEngineError, DocumentsErrorCode } from './errors';
import type { TranslationState } from './translation-state';
import { layoutFreeSource } from './xml-space';
import { TRANSLATION_STATES } from './translation-state';
import type { ImportedSegment, XliffImport } from './xliff-import';

export interface CurrentTranslation {
  text: string | null;
  state: TranslationState;
  outdated?: boolean;
  /** Bumped by every change (save, review, import, outdating). */
  version: number;
}

export interface CurrentSegmentState {
  id: string;
  hash: string;
  /** The current source text: a file read under xml:space="default" is compared with it, layout aside. */
  text: string;
  translation?: CurrentTranslation | null;
}

export type ImportDecision =
  | { kind: 'apply'; id: string; targetText: string; state: TranslationState; capped: boolean }
  | { kind: 'unchanged'; id: string }
  | { kind: 'staleSource'; id: string; sourceText: string; targetText: string | null }
  | { kind: 'changedSince'; id: string; fileVersion: number; currentVersion: number; targetText: string }
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
  const matched = new Set<string>();
  // Our exports version every unit: in such a file, a unit without a version (its metadata
  // dropped, copied from an older export, split by a tool) counts as having seen no translation.
  const versioned = file.segments.some((imported) => imported.version !== null);
  const decisions = file.segments.map((imported) => {
    const segment = byId.get(imported.id) ?? (imported.unitId === null ? undefined : byId.get(imported.unitId));
    if (segment) {
      if (matched.has(segment.id)) {
        throw new DocumentsEngineError(DocumentsErrorCode.XliffDuplicateSegment, `The segment id "${segment.id}" occurs twice.`, { id: segment.id });
      }
      matched.add(segment.id);
    }
    return decide(imported.version === null && versioned ? { ...imported, version: 0 } : imported, segment, maxRank);
  });
  const counts: Record<ImportDecisionKind, number> = { apply: 0, unchanged: 0, staleSource: 0, changedSince: 0, unknownSegment: 0, noTarget: 0 };
  for (const decision of decisions) counts[decision.kind] += 1;
  return { decisions, counts };
}

/** Whether the file's source is the segment's current one; under xml:space="default", layout around inline codes aside. */
function sameSource(imported: ImportedSegment, segment: CurrentSegmentState): boolean {
  if (imported.sourceHash === segment.hash) return true;
  return imported.space === 'default' && layoutFreeSource(imported.sourceText) === layoutFreeSource(segment.text);
}

function decide(imported: ImportedSegment, segment: CurrentSegmentState | undefined, maxRank: number): ImportDecision {
  if (!segment) return { kind: 'unknownSegment', id: imported.id };
  const { id } = segment;
  if (!sameSource(imported, segment)) return { kind: 'staleSource', id, sourceText: imported.sourceText, targetText: imported.targetText };
  if (imported.targetText === null) return { kind: 'noTarget', id };
  const rank = TRANSLATION_STATES.indexOf(imported.state);
  const capped = rank > maxRank;
  // A target always counts as at least a draft.
  const state = capped ? TRANSLATION_STATES[maxRank] : imported.state === 'untranslated' ? 'draft' : imported.state;
  const stored = segment.translation;
  // The same text never lowers a state (an approved translation stays approved when a
  // translator's file comes back with it untouched); a higher state is applied. A segment the
  // file still marks as exported outdated was not confirmed: it leaves the flag alone.
  if (
    stored &&
    stored.text === imported.targetText &&
    (imported.outdated || !stored.outdated) &&
    TRANSLATION_STATES.indexOf(state) <= TRANSLATION_STATES.indexOf(stored.state)
  ) {
    return { kind: 'unchanged', id };
  }
  const currentVersion = stored?.version ?? 0;
  if (imported.version !== null && imported.version !== currentVersion) {
    return { kind: 'changedSince', id, fileVersion: imported.version, currentVersion, targetText: imported.targetText };
  }
  return { kind: 'apply', id, targetText: imported.targetText, state, capped };
}
