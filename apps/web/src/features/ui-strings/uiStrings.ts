// The UI string routes' answers (libs/documents UiStrings*Response), as the API returns them.

export interface LocaleGaps {
  locale: string;
  keys: number;
  missingKeys: string[];
  missingPlurals: string[];
}

export interface NamespaceGaps {
  namespace: string;
  sourceLocale: string;
  locales: LocaleGaps[];
}

export interface ImportReport {
  namespace: string;
  locale: string;
  imported: number;
  keys: string[];
  unused: { key: string; message: string }[];
  missing: string[];
  unknownKeys: string[];
}

/**
 * The locales whose strings the user may import: those they translate or review (identity's
 * policy), every one for an administrator. The API decides anyway; this spares others an
 * upload that would be refused.
 */
export function importableLocales(memberships: readonly { role: string; locales: readonly string[] }[], locales: readonly string[]): string[] {
  if (memberships.some((membership) => membership.role === 'admin')) return [...locales];
  const own = new Set(memberships.filter((membership) => ['translator', 'reviewer'].includes(membership.role)).flatMap((membership) => membership.locales));
  return locales.filter((locale) => own.has(locale));
}

/** The file name a download is saved under: what i18next's backends load (`<locale>/<namespace>.json` flattened). */
export function downloadName(namespace: string, locale: string): string {
  return `${namespace}.${locale}.json`;
}

/** How complete a locale is against the source, as a whole percentage (100 for an empty source). */
export function completeness(gaps: LocaleGaps, sourceKeys: number): number {
  if (sourceKeys === 0) return 100;
  return Math.floor((100 * (sourceKeys - Math.min(sourceKeys, gaps.missingKeys.length))) / sourceKeys);
}
