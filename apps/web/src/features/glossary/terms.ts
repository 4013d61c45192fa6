// The glossary's answers (libs/documents GlossaryConceptResponse and friends) document their
// terms loosely (an object of locale → terms): their shapes, as the API returns them.

export type TermStatus = 'preferred' | 'admitted' | 'forbidden';
export const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'forbidden'];

export interface Term {
  text: string;
  status: TermStatus;
}

export interface Concept {
  id: string;
  note?: string | null;
  version: number;
  terms: Partial<Record<string, Term[]>>;
}

export interface ConceptState {
  action: 'created' | 'updated' | 'deleted';
  version: number;
  note: string | null;
  terms: Partial<Record<string, Term[]>>;
  actorId: string | null;
  at: string;
}

/** The locales the list shows side by side, in the order a language team reads them. */
export const GLOSSARY_LOCALES = ['en', 'zh-CN', 'pt-BR'] as const;

/** A locale's terms, preferred first, then admitted, then forbidden; alphabetical within each. */
export function sortTerms(terms: readonly Term[] | undefined): Term[] {
  return [...(terms ?? [])].sort((a, b) => TERM_STATUSES.indexOf(a.status) - TERM_STATUSES.indexOf(b.status) || a.text.localeCompare(b.text));
}

/**
 * The locales whose terms the user may change: those they review (identity's policy lets a
 * reviewer write the glossary in their locales only); an administrator all of them. The API
 * decides anyway; this only spares others a form that would be refused.
 */
export function editableLocales(memberships: readonly { role: string; locales: readonly string[] }[]): string[] {
  if (memberships.some((membership) => membership.role === 'admin')) return [...GLOSSARY_LOCALES];
  const reviewed = new Set(memberships.filter((membership) => membership.role === 'reviewer').flatMap((membership) => membership.locales));
  return GLOSSARY_LOCALES.filter((locale) => reviewed.has(locale));
}

/** One row of the edit form. */
export interface TermRow {
  text: string;
  status: TermStatus;
}

export type TermsProblem = { kind: 'duplicate'; text: string } | { kind: 'tooLong'; text: string };

/**
 * The terms to send: texts trimmed, blank rows dropped. A text twice (the API would keep only
 * the last) or over 200 characters is refused here, before any request.
 */
export function termsToSave(rows: readonly TermRow[]): { terms: Term[] } | { problem: TermsProblem } {
  const terms = rows.map((row) => ({ text: row.text.trim().replace(/\s+/g, ' '), status: row.status })).filter((row) => row.text !== '');
  const seen = new Set<string>();
  for (const term of terms) {
    if (term.text.length > 200) return { problem: { kind: 'tooLong', text: term.text } };
    if (seen.has(term.text)) return { problem: { kind: 'duplicate', text: term.text } };
    seen.add(term.text);
  }
  return { terms };
}

/** Whether two lists of terms say the same (order aside). */
export function sameTerms(a: readonly Term[] | undefined, b: readonly Term[] | undefined): boolean {
  const key = (terms: readonly Term[] | undefined) => JSON.stringify(sortTerms(terms).map((term) => [term.text, term.status]));
  return key(a) === key(b);
}

/** Pages of a list of `total` items, `size` each (at least one page, for "page 1 of 1"). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** A page number read from the address bar: a whole number within the pages, else the first. */
export function pageFrom(value: string | null, pages: number): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= pages ? page : 1;
}
