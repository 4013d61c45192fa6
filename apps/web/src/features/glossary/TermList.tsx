import { useTranslation } from 'react-i18next';
import { sortTerms, type Term } from './terms';

/** A locale's terms, preferred first, each with its status in words (forbidden ones struck through as well). */
export function TermList({ terms, locale }: { terms: readonly Term[] | undefined; locale: string }) {
  const { t } = useTranslation();
  const sorted = sortTerms(terms);
  if (!sorted.length) return <span className="muted">{t('glossary.noTerms')}</span>;
  return (
    <ul className="terms">
      {sorted.map((term) => (
        <li key={term.text} className={`term term-${term.status}`}>
          <span lang={locale}>{term.status === 'forbidden' ? <s>{term.text}</s> : term.text}</span>{' '}
          <span className="term-status">{t(`glossary.status.${term.status}`)}</span>
        </li>
      ))}
    </ul>
  );
}
