import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProgressBar } from '../../components/ProgressBar';
import { QueryState } from '../../components/QueryState';
import { formatDate, formatPercent } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { useOverview } from './queries';

/** The steward's and ICLEI's view of every partner: stage, progress, overdue steps; filtered by country. */
export function OverviewPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [country, setCountry] = useState('');
  const all = useOverview(undefined);
  const shown = useOverview(country || undefined, Boolean(country));
  const data = country ? shown : all;
  const countries = [...new Set((all.data?.partners ?? []).map((partner) => partner.country))].sort();
  const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
  return (
    <main id="main">
      <h1>{t('overview.title')}</h1>
      <p>{t('overview.intro')}</p>
      <div className="field inline">
        <label htmlFor="country-filter">{t('overview.country')}</label>
        <select id="country-filter" value={country} onChange={(event) => setCountry(event.target.value)}>
          <option value="">{t('overview.allCountries')}</option>
          {countries.map((code) => (
            <option key={code} value={code}>
              {regionNames.of(code) ?? code}
            </option>
          ))}
        </select>
      </div>
      <QueryState isLoading={data.isLoading} error={data.error} onRetry={() => void data.refetch()} />
      {data.data && data.data.partners.length === 0 && <p>{t('overview.empty')}</p>}
      {data.data && data.data.partners.length > 0 && (
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
              {data.data.partners.map((partner) => {
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
