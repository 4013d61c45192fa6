import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Me } from '../../api/me';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { useConcept, useConceptHistory } from './queries';
import { editableLocales, GLOSSARY_LOCALES, sortTerms } from './terms';
import { TermList } from './TermList';
import { TermsForm } from './TermsForm';

/** One concept: its terms per locale, a form for each locale the user reviews, and every earlier state. */
export function ConceptPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { conceptId = '' } = useParams();
  const locale = currentLocale();
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const concept = useConcept(conceptId);
  const history = useConceptHistory(conceptId);
  const editable = editableLocales(me.memberships);

  return (
    <main id="main">
      <p>
        <Link to="/glossary">{t('glossary.back')}</Link>
      </p>
      <h1>{t('glossary.conceptTitle', { id: conceptId })}</h1>
      <QueryState isLoading={concept.isLoading} error={concept.error} onRetry={() => void concept.refetch()} />
      {concept.data && (
        <>
          {concept.data.note && <p className="concept-note">{concept.data.note}</p>}
          {editable.length === 0 && <p className="muted">{t('glossary.readOnly')}</p>}
          {GLOSSARY_LOCALES.map((code) => {
            const language = languages.of(code) ?? code;
            return (
              <section key={code} aria-labelledby={`locale-${code}`} className="concept-locale">
                <h2 id={`locale-${code}`}>{language}</h2>
                {editable.includes(code) ? (
                  <TermsForm concept={concept.data} locale={code} language={language} />
                ) : (
                  <TermList terms={concept.data.terms[code]} locale={code} />
                )}
              </section>
            );
          })}
        </>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('glossary.history')}</h2>
        <QueryState isLoading={history.isLoading} error={concept.error ? null : history.error} onRetry={() => void history.refetch()} />
        {history.data?.length === 0 && <p>{t('glossary.noHistory')}</p>}
        {history.data && history.data.length > 0 && (
          <ol className="history" reversed>
            {[...history.data].reverse().map((state) => (
              <li key={`${state.version}-${state.action}-${state.at}`}>
                <p>
                  <strong>{t(`glossary.action.${state.action}`, { version: state.version })}</strong>{' '}
                  <span className="muted">{formatDateTime(locale, state.at)}</span>
                </p>
                <dl className="history-terms">
                  {GLOSSARY_LOCALES.filter((code) => state.terms[code]?.length).map((code) => (
                    <div key={code}>
                      <dt>{languages.of(code) ?? code}</dt>
                      <dd>
                        {sortTerms(state.terms[code])
                          .map((term) =>
                            term.status === 'preferred'
                              ? term.text
                              : t('glossary.termWithStatus', { text: term.text, status: t(`glossary.status.${term.status}`) }),
                          )
                          .join(t('common.listSeparator'))}
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
        )}
      </section>
    </main>
  );
}
