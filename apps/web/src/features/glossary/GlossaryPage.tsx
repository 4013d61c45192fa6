import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Field } from '../../components/Field';
import { QueryState } from '../../components/QueryState';
import { formatNumber } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { PAGE_SIZE, useConcepts } from './queries';
import { GLOSSARY_LOCALES, pageCount, pageFrom } from './terms';
import { TermList } from './TermList';

/** The glossary: search every locale's terms, browse page by page, open a concept. The search and page live in the address. */
export function GlossaryPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const page = pageFrom(params.get('page'), Number.MAX_SAFE_INTEGER);
  const [draft, setDraft] = useState(q);
  const list = useConcepts(q, page);
  const total = list.data?.total ?? 0;
  const pages = pageCount(total, PAGE_SIZE);

  function search(event: FormEvent): void {
    event.preventDefault();
    const next = draft.trim();
    setParams(next ? { q: next } : {});
  }

  function goTo(next: number): void {
    setParams({ ...(q ? { q } : {}), page: String(next) });
  }

  return (
    <main id="main">
      <h1>{t('glossary.title')}</h1>
      <p>{t('glossary.intro')}</p>
      <form role="search" className="search-form" onSubmit={search}>
        <Field
          label={t('glossary.search')}
          type="search"
          value={draft}
          maxLength={200}
          onChange={(event) => setDraft(event.target.value)}
          hint={t('glossary.searchHint')}
        />
        <button type="submit" className="primary">
          {t('glossary.searchButton')}
        </button>
      </form>
      <QueryState isLoading={list.isLoading} error={list.error} onRetry={() => void list.refetch()} />
      {list.data && (
        <p role="status">
          {q
            ? t('glossary.found', { count: total, total: formatNumber(locale, total), q })
            : t('glossary.count', { count: total, total: formatNumber(locale, total) })}
        </p>
      )}
      {list.data && list.data.items.length > 0 && (
        <div className="table-scroll">
          <table className="glossary-table">
            <caption className="visually-hidden">{t('glossary.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('glossary.concept')}</th>
                {GLOSSARY_LOCALES.map((code) => (
                  <th key={code} scope="col">
                    {languages.of(code) ?? code}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((concept) => (
                <tr key={concept.id}>
                  <th scope="row">
                    <Link to={`/glossary/${concept.id}`}>{concept.id}</Link>
                  </th>
                  {GLOSSARY_LOCALES.map((code) => (
                    <td key={code}>
                      <TermList terms={concept.terms[code]} locale={code} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && pages > 1 && (
        <nav className="pager" aria-label={t('glossary.pages')}>
          <button type="button" disabled={page <= 1} onClick={() => goTo(page - 1)}>
            {t('glossary.previous')}
          </button>
          <span>{t('glossary.pageOf', { page: formatNumber(locale, page), pages: formatNumber(locale, pages) })}</span>
          <button type="button" disabled={page >= pages} onClick={() => goTo(page + 1)}>
            {t('glossary.next')}
          </button>
        </nav>
      )}
    </main>
  );
}
