/**
 * Re-ranks translation-memory candidates (as pg_trgm returns them: roughly similar, in no
 * useful order) the way CAT tools present them: in-context exact (101), exact (100), then
 * fuzzy by character-level similarity (≤ 99; works for Chinese, which has no spaces for
 * trigram word splitting to use), each with a diff of what differs from the current source.
 */
import { diffText, similarity, type DiffOp } from './similarity';
import { normaliseText } from './text';

export interface MemoryQuery {
  text: string;
  locale: string;
  previousHash?: string | null;
  nextHash?: string | null;
}

export interface MemoryCandidate {
  id: string;
  sourceText: string;
  targetText: string;
  previousHash?: string | null;
  nextHash?: string | null;
  /** Newer entries win ties. */
  updatedAt?: Date | string;
}

export type MatchKind = 'in-context' | 'exact' | 'fuzzy';

export interface MemorySuggestion<C extends MemoryCandidate = MemoryCandidate> {
  candidate: C;
  kind: MatchKind;
  /** 101 in-context exact, 100 exact, otherwise floor(similarity × 100), at most 99. */
  score: number;
  similarity: number;
  /** From the memory entry's source to the current source: character diff for zh, word diff for en/pt. */
  diff: DiffOp[];
}

export interface RankOptions {
  /** Least similarity to suggest a fuzzy match (default 0.6). */
  threshold?: number;
  limit?: number;
}

export function rankMemoryMatches<C extends MemoryCandidate>(query: MemoryQuery, candidates: readonly C[], options: RankOptions = {}): MemorySuggestion<C>[] {
  const threshold = options.threshold ?? 0.6;
  const wanted = normaliseText(query.text);
  const suggestions: Omit<MemorySuggestion<C>, 'diff'>[] = [];
  for (const candidate of candidates) {
    const exact = normaliseText(candidate.sourceText) === wanted;
    const score = exact ? 1 : similarity(candidate.sourceText, query.text);
    if (!exact && score < threshold) continue;
    const inContext =
      exact &&
      query.previousHash !== undefined &&
      query.nextHash !== undefined &&
      (candidate.previousHash ?? null) === (query.previousHash ?? null) &&
      (candidate.nextHash ?? null) === (query.nextHash ?? null);
    suggestions.push({
      candidate,
      kind: inContext ? 'in-context' : exact ? 'exact' : 'fuzzy',
      score: inContext ? 101 : exact ? 100 : Math.min(99, Math.floor(score * 100)),
      similarity: score,
    });
  }
  suggestions.sort(
    (a, b) => b.score - a.score || b.similarity - a.similarity || time(b.candidate) - time(a.candidate) || a.candidate.id.localeCompare(b.candidate.id),
  );
  // Diffs only for what is shown.
  return (options.limit === undefined ? suggestions : suggestions.slice(0, options.limit)).map((s) => ({
    ...s,
    diff: s.kind === 'fuzzy' ? diffText(s.candidate.sourceText, query.text, query.locale) : [{ op: 'equal', text: s.candidate.sourceText }],
  }));
}

function time(candidate: MemoryCandidate): number {
  return candidate.updatedAt === undefined ? 0 : new Date(candidate.updatedAt).getTime();
}
