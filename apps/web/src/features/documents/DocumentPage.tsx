import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ProblemError } from '../../api/client';
import type { Me } from '../../api/me';
import { Alert } from '../../components/Alert';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatNumber } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { StateBar } from '../translate/StateBar';
import { canEditDocument, canPublish } from './access';
import { AlignmentResult } from './AlignmentResult';
import { type DocumentDetail, documentKey, downloadMarkdown, publish, type SavedDocument, useDocumentDetail, useRendering } from './queries';
import { SourceEditor } from './SourceEditor';

/** One document: its translations per locale (progress, publish, read, export) and its source, edited in Markdown. */
export function DocumentPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { state } = useLocation() as { state: { created?: SavedDocument['revisionSummary'] } | null };
  const detail = useDocumentDetail(id);
  const [showCreated, setShowCreated] = useState(true);
  const document = detail.data;
  const locale = currentLocale();
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  return (
    <main id="main">
      <p>
        <Link to="/documents">{t('documents.backToList')}</Link>
      </p>
      <QueryState isLoading={detail.isLoading} error={detail.error} onRetry={() => void detail.refetch()} />
      {document && (
        <>
          <h1>{document.title}</h1>
          <p className="muted">
            {[
              document.jurisdictionCode ?? t('documents.shared'),
              t('documents.sourceIn', { language: languages.of(document.sourceLocale) }),
              t(`documents.status.${document.status}`),
              t('documents.revisionNumber', { revision: document.currentRevision }),
              document.dueOn ? t('documents.due', { date: formatDate(locale, document.dueOn) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {showCreated && state?.created && <AlignmentResult saved={{ ...document, revisionSummary: state.created }} />}
          <p>
            <Link to={`/documents/${id}/revisions`}>{t('documents.revisions.link')}</Link>
          </p>
          <LocalesPanel document={document} me={me} />
          {canEditDocument(me, document) ? <SourceEditor key={document.id} document={document} onSaved={() => setShowCreated(false)} /> : null}
          <SourcePreview document={document} />
        </>
      )}
    </main>
  );
}

function LocalesPanel({ document, me }: { document: DocumentDetail; me: Me }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const locale = currentLocale();
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const publisher = canPublish(me);

  async function publishLocale(target: string, partial: boolean): Promise<void> {
    setOutcome(null);
    try {
      const rendered = await publish(document.id, target, partial);
      setConfirming(null);
      const language = languages.of(target) ?? target;
      setOutcome({
        tone: 'success',
        text: rendered.partial
          ? t('documents.publish.donePartial', { language, count: rendered.fallbackOrdinals.length })
          : t('documents.publish.done', { language }),
      });
      await client.invalidateQueries({ queryKey: documentKey(document.id) });
      await client.invalidateQueries({ queryKey: ['documents', 'render', document.id] });
    } catch (failure) {
      setOutcome({ tone: 'error', text: failure instanceof ProblemError ? failure.problem.detail : t('common.networkError') });
    }
  }

  return (
    <section aria-labelledby="locales-heading">
      <h2 id="locales-heading">{t('documents.locales.title')}</h2>
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <ul className="locale-list">
        {document.targetLocales.map((target) => {
          const language = languages.of(target) ?? target;
          const progress = document.progress[target];
          return (
            <li key={target} className="locale-item">
              <h3>{language}</h3>
              {progress && <StateBar progress={progress} label={t('documents.locales.progress', { language })} />}
              <div className="actions">
                <Link to={`/documents/${document.id}/view/${target}`}>{t('documents.locales.read', { language })}</Link>
                {progress && (
                  <button
                    type="button"
                    onClick={() => void downloadMarkdown(document.id, target).catch(() => setOutcome({ tone: 'error', text: t('common.networkError') }))}
                  >
                    {t('documents.locales.download', { language, format: 'Markdown' })}
                  </button>
                )}
                {progress && <Link to={`/translate/documents/${document.id}/${target}`}>{t('documents.locales.translate', { language })}</Link>}
                {publisher && progress && (
                  <button
                    type="button"
                    className="primary"
                    onClick={() => (progress.publishable ? void publishLocale(target, false) : setConfirming(target))}
                    aria-expanded={progress.publishable ? undefined : confirming === target}
                  >
                    {t('documents.publish.button', { language })}
                  </button>
                )}
              </div>
              {confirming === target && progress && (
                <div className="confirm" role="group" aria-labelledby={`confirm-${target}`}>
                  <p id={`confirm-${target}`}>
                    {t('documents.publish.partialExplained', {
                      language,
                      approved: formatNumber(locale, progress.byState.approved),
                      outdated: formatNumber(locale, progress.outdated),
                      total: formatNumber(locale, progress.segments),
                      source: languages.of(document.sourceLocale),
                    })}
                  </p>
                  <div className="actions">
                    <button type="button" className="primary" onClick={() => void publishLocale(target, true)}>
                      {t('documents.publish.partial')}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t('common.cancel')}
                    </button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The saved source as it renders (the API renders what is saved, not the text being typed). */
function SourcePreview({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rendering = useRendering(document.id, document.sourceLocale, 'current', open);
  return (
    <details className="preview" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('documents.preview.title', { revision: document.currentRevision })}</summary>
      {open && rendering.data && (
        // Sanitised by the API (markdown-toolkit): no raw HTML, only safe URLs.
        <div className="rendered" lang={document.sourceLocale} dangerouslySetInnerHTML={{ __html: rendering.data.html }} />
      )}
      {open && <QueryState isLoading={rendering.isLoading} error={rendering.error} onRetry={() => void rendering.refetch()} />}
    </details>
  );
}
