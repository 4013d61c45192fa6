import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProgressBar } from '../../components/ProgressBar';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatPercent } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { parsePartnerAttention, partnerNeeds, stepNeeds } from './attention';
import { useCaseViews, useOverview } from './queries';

/**
 * The steward's and ICLEI's view of every partner: stage, progress, overdue steps; filtered by
 * country and, from a home card, by what needs attention (`?show=overdue|review`). Both filters
 * live in the address, so a link or a reload keeps them.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [search, setSearch] = useSearchParams();
  const country = search.get('country') ?? '';
  const show = parsePartnerAttention(search.get('show'));
  const all = useOverview(undefined);
  const byCountry = useOverview(country || undefined, Boolean(country));
  const data = country ? byCountry : all;
  // Reviews are read from the open cases (the home page asked for the same, so they are cached).
  const openCases =
    show === 'review' ? (all.data?.partners ?? []).flatMap((partner) => (partner.caseId && partner.caseStatus !== 'completed' ? [partner.caseId] : [])) : [];
  const cases = useCaseViews(openCases);
  const reviewCaseIds = new Set(cases.flatMap((view) => (view.data?.steps.some((step) => stepNeeds(step, 'review')) ? [view.data.id] : [])));
  const partners = (data.data?.partners ?? []).filter((partner) => !show || partnerNeeds(partner, show, reviewCaseIds));
  const casesLoading = cases.some((view) => view.isLoading);
  function setFilter(name: 'country' | 'show', value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  }
  const countries = [...new Set((all.data?.partners ?? []).map((partner) => partner.country))].sort();
  const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
  return (
    <main id="main">
      <h1>{t('overview.title')}</h1>
      <p>{t('overview.intro')}</p>
      <div className="field inline">
        <label htmlFor="country-filter">{t('overview.country')}</label>
        <select id="country-filter" value={country} onChange={(event) => setFilter('country', event.target.value)}>
          <option value="">{t('overview.allCountries')}</option>
          {countries.map((code) => (
            <option key={code} value={code}>
              {regionNames.of(code) ?? code}
            </option>
          ))}
        </select>
      </div>
      {show && (
        <p className="filter-note" role="status">
          {t(`overview.showing.${show}`)}{' '}
          <button type="button" className="link-button" onClick={() => setFilter('show', '')}>
            {t('overview.showAll')}
          </button>
        </p>
      )}
      <QueryState isLoading={data.isLoading || casesLoading} error={data.error} onRetry={() => void data.refetch()} />
      {data.data && !casesLoading && partners.length === 0 && <p>{t('overview.empty')}</p>}
      {data.data && !casesLoading && partners.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('overview.partner')}</th>
                <th scope="col">{t('overview.country')}</th>
                <th scope="col">{t('overview.stage')}</th>
                <th scope="col">{t('overview.progress')}</th>
                <th scope="col">{t('overview.overdue')}</th>
                <th scope="col">{t('overview.lastActivity')}</th>
              </tr>
            </thead>
            <tbody>
              {partners.map((partner) => {
                const name = localized(partner.name, locale);
                const percent = formatPercent(locale, partner.percentComplete);
                return (
                  <tr key={partner.jurisdictionId}>
                    <th scope="row">{partner.caseId ? <Link to={`/onboarding/cases/${partner.caseId}`}>{name}</Link> : name}</th>
                    <td>{regionNames.of(partner.country) ?? partner.country}</td>
                    <td>{t(`status.${partner.status}`, { defaultValue: partner.status })}</td>
                    <td className="progress-cell">
                      <ProgressBar value={partner.percentComplete} label={t('overview.progressLabel', { name, percent })} />
                      <span>{percent}</span>
                    </td>
                    <td className={partner.overdueCount ? 'overdue' : undefined}>{partner.overdueCount}</td>
                    <td>{formatDate(locale, partner.lastActivityAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
