import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ProblemError } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { downloadMarkdown, useDocumentDetail, useRendering } from './queries';

/**
 * The API marks text that fell back to the source language with `<span class="source-fallback"
 * lang="…">`. Besides its style, each gets a visible label in front, so the mark is read out
 * and seen without relying on colour.
 */
function markFallback(html: string, label: string, labelLocale: string): string {
  const parsed = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  for (const span of parsed.querySelectorAll('span.source-fallback')) {
    const badge = parsed.createElement('span');
    badge.className = 'fallback-label';
    badge.lang = labelLocale;
    badge.textContent = label;
    span.before(badge);
  }
  return parsed.body.firstElementChild?.innerHTML ?? '';
}

/** A document as readers see it in one locale: the latest publication, or the working copy as translated so far. */
export function RenderedPage() {
  const { t } = useTranslation();
  const { id = '', locale: target = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const which = search.get('revision') === 'current' ? 'current' : 'published';
  const locale = currentLocale();
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const language = languages.of(target) ?? target;
  const document = useDocumentDetail(id);
  const rendering = useRendering(id, target, which);
  const notPublished = rendering.error instanceof ProblemError && rendering.error.problem.status < 500 && which === 'published';
  const data = rendering.data;
  const source = languages.of(data?.sourceLocale ?? document.data?.sourceLocale ?? '') ?? '';
  const workingCopy = Boolean(document.data?.progress[target]);
  return (
    <main id="main">
      <p>
        <Link to={`/documents/${id}`}>{t('documents.backToDocument', { title: document.data?.title ?? '' })}</Link>
      </p>
      <h1>{t('documents.rendered.title', { title: document.data?.title ?? '', language })}</h1>
      {workingCopy && (
        <div className="segmented" role="group" aria-label={t('documents.rendered.which')}>
          {(['published', 'current'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={which === option}
              onClick={() => setSearch(option === 'current' ? { revision: 'current' } : {}, { replace: true })}
            >
              {t(`documents.rendered.${option}`)}
            </button>
          ))}
          <button type="button" onClick={() => void downloadMarkdown(id, target)}>
            {t('documents.locales.download', { language, format: 'Markdown' })}
          </button>
        </div>
      )}
      {notPublished ? (
        <p role="status">{t('documents.rendered.notPublished', { language })}</p>
      ) : (
        <QueryState isLoading={rendering.isLoading} error={rendering.error} onRetry={() => void rendering.refetch()} />
      )}
      {data && (
        <>
          <p className="muted">
            {data.publishedAt
              ? t('documents.rendered.publishedAt', { revision: data.revision, date: formatDateTime(locale, data.publishedAt) })
              : t('documents.rendered.currentOf', { revision: data.revision })}
          </p>
          {data.partial && (
            <p className="fallback-note">
              <span className="fallback-label">{t('documents.rendered.fallbackLabel', { language: source })}</span>{' '}
              {t('documents.rendered.fallbackExplained', {
                count: data.fallbackOrdinals.length,
                countText: formatNumber(locale, data.fallbackOrdinals.length),
                language: source,
              })}
            </p>
          )}
          <article
            className="rendered"
            lang={data.locale}
            // Sanitised by the API (markdown-toolkit): no raw HTML, only safe URLs; the labels are text we add.
            dangerouslySetInnerHTML={{ __html: markFallback(data.html, t('documents.rendered.fallbackLabel', { language: source }), locale) }}
          />
        </>
      )}
    </main>
  );
}
