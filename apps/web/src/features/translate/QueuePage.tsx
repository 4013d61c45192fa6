import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatNumber } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { useDocuments, useTasks } from './queries';
import { StateBar } from './StateBar';
import type { Progress, TranslationTask } from './types';

/** The sum of a document's locales, for its own bar. */
function total(progresses: Progress[]): Progress {
  const sum = (pick: (p: Progress) => number) => progresses.reduce((acc, p) => acc + pick(p), 0);
  return {
    segments: sum((p) => p.segments),
    outdated: sum((p) => p.outdated),
    byState: {
      untranslated: sum((p) => p.byState.untranslated),
      draft: sum((p) => p.byState.draft),
      translated: sum((p) => p.byState.translated),
      reviewed: sum((p) => p.byState.reviewed),
      approved: sum((p) => p.byState.approved),
    },
  };
}

/** The translator's queue: documents with work in their locales, soonest due first, each with its progress. */
export function QueuePage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const tasks = useTasks();
  const items = tasks.data?.items ?? [];
  const documentIds = [...new Set(items.map((task) => task.documentId))];
  const documents = useDocuments(documentIds);
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const byDocument = documentIds.map((id) => ({ id, tasks: items.filter((task) => task.documentId === id) }));
  return (
    <main id="main">
      <h1>{t('translate.queue.title')}</h1>
      <p>{t('translate.queue.intro')}</p>
      <QueryState isLoading={tasks.isLoading} error={tasks.error} onRetry={() => void tasks.refetch()} />
      {tasks.data && items.length === 0 && <p>{t('translate.queue.empty')}</p>}
      <ul className="queue">
        {byDocument.map(({ id, tasks: rows }, index) => {
          const first = rows[0] as TranslationTask;
          const progress = documents[index]?.data?.progress ?? {};
          // The document's bar sums every locale the reader sees; with one locale it would repeat that locale's bar.
          const locales = Object.values(progress);
          return (
            <li key={id} className="queue-item">
              <h2>{first.title}</h2>
              <p className="muted">
                {first.dueOn ? t('translate.queue.due', { date: formatDate(locale, first.dueOn) }) : t('translate.queue.noDue')}
                {first.jurisdictionCode ? ` · ${first.jurisdictionCode}` : ''}
              </p>
              {locales.length > 1 && <StateBar progress={total(locales)} label={t('translate.queue.documentProgress', { title: first.title })} />}
              <ul className="queue-locales">
                {rows.map((row) => (
                  <li key={row.locale}>
                    <Link to={`/translate/documents/${row.documentId}/${row.locale}`}>
                      {t('translate.queue.open', { language: languages.of(row.locale) ?? row.locale })}
                    </Link>{' '}
                    <span className="muted">
                      {t('translate.queue.counts', {
                        untranslated: formatNumber(locale, row.untranslated),
                        outdated: formatNumber(locale, row.outdated),
                        review: formatNumber(locale, row.awaitingReview),
                      })}
                    </span>
                    {progress[row.locale] && (
                      <StateBar
                        progress={progress[row.locale] as Progress}
                        label={t('translate.queue.localeProgress', { language: languages.of(row.locale) ?? row.locale })}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
