import type { GlossaryConcept } from './glossary';

/**
 * Finding concepts by what a person would type: any locale's term, or the concept id.
 * Case and accents do not matter (`area` finds `área`, `MANGUE` finds `mangue`); Chinese is
 * matched as written. A concept with a term equal to the text comes first, then one whose term
 * starts with it, then the rest, each by id, so the page order is stable.
 */
export function searchConcepts<T extends GlossaryConcept>(
  concepts: readonly T[],
  query: { q?: string; limit?: number; offset?: number },
): { items: T[]; total: number } {
  const needle = fold(query.q ?? '');
  const ranked = needle
    ? concepts
        .map((concept) => ({ concept, rank: rank(concept, needle) }))
        .filter((hit) => hit.rank < NO_MATCH)
        .sort((a, b) => a.rank - b.rank || (a.concept.id < b.concept.id ? -1 : a.concept.id > b.concept.id ? 1 : 0))
        .map((hit) => hit.concept)
    : [...concepts];
  const offset = query.offset ?? 0;
  const items = ranked.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
  return { items, total: ranked.length };
}

const NO_MATCH = 3;

function rank(concept: GlossaryConcept, needle: string): number {
  let best = fold(concept.id.replace(/-/g, ' ')).includes(needle.replace(/-/g, ' ')) ? 2 : NO_MATCH;
  for (const terms of Object.values(concept.terms)) {
    for (const term of terms) {
      const text = fold(term.text);
      if (text === needle) return 0;
      if (text.startsWith(needle)) best = Math.min(best, 1);
      else if (text.includes(needle)) best = Math.min(best, 2);
    }
  }
  return best;
}

/** Compatibility forms unified (full-width Latin), accents dropped, lower case, spaces collapsed. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
