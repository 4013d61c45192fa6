import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Me, roles } from '../../api/me';
import { formatDate, formatNumber } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { LOCALE_NAMES, type Locale } from '../../i18n/locale';
import { localized } from '../../i18n/localized';
import { QueryState } from '../../components/QueryState';
import { type TranslationTask, useTranslationTasks, workLeft } from './translationTasks';
import { worksWithDocuments } from '../documents/access';
import { type Attention, attentionLink, stepNeeds, useCase, useCases, useCaseViews, useOverview } from '../onboarding';

const NETWORK_ROLES = ['admin', 'steward', 'observer'];
const CITY_ROLES = ['coordinator', 'contributor'];

/** What needs this person's attention, by role: their city's steps, or the network's reviews and overdue steps. */
export function HomePage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const mine = roles(me);
  const seesNetwork = mine.some((role) => NETWORK_ROLES.includes(role));
  const worksForCity = mine.some((role) => CITY_ROLES.includes(role));
  return (
    <main id="main">
      <h1>{t('home.title', { name: me.displayName })}</h1>
      <p className="roles">{mine.map((role) => t(`home.roles.${role}`, { defaultValue: role })).join(' · ')}</p>
      <h2>{t('home.attention')}</h2>
      {seesNetwork && <NetworkAttention canReview={mine.includes('steward') || mine.includes('admin')} />}
      {worksForCity && <CityAttention />}
      {me.locales.length > 0 && <TranslationAttention locales={me.locales} />}
      {!seesNetwork && !worksForCity && me.locales.length === 0 && <p>{t('home.nothing')}</p>}
      {worksWithDocuments(me) && (
        <p>
          <Link to="/documents">{t('home.openDocuments')}</Link>
        </p>
      )}
    </main>
  );
}

function NetworkAttention({ canReview }: { canReview: boolean }) {
  const { t } = useTranslation();
  const overview = useOverview(undefined);
  if (!overview.data) return <QueryState isLoading={overview.isLoading} error={overview.error} onRetry={() => void overview.refetch()} />;
  const partners = overview.data.partners;
  const overdue = partners.reduce((sum, partner) => sum + partner.overdueCount, 0);
  const overdueCases = partners.flatMap((partner) => (partner.caseId && partner.overdueCount > 0 ? [partner.caseId] : []));
  return (
    <ul className="cards">
      {canReview && <ToReview caseIds={partners.flatMap((partner) => (partner.caseId && partner.caseStatus !== 'completed' ? [partner.caseId] : []))} />}
      <AttentionCard count={overdue} label={t('home.overdue', { count: overdue })} to={attentionLink(overdueCases, 'overdue')} />
      <li className="card">
        <Link to="/onboarding/overview">{t('home.openOverview')}</Link>
      </li>
    </ul>
  );
}

/** Submitted steps across the open cases (one request per case: the network has a handful). */
function ToReview({ caseIds }: { caseIds: string[] }) {
  const { t } = useTranslation();
  const cases = useCaseViews(caseIds);
  if (cases.some((view) => !view.data)) return <li className="card">{t('common.loading')}</li>;
  const submitted = cases.flatMap(({ data }) => (data ? data.steps.filter((step) => stepNeeds(step, 'review')).map(() => data.id) : []));
  return <AttentionCard count={submitted.length} label={t('home.toReview', { count: submitted.length })} to={attentionLink(submitted, 'review')} />;
}

/** A count that needs attention, the whole card a link to the filtered list; a zero has nowhere to lead. */
function AttentionCard({ count, label, to }: { count: number; label: string; to: string | null }) {
  return (
    <li className={count ? 'card warning' : 'card'}>
      {to ? (
        <Link className="card-link" to={to}>
          {label}
        </Link>
      ) : (
        label
      )}
    </li>
  );
}

function CityAttention() {
  const cases = useCases();
  if (!cases.data) return <QueryState isLoading={cases.isLoading} error={cases.error} onRetry={() => void cases.refetch()} />;
  return (
    <ul className="cards">
      {cases.data.items.map((item) => (
        <CaseAttention key={item.id} id={item.id} />
      ))}
    </ul>
  );
}

function CaseAttention({ id }: { id: string }) {
  const { t } = useTranslation();
  const view = useCase(id);
  if (!view.data) return <QueryState isLoading={view.isLoading} error={view.error} onRetry={() => void view.refetch()} />;
  const count = (attention: Attention) => view.data.steps.filter((step) => stepNeeds(step, attention)).length;
  const toDo = count('todo');
  const overdue = count('overdue');
  return (
    <>
      <AttentionCard count={toDo} label={t('home.stepsToDo', { count: toDo })} to={toDo ? attentionLink([id], 'todo') : null} />
      <AttentionCard count={overdue} label={t('home.overdue', { count: overdue })} to={overdue ? attentionLink([id], 'overdue') : null} />
      <li className="card">
        <Link to={`/onboarding/cases/${id}`}>{t('home.openCase', { name: localized(view.data.jurisdiction.name, currentLocale()) })}</Link>
      </li>
    </>
  );
}

const TASKS_LISTED = 3;
const localeName = (code: string) => LOCALE_NAMES[code as Locale] ?? code;

/** The translator's or reviewer's queue: how many documents wait in their languages, the first few, and the way to the queue. */
function TranslationAttention({ locales }: { locales: string[] }) {
  const { t } = useTranslation();
  const tasks = useTranslationTasks();
  if (!tasks.data) return <QueryState isLoading={tasks.isLoading} error={tasks.error} onRetry={() => void tasks.refetch()} />;
  const { items, nextCursor } = tasks.data;
  const label = nextCursor ? t('home.translationDocumentsAtLeast', { count: items.length }) : t('home.translationDocuments', { count: items.length });
  return (
    <section className="card wide translation-card" aria-labelledby="translation-tasks-title">
      <h3 id="translation-tasks-title">{t('home.translationTasks', { locales: locales.map(localeName).join(t('common.listSeparator')) })}</h3>
      {items.length ? (
        <>
          <p>
            <Link className="card-link inline warning" to="/translate">
              {label}
            </Link>
          </p>
          <ul className="task-list">
            {items.slice(0, TASKS_LISTED).map((task) => (
              <TaskLine key={`${task.documentId}-${task.locale}`} task={task} />
            ))}
          </ul>
          {items.length > TASKS_LISTED && <p className="hint">{t('home.moreTasks', { count: items.length - TASKS_LISTED })}</p>}
        </>
      ) : (
        <p>{label}</p>
      )}
    </section>
  );
}

function TaskLine({ task }: { task: TranslationTask }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const parts = workLeft(task).map((part) => t(`home.work.${part.kind}`, { count: part.count, formatted: formatNumber(locale, part.count) }));
  return (
    <li>
      <strong>{task.title}</strong> <span className="badge">{localeName(task.locale)}</span>
      <span className="task-meta">{[...parts, task.dueOn ? t('case.due', { date: formatDate(locale, task.dueOn) }) : null].filter(Boolean).join(' · ')}</span>
    </li>
  );
}
