import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Me } from '../../api/me';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { creatableJurisdictions } from './access';
import { useDocumentList } from './queries';

/** The documents the user may read (their cities', shared material, published ones), newest first, filtered by city in the address. */
export function DocumentsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const list = useDocumentList();
  const [search, setSearch] = useSearchParams();
  const filter = search.get('jurisdiction') ?? '';
  const documents = list.data?.pages.flatMap((page) => page.items) ?? [];
  const jurisdictions = [...new Set(documents.map((document) => document.jurisdictionCode ?? ''))].sort();
  const shown = documents.filter((document) => !filter || (document.jurisdictionCode ?? '') === (filter === 'shared' ? '' : filter));
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const jurisdictionName = (code: string | null) => code || t('documents.shared');
  return (
    <main id="main">
      <h1>{t('documents.title')}</h1>
      <p>{t('documents.intro')}</p>
      {creatableJurisdictions(me).length > 0 && (
        <p>
          <Link className="button primary" to="/documents/new">
            {t('documents.new')}
          </Link>
        </p>
      )}
      {jurisdictions.length > 1 && (
        <div className="field inline">
          <label htmlFor="jurisdiction-filter">{t('documents.jurisdiction')}</label>
          <select
            id="jurisdiction-filter"
            value={filter}
            onChange={(event) => setSearch(event.target.value ? { jurisdiction: event.target.value } : {}, { replace: true })}
          >
            <option value="">{t('documents.allJurisdictions')}</option>
            {jurisdictions.map((code) => (
              <option key={code} value={code || 'shared'}>
                {jurisdictionName(code)}
              </option>
            ))}
          </select>
        </div>
      )}
      <QueryState isLoading={list.isLoading} error={list.error} onRetry={() => void list.refetch()} />
      {list.data && shown.length === 0 && <p>{t('documents.empty')}</p>}
      {shown.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('documents.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('documents.documentTitle')}</th>
                <th scope="col">{t('documents.jurisdiction')}</th>
                <th scope="col">{t('documents.languages')}</th>
                <th scope="col">{t('documents.statusLabel')}</th>
                <th scope="col">{t('documents.dueOn')}</th>
                <th scope="col">{t('documents.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((document) => (
                <tr key={document.id}>
                  <th scope="row">
                    <Link to={`/documents/${document.id}`}>{document.title}</Link>
                  </th>
                  <td>{jurisdictionName(document.jurisdictionCode)}</td>
                  <td>
                    {t('documents.fromTo', {
                      source: languages.of(document.sourceLocale) ?? document.sourceLocale,
                      targets: document.targetLocales.map((target) => languages.of(target) ?? target).join(t('common.listSeparator')),
                    })}
                  </td>
                  <td>{t(`documents.status.${document.status}`)}</td>
                  <td>{document.dueOn ? formatDate(locale, document.dueOn) : '—'}</td>
                  <td>{formatDate(locale, document.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && (
        <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t('documents.more')}
        </button>
      )}
    </main>
  );
}
