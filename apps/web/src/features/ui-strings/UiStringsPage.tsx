import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemError } from '../../api/client';
import type { Me } from '../../api/me';
import { Alert } from '../../components/Alert';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { formatNumber, formatPercent } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { downloadNamespace, uploadNamespace, useNamespaceGaps, useNamespaces } from './queries';
import { completeness, type ImportReport, importableLocales, type LocaleGaps } from './uiStrings';

const FORMAT = 'i18next JSON';

/**
 * i18next namespaces of UI strings: per locale how many keys it has and which keys of the
 * source (English) it lacks; each locale downloadable as i18next JSON, and uploadable by its
 * language team with a report of what was written and what was refused and why.
 */
export function UiStringsPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const namespaces = useNamespaces();
  const chosen = params.get('ns') ?? '';
  const namespace = chosen || namespaces.data?.[0]?.namespace || '';
  const gaps = useNamespaceGaps(namespace);

  return (
    <main id="main">
      <h1>{t('uiStrings.title')}</h1>
      <p>{t('uiStrings.intro', { format: FORMAT })}</p>
      <QueryState isLoading={namespaces.isLoading} error={namespaces.error} onRetry={() => void namespaces.refetch()} />
      {namespaces.data && namespaces.data.length === 0 && <p>{t('uiStrings.none')}</p>}
      {namespaces.data && namespaces.data.length > 0 && (
        <SelectField label={t('uiStrings.namespace')} value={namespace} onChange={(event) => setParams({ ns: event.target.value })}>
          {namespaces.data.map((item) => (
            <option key={item.namespace} value={item.namespace}>
              {item.namespace}
            </option>
          ))}
        </SelectField>
      )}
      {namespace && (
        <>
          <QueryState isLoading={gaps.isLoading} error={gaps.error} onRetry={() => void gaps.refetch()} />
          {gaps.data && <Locales namespace={namespace} locales={gaps.data.locales} sourceLocale={gaps.data.sourceLocale} me={me} />}
        </>
      )}
    </main>
  );
}

function Locales({ namespace, locales, sourceLocale, me }: { namespace: string; locales: LocaleGaps[]; sourceLocale: string; me: Me }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const sourceKeys = locales.find((gaps) => gaps.locale === sourceLocale)?.keys ?? 0;
  const importable = importableLocales(
    me.memberships,
    locales.map((gaps) => gaps.locale),
  );
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      <div className="table-scroll">
        <table>
          <caption>{t('uiStrings.tableCaption', { namespace, source: languages.of(sourceLocale) ?? sourceLocale })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('uiStrings.language')}</th>
              <th scope="col">{t('uiStrings.keys')}</th>
              <th scope="col">{t('uiStrings.missing')}</th>
              <th scope="col">{t('uiStrings.complete')}</th>
              <th scope="col">{t('uiStrings.file')}</th>
            </tr>
          </thead>
          <tbody>
            {locales.map((gaps) => (
              <tr key={gaps.locale}>
                <th scope="row">{languages.of(gaps.locale) ?? gaps.locale}</th>
                <td>{formatNumber(locale, gaps.keys)}</td>
                <td>{formatNumber(locale, gaps.missingKeys.length)}</td>
                <td>{formatPercent(locale, completeness(gaps, sourceKeys))}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      setFailure(null);
                      downloadNamespace(namespace, gaps.locale).catch((error: unknown) =>
                        setFailure(error instanceof ProblemError ? error.problem.detail : t('common.networkError')),
                      );
                    }}
                  >
                    {t('uiStrings.download', { format: 'JSON', language: languages.of(gaps.locale) ?? gaps.locale })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {failure && <Alert tone="error">{failure}</Alert>}
      {locales
        .filter((gaps) => gaps.locale !== sourceLocale || importable.includes(gaps.locale))
        .map((gaps) => (
          <LocaleSection
            key={`${namespace}-${gaps.locale}`}
            namespace={namespace}
            gaps={gaps}
            language={languages.of(gaps.locale) ?? gaps.locale}
            isSource={gaps.locale === sourceLocale}
            canImport={importable.includes(gaps.locale)}
          />
        ))}
    </>
  );
}

function LocaleSection({
  namespace,
  gaps,
  language,
  isSource,
  canImport,
}: {
  namespace: string;
  gaps: LocaleGaps;
  language: string;
  isSource: boolean;
  canImport: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const headingId = `locale-${gaps.locale}`;
  const [report, setReport] = useState<ImportReport | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function upload(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    setReport(null);
    setRefusal(null);
    try {
      setReport(await uploadNamespace(namespace, gaps.locale, file));
      await client.invalidateQueries({ queryKey: ['ui-strings'] });
    } catch (error) {
      setRefusal(error instanceof ProblemError ? error.problem.detail : t('common.networkError'));
    } finally {
      // The same file may be chosen again after a fix.
      input.value = '';
    }
  }

  return (
    <section aria-labelledby={headingId} className="locale-gaps">
      <h2 id={headingId}>{language}</h2>
      {!isSource &&
        (gaps.missingKeys.length === 0 ? (
          <p>{t('uiStrings.complete100')}</p>
        ) : (
          <>
            <h3>{t('uiStrings.missingKeys', { count: gaps.missingKeys.length, language })}</h3>
            <ul className="key-list" aria-label={t('uiStrings.missingKeys', { count: gaps.missingKeys.length, language })}>
              {gaps.missingKeys.map((key) => (
                <li key={key}>
                  <code>{key}</code>
                </li>
              ))}
            </ul>
          </>
        ))}
      {gaps.missingPlurals.length > 0 && (
        <p>
          {t('uiStrings.missingPlurals', { language })}{' '}
          {gaps.missingPlurals.map((key, index) => (
            <span key={key}>
              {index > 0 && t('common.listSeparator')}
              <code>{key}</code>
            </span>
          ))}
        </p>
      )}
      {canImport && (
        <div className="field">
          <label htmlFor={`upload-${gaps.locale}`}>{t('uiStrings.upload', { format: 'JSON', language })}</label>
          <input id={`upload-${gaps.locale}`} type="file" accept=".json,application/json" onChange={(event) => void upload(event.currentTarget)} />
          <p className="hint">{t('uiStrings.uploadHint')}</p>
        </div>
      )}
      {refusal && (
        <Alert tone="error">
          {t('uiStrings.refused')} {refusal}
        </Alert>
      )}
      {report && <Report report={report} />}
    </section>
  );
}

function Report({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <div className="report" role="status">
      <h3>{t('uiStrings.report')}</h3>
      <p>{t('uiStrings.applied', { count: report.imported })}</p>
      {report.unknownKeys.length > 0 && (
        <>
          <p>{t('uiStrings.unknown', { count: report.unknownKeys.length })}</p>
          <ul className="key-list">
            {report.unknownKeys.map((key) => (
              <li key={key}>
                <code>{key}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.unused.length > 0 && (
        <ul>
          {report.unused.map((form) => (
            <li key={form.key}>{form.message}</li>
          ))}
        </ul>
      )}
      {report.missing.length > 0 && (
        <p>
          {t('uiStrings.missingFormsInFile')} {report.missing.join(', ')}
        </p>
      )}
    </div>
  );
}
