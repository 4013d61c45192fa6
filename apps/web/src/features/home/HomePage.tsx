import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Me, roles } from '../../api/me';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { QueryState } from '../../components/QueryState';
import { useCase, useCases, useCaseViews, useOverview } from '../onboarding';

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
      {me.locales.length > 0 && <p className="card">{t('home.translationTasks', { locales: me.locales.join(', ') })}</p>}
      {!seesNetwork && !worksForCity && me.locales.length === 0 && <p>{t('home.nothing')}</p>}
    </main>
  );
}

function NetworkAttention({ canReview }: { canReview: boolean }) {
  const { t } = useTranslation();
  const overview = useOverview(undefined);
  if (!overview.data) return <QueryState isLoading={overview.isLoading} error={overview.error} onRetry={() => void overview.refetch()} />;
  const partners = overview.data.partners;
  const overdue = partners.reduce((sum, partner) => sum + partner.overdueCount, 0);
  return (
    <ul className="cards">
      {canReview && <ToReview caseIds={partners.flatMap((partner) => (partner.caseId && partner.caseStatus !== 'completed' ? [partner.caseId] : []))} />}
      <li className={overdue ? 'card warning' : 'card'}>{t('home.overdue', { count: overdue })}</li>
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
  const count = cases.reduce((sum, view) => sum + (view.data?.steps.filter((step) => step.state === 'submitted').length ?? 0), 0);
  return <li className={count ? 'card warning' : 'card'}>{t('home.toReview', { count })}</li>;
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
  const toDo = view.data.steps.filter((step) => step.state === 'open' || step.state === 'changes_requested').length;
  return (
    <>
      <li className="card">{t('home.stepsToDo', { count: toDo })}</li>
      <li className={view.data.overdueCount ? 'card warning' : 'card'}>{t('home.overdue', { count: view.data.overdueCount })}</li>
      <li className="card">
        <Link to={`/onboarding/cases/${id}`}>{t('home.openCase', { name: localized(view.data.jurisdiction.name, currentLocale()) })}</Link>
      </li>
    </>
  );
}
