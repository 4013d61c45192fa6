export const SUPPORTED_LOCALES = ['en', 'zh-CN', 'pt-BR'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Maps any BCP 47 tag to the supported locale that serves its readers, or null. */
export function matchLocale(tag: string): Locale | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  switch (primary) {
    case 'en':
      return 'en';
    case 'zh': // zh, zh-Hans, zh-CN, zh-SG; Traditional readers are better served by zh-CN than by en
      return 'zh-CN';
    case 'pt': // pt, pt-PT, pt-BR: Portuguese partners are Brazilian
      return 'pt-BR';
    default:
      return null;
  }
}

/**
 * Picks the response locale: an explicit `lang` override wins, then the Accept-Language
 * entries by descending q (ties keep header order), then English.
 */
export function negotiateLocale(acceptLanguage?: string | null, override?: string | null): Locale {
  return requestedLocale(acceptLanguage, override) ?? DEFAULT_LOCALE;
}

/**
 * The locale the request itself asks for, or null when it names none the portal serves: then
 * a signed-in caller's preferred locale decides (see `adoptPreferredLocale`).
 */
export function requestedLocale(acceptLanguage?: string | null, override?: string | null): Locale | null {
  const forced = override ? matchLocale(override) : null;
  if (forced) return forced;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, index) => parseEntry(entry, index))
    .filter((entry): entry is { tag: string; q: number; index: number } => entry !== null && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === '*') return DEFAULT_LOCALE;
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return null;
}

function parseEntry(entry: string, index: number): { tag: string; q: number; index: number } | null {
  const [tag, ...params] = entry.split(';').map((part) => part.trim());
  if (!tag) return null;
  const qParam = params.find((param) => param.toLowerCase().startsWith('q='));
  const q = qParam ? Number(qParam.slice(2)) : 1;
  return Number.isFinite(q) ? { tag, q, index } : null;
}
