/** The portal's three languages, the same as the API's (libs/platform negotiate-locale). */
export const LOCALES = ['zh-CN', 'en', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English', 'pt-BR': 'Português' };

/** Maps a BCP 47 tag to the locale that serves its readers, as the API does (zh-TW → zh-CN, pt-PT → pt-BR). */
export function matchLocale(tag: string | null | undefined): Locale | null {
  switch (tag?.trim().toLowerCase().split(/[-_]/)[0]) {
    case 'en':
      return 'en';
    case 'zh':
      return 'zh-CN';
    case 'pt':
      return 'pt-BR';
    default:
      return null;
  }
}

/**
 * The language to show: the signed-in user's preferred locale wins (it is remembered per user
 * by the API), then the choice made on this device before signing in, then the browser's
 * languages in order, then English.
 */
export function chooseLocale(input: { preferred?: string | null; stored?: string | null; browser?: readonly string[] }): Locale {
  const candidates = [input.preferred, input.stored, ...(input.browser ?? [])];
  for (const candidate of candidates) {
    const locale = matchLocale(candidate);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
