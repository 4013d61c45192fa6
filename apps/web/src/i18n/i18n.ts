import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { chooseLocale, DEFAULT_LOCALE, type Locale, LOCALES } from './locale';
import en from './locales/en.json';
import ptBR from './locales/pt-BR.json';
import zhCN from './locales/zh-CN.json';

/** This device's last choice, used until the user signs in (then their account's locale wins). */
const STORED_LOCALE = 'bluecarbon.locale';

/** The API's conventions: one `translation` namespace, `{{name}}` interpolation, `_one`/`_other` plurals. */
export const RESOURCES = { en: { translation: en }, 'zh-CN': { translation: zhCN }, 'pt-BR': { translation: ptBR } };

export function initI18n(): typeof i18next {
  const locale = chooseLocale({ stored: readStoredLocale(), browser: navigator.languages });
  void i18next.use(initReactI18next).init({
    resources: RESOURCES,
    lng: locale,
    supportedLngs: [...LOCALES],
    fallbackLng: DEFAULT_LOCALE,
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

export function currentLocale(): Locale {
  return chooseLocale({ preferred: i18next.language });
}

/** Shows the portal in `locale` now, and remembers it on this device. */
export async function applyLocale(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORED_LOCALE, locale);
  } catch {
    // Storage may be off (private mode): the choice then lasts for this visit.
  }
}

function readStoredLocale(): string | null {
  try {
    return localStorage.getItem(STORED_LOCALE);
  } catch {
    return null;
  }
}
