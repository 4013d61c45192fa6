import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { downloadXliff, uploadXliff } from './queries';
import type { ImportReport } from './types';

/** XLIFF out for a CAT tool and back in, with what the import applied and what it refused and why. */
export function FilesPanel({ documentId, locale, onImported }: { documentId: string; locale: string; onImported: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function upload(file: File | undefined): Promise<void> {
    if (!file) return;
    setError(null);
    setReport(null);
    try {
      setReport(await uploadXliff(documentId, file));
      onImported();
    } catch (failure) {
      setError(failure instanceof ProblemError ? failure.problem.detail : t('common.networkError'));
    }
  }

  return (
    <section className="files" aria-labelledby="files-heading">
      <h2 id="files-heading">{t('translate.files.title')}</h2>
      <div className="actions">
        <button type="button" onClick={() => void downloadXliff(documentId, locale).catch(() => setError(t('common.networkError')))}>
          {t('translate.files.download', { format: 'XLIFF' })}
        </button>
        <div className="field inline">
          <label htmlFor={inputId}>{t('translate.files.upload', { format: 'XLIFF' })}</label>
          <input id={inputId} type="file" accept=".xlf,.xliff,application/xliff+xml" onChange={(event) => void upload(event.target.files?.[0])} />
        </div>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      {report && (
        <div className="report" role="status">
          <h3>{t('translate.files.report')}</h3>
          <p>
            {t('translate.files.counts', {
              applied: report.counts.apply,
              unchanged: report.counts.unchanged,
              refused: report.counts.staleSource + report.counts.changedSince,
            })}
          </p>
          {[...report.staleSource, ...report.changedSince].length > 0 && (
            <ul>
              {report.staleSource.map((item) => (
                <li key={item.segmentId}>
                  <q>{item.targetText ?? item.fileSourceText}</q> — {item.reason}
                </li>
              ))}
              {report.changedSince.map((item) => (
                <li key={item.segmentId}>
                  <q>{item.targetText}</q> — {item.reason}
                </li>
              ))}
            </ul>
          )}
          {report.qaErrors.length > 0 && <p>{t('translate.files.qaErrors', { count: report.qaErrors.length })}</p>}
        </div>
      )}
    </section>
  );
}
