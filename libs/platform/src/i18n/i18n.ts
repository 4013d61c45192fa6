import i18next, { type i18n, type Resource } from 'i18next';
import en from './locales/en.json';
import ptBR from './locales/pt-BR.json';
import zhCN from './locales/zh-CN.json';
import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES } from './negotiate-locale';

/** The platform's own messages (shared error codes, validation rules, record names). */
export const PLATFORM_TRANSLATIONS = { en, 'zh-CN': zhCN, 'pt-BR': ptBR };

const translator: i18n = i18next.createInstance();
void translator.init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN }, 'pt-BR': { translation: ptBR } },
  supportedLngs: [...SUPPORTED_LOCALES],
  fallbackLng: DEFAULT_LOCALE,
  // Resources are in memory: initialise synchronously so `translate` works at import time.
  initAsync: false,
  // Output goes into JSON, not HTML; escaping would corrupt names such as "Niterói & Sergipe".
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Translates `key` into `locale`, falling back to English for missing entries. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  return translator.t(key, { ...params, lng: locale });
}

export function hasTranslation(locale: Locale, key: string): boolean {
  return translator.exists(key, { lng: locale, fallbackLng: false });
}

/**
 * Lets a domain library ship its own messages (its error codes, mail texts) next to its
 * code. Keys are deep-merged into the `translation` namespace.
 */
export function addTranslations(resources: Partial<Record<Locale, Resource>>): void {
  for (const [locale, bundle] of Object.entries(resources)) {
    translator.addResourceBundle(locale, 'translation', bundle, true, false);
  }
}
