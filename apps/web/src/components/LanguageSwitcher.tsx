import { useTranslation } from 'react-i18next';
import { type Locale, LOCALE_NAMES, LOCALES } from '../i18n/locale';

/** 中文 / English / Português, each named in its own language (and marked so for screen readers). */
export function LanguageSwitcher({ current, onChange }: { current: Locale; onChange: (locale: Locale) => void }) {
  const { t } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t('app.language')}>
      {LOCALES.map((locale) => (
        <button key={locale} type="button" lang={locale} aria-pressed={locale === current} onClick={() => onChange(locale)}>
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </div>
  );
}
