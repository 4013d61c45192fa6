import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { alignmentParts } from './AlignmentResult';
import { changeCounts, diffLines } from './diff';
import { MarkdownDiff } from './MarkdownDiff';
import { type Revision, useDocumentDetail, useRevisions, useRevisionText } from './queries';

/** Every revision of a document, newest first: who, when, why, what it did to the translations, and what changed in the text. */
export function RevisionsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const document = useDocumentDetail(id);
  const revisions = useRevisions(id);
  const items = revisions.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <main id="main">
      <p>
        <Link to={`/documents/${id}`}>{t('documents.backToDocument', { title: document.data?.title ?? '' })}</Link>
      </p>
      <h1>{t('documents.revisions.title', { title: document.data?.title ?? '' })}</h1>
      <QueryState isLoading={revisions.isLoading} error={revisions.error} onRetry={() => void revisions.refetch()} />
      <ol className="revision-list" reversed>
        {items.map((revision, index) => (
          <RevisionItem key={revision.number} documentId={id} revision={revision} openAtFirst={index === 0} />
        ))}
      </ol>
      {revisions.hasNextPage && (
        <button type="button" onClick={() => void revisions.fetchNextPage()} disabled={revisions.isFetchingNextPage}>
          {t('documents.more')}
        </button>
      )}
    </main>
  );
}

function RevisionItem({ documentId, revision, openAtFirst }: { documentId: string; revision: Revision; openAtFirst: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [open, setOpen] = useState(openAtFirst);
  const parts = alignmentParts(revision.counts);
  return (
    <li className="revision-item">
      <h2>{t('documents.revisionNumber', { revision: revision.number })}</h2>
      <p className="muted">
        {t('documents.revisions.byline', {
          author: revision.authorName ?? t('documents.revisions.unknownAuthor'),
          date: formatDateTime(locale, revision.createdAt),
        })}
      </p>
      <p>{revision.message ? <q>{revision.message}</q> : <span className="muted">{t('documents.revisions.noMessage')}</span>}</p>
      <p>{t('documents.revisions.segments', { segments: revision.segments, ...parts })}</p>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{revision.number === 1 ? t('documents.revisions.showText') : t('documents.revisions.showChanges', { previous: revision.number - 1 })}</summary>
        {open && <RevisionChanges documentId={documentId} number={revision.number} />}
      </details>
    </li>
  );
}

function RevisionChanges({ documentId, number }: { documentId: string; number: number }) {
  const { t } = useTranslation();
  const current = useRevisionText(documentId, number, true);
  const previous = useRevisionText(documentId, number - 1, number > 1);
  const loading = current.isLoading || (number > 1 && previous.isLoading);
  const error = current.error ?? previous.error;
  if (loading || error) return <QueryState isLoading={loading} error={error} onRetry={() => void Promise.all([current.refetch(), previous.refetch()])} />;
  const ops = diffLines(previous.data?.markdown ?? '', current.data?.markdown ?? '');
  const counts = changeCounts(ops);
  return (
    <div>
      <p className="muted">{t('documents.revisions.lineCounts', counts)}</p>
      <MarkdownDiff ops={ops} label={t('documents.revisions.diffLabel', { number, previous: number - 1 })} />
    </div>
  );
}
