/**
 * Glossary matching with Aho–Corasick: one pass over the text finds every term of a locale.
 * Chinese (and other scripts without spaces) match as plain substrings; Latin-script terms
 * match case-insensitively on word boundaries, allowing a plain plural or possessive ending
 * (`mangrove` finds `Mangroves`, `mangrove's`). Irregular forms (`manguezais`) are listed as
 * admitted terms of the concept.
 */
import { isSpacelessChar, languageOf } from './text';

export type TermStatus = 'preferred' | 'admitted' | 'forbidden';

export interface GlossaryTerm {
  text: string;
  status: TermStatus;
}

export interface GlossaryConcept {
  id: string;
  note?: string;
  /** Terms by locale (`zh-CN`, `en`, `pt-BR`); a locale also serves its language's lookups. */
  terms: Record<string, GlossaryTerm[]>;
}

export interface TermOccurrence {
  conceptId: string;
  term: string;
  status: TermStatus;
  /** UTF-16 offsets into the text searched. */
  start: number;
  end: number;
}

export interface GlossaryMatch {
  conceptId: string;
  sourceTerm: string;
  start: number;
  end: number;
  /** Preferred first, then admitted. */
  expected: string[];
  forbidden: string[];
  note?: string;
}

const INFLECTION_ENDINGS = ["'s", '’s', 'es', 's'];

function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

/** A letter or digit of a script written with spaces: a term cannot start or end next to one. */
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char) && !isSpacelessChar(char);
}

interface Pattern {
  folded: string;
  conceptId: string;
  term: string;
  status: TermStatus;
  boundedStart: boolean;
  boundedEnd: boolean;
}

class AhoCorasick {
  private readonly next: Map<string, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];

  constructor(private readonly patterns: readonly Pattern[]) {
    patterns.forEach((pattern, index) => {
      let state = 0;
      for (const char of pattern.folded) {
        let to = this.next[state].get(char);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.next[state].set(char, to);
        }
        state = to;
      }
      this.out[state].push(index);
    });
    const queue = [...this.next[0].values()];
    while (queue.length) {
      const state = queue.shift() as number;
      for (const [char, to] of this.next[state]) {
        let f = this.fail[state];
        while (f !== 0 && !this.next[f].has(char)) f = this.fail[f];
        const candidate = this.next[f].get(char);
        this.fail[to] = candidate !== undefined && candidate !== to ? candidate : 0;
        this.out[to] = [...this.out[to], ...this.out[this.fail[to]]];
        queue.push(to);
      }
    }
  }

  /** Every (pattern, end offset) found; offsets count UTF-16 units of the folded text. */
  *scan(folded: string): Generator<[Pattern, number]> {
    let state = 0;
    let offset = 0;
    for (const char of folded) {
      offset += char.length;
      while (state !== 0 && !this.next[state].has(char)) state = this.fail[state];
      state = this.next[state].get(char) ?? 0;
      for (const index of this.out[state]) yield [this.patterns[index], offset];
    }
  }
}

export interface FindOptions {
  /** Leftmost-longest, non-overlapping occurrences only (default: all occurrences). */
  longestOnly?: boolean;
}

/** All terms of one locale, searchable in one pass. */
export class TermIndex {
  private readonly automaton: AhoCorasick;

  constructor(
    concepts: readonly GlossaryConcept[],
    readonly locale: string,
  ) {
    const patterns: Pattern[] = [];
    for (const concept of concepts) {
      for (const term of termsFor(concept, locale)) {
        const folded = fold(term.text.normalize('NFC').trim());
        if (!folded) continue;
        const chars = [...folded];
        patterns.push({
          folded,
          conceptId: concept.id,
          term: term.text,
          status: term.status,
          boundedStart: isWordChar(chars[0]),
          boundedEnd: isWordChar(chars[chars.length - 1]),
        });
      }
    }
    this.automaton = new AhoCorasick(patterns);
  }

  find(text: string, options: FindOptions = {}): TermOccurrence[] {
    const folded = fold(text);
    const found: TermOccurrence[] = [];
    for (const [pattern, end] of this.automaton.scan(folded)) {
      const start = end - pattern.folded.length;
      if (pattern.boundedStart && isWordChar(charBefore(folded, start))) continue;
      let stop = end;
      if (pattern.boundedEnd && isWordChar(charAt(folded, end))) {
        const ending = INFLECTION_ENDINGS.find((e) => folded.startsWith(e, end) && !isWordChar(charAt(folded, end + e.length)));
        if (!ending) continue;
        stop = end + ending.length;
      }
      found.push({ conceptId: pattern.conceptId, term: pattern.term, status: pattern.status, start, end: stop });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    if (!options.longestOnly) return found;
    const kept: TermOccurrence[] = [];
    for (const occurrence of found) {
      if (kept.length && occurrence.start < kept[kept.length - 1].end) continue;
      kept.push(occurrence);
    }
    return kept;
  }
}

function charBefore(text: string, offset: number): string | undefined {
  if (offset <= 0) return undefined;
  const low = /[\udc00-\udfff]/.test(text[offset - 1]) && offset >= 2;
  return text.slice(low ? offset - 2 : offset - 1, offset);
}

function charAt(text: string, offset: number): string | undefined {
  if (offset >= text.length) return undefined;
  return String.fromCodePoint(text.codePointAt(offset) ?? 0);
}

/** The concept's terms for a locale: exact tag first, else any tag of the same language. */
export function termsFor(concept: GlossaryConcept, locale: string): GlossaryTerm[] {
  if (concept.terms[locale]) return concept.terms[locale];
  const language = languageOf(locale);
  const key = Object.keys(concept.terms).find((k) => languageOf(k) === language);
  return key ? concept.terms[key] : [];
}

/** A glossary with an index per locale built on first use. */
export class Glossary {
  private readonly indexes = new Map<string, TermIndex>();
  private readonly byId: Map<string, GlossaryConcept>;

  constructor(readonly concepts: readonly GlossaryConcept[]) {
    this.byId = new Map(concepts.map((c) => [c.id, c]));
  }

  index(locale: string): TermIndex {
    let index = this.indexes.get(locale);
    if (!index) {
      index = new TermIndex(this.concepts, locale);
      this.indexes.set(locale, index);
    }
    return index;
  }

  concept(id: string): GlossaryConcept | undefined {
    return this.byId.get(id);
  }

  /** Source terms found (forbidden source variants excluded), with the target terms expected. */
  match(sourceText: string, sourceLocale: string, targetLocale: string): GlossaryMatch[] {
    return this.index(sourceLocale)
      .find(sourceText, { longestOnly: true })
      .filter((o) => o.status !== 'forbidden')
      .map((o) => {
        const concept = this.byId.get(o.conceptId) as GlossaryConcept;
        const targets = termsFor(concept, targetLocale);
        const match: GlossaryMatch = {
          conceptId: o.conceptId,
          sourceTerm: sourceText.slice(o.start, o.end),
          start: o.start,
          end: o.end,
          expected: [...targets.filter((t) => t.status === 'preferred'), ...targets.filter((t) => t.status === 'admitted')].map((t) => t.text),
          forbidden: targets.filter((t) => t.status === 'forbidden').map((t) => t.text),
        };
        if (concept.note) match.note = concept.note;
        return match;
      });
  }
}
