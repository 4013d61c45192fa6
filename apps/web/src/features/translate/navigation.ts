import type { Segment, TranslationState } from './types';

export type SegmentFilter = 'all' | 'untranslated' | 'outdated' | 'rejected' | 'errors' | TranslationState;
export const SEGMENT_FILTERS: readonly SegmentFilter[] = [
  'all',
  'untranslated',
  'outdated',
  'rejected',
  'errors',
  'draft',
  'translated',
  'reviewed',
  'approved',
];

const hasErrors = (segment: Segment): boolean => segment.qaFindings.some((finding) => finding.severity === 'error');

/** Whether a segment is shown under a filter and a search (in source and translation, case-insensitive). */
export function matches(segment: Segment, filter: SegmentFilter, search: string): boolean {
  const shown =
    filter === 'all' ||
    (filter === 'outdated' && segment.outdated) ||
    (filter === 'rejected' && segment.rejectionComment !== null) ||
    (filter === 'errors' && hasErrors(segment)) ||
    (filter !== 'outdated' && filter !== 'rejected' && filter !== 'errors' && segment.state === filter);
  if (!shown) return false;
  const needle = search.trim().toLocaleLowerCase();
  return !needle || segment.sourceText.toLocaleLowerCase().includes(needle) || (segment.text ?? '').toLocaleLowerCase().includes(needle);
}

/** Needs the translator: never translated, a draft, or written for an older source. */
export function needsTranslation(segment: Segment): boolean {
  return segment.state === 'untranslated' || segment.state === 'draft' || segment.outdated;
}

/**
 * The next index after `from` (or before it, step -1) whose segment passes `wanted`, wrapping
 * around the list once; null when none does (the current one is only found last).
 */
export function nextIndex(segments: readonly Segment[], from: number, wanted: (segment: Segment) => boolean = () => true, step: 1 | -1 = 1): number | null {
  const length = segments.length;
  for (let offset = 1; offset <= length; offset += 1) {
    const index = (((from + step * offset) % length) + length) % length;
    const segment = segments[index];
    if (segment && wanted(segment)) return index;
  }
  return null;
}

/** Approvable in bulk: translated or reviewed, current source, no QA error. */
export function bulkApprovable(segment: Segment): boolean {
  return (segment.state === 'translated' || segment.state === 'reviewed') && !segment.outdated && !hasErrors(segment);
}
