import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, ProblemError, unwrap } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ProgressBar } from '../../components/ProgressBar';
import { QueryState } from '../../components/QueryState';
import { formatBytes, formatDate, formatDateTime, formatPercent } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { parseAttention, stepNeeds } from './attention';
import { downloadEvidence } from './download';
import { useCase } from './queries';
import type { CaseView, StepView } from './types';
import { uploadEvidence } from './upload';

/** A city's onboarding: the step checklist with dependencies and due dates; each step's evidence, comments and actions. */
export function CasePage({ roles }: { roles: string[] }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const show = parseAttention(search.get('show'));
  const view = useCase(id);
  const locale = currentLocale();
  if (!view.data) return <QueryState isLoading={view.isLoading} error={view.error} onRetry={() => void view.refetch()} />;
  const data = view.data;
  const name = localized(data.jurisdiction.name, locale);
  const progress = t('case.progress', { done: data.doneSteps, total: data.totalSteps });
  const shown = show ? data.steps.filter((step) => stepNeeds(step, show)) : data.steps;
  return (
    <main id="main">
      <h1>{t('case.title', { name })}</h1>
      <p>
        {t(`status.${data.jurisdiction.status}`, { defaultValue: data.jurisdiction.status })} · {progress} · {formatPercent(locale, data.percentComplete)}
      </p>
      <ProgressBar value={data.percentComplete} label={progress} />
      <h2>{t('case.steps')}</h2>
      {show && (
        <p className="filter-note" role="status">
          {t(`case.showing.${show}`, { count: shown.length, total: data.steps.length })} <Link to={`/onboarding/cases/${id}`}>{t('case.showAll')}</Link>
        </p>
      )}
      <ol className="steps">
        {shown.map((step) => (
          <StepItem key={step.id} step={step} view={data} roles={roles} />
        ))}
      </ol>
    </main>
  );
}

function StepItem({ step, view, roles }: { step: StepView; view: CaseView; roles: string[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const titleOf = (key: string) => localized(view.steps.find((other) => other.key === key)?.title, locale) || key;
  return (
    <li className={`step step-${step.state}`} value={view.steps.indexOf(step) + 1}>
      <div className="step-head">
        <h3>{localized(step.title, locale)}</h3>
        <span className={`badge badge-${step.state}`}>{t(`step.${step.state}`)}</span>
        {step.overdue && <span className="badge badge-overdue">{t('case.overdue')}</span>}
      </div>
      <p className="step-meta">
        {[
          step.dueOn ? t('case.due', { date: formatDate(locale, step.dueOn, view.jurisdiction.timeZone) }) : null,
          step.waitingFor.length > 0 ? t('case.waitingFor', { steps: step.waitingFor.map(titleOf).join(t('common.listSeparator')) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {step.decisionReason && <p className="decision">{t('case.decision', { reason: step.decisionReason })}</p>}
      {step.state !== 'locked' && (
        <details>
          <summary>
            {t('case.evidence')} · {t('case.comments')}
          </summary>
          <StepDetails step={step} caseId={view.id} roles={roles} timeZone={view.jurisdiction.timeZone} />
        </details>
      )}
    </li>
  );
}

function StepDetails({ step, caseId, roles, timeZone }: { step: StepView; caseId: string; roles: string[]; timeZone: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [upload, setUpload] = useState<{ name: string; percent: number } | null>(null);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [downloading, setDownloading] = useState<string | null>(null);
  const stepId = step.id;
  const evidence = useQuery({
    queryKey: ['onboarding', 'evidence', stepId],
    queryFn: async () => unwrap(await api.GET('/api/v1/onboarding/steps/{stepId}/evidence', { params: { path: { stepId } } })),
  });
  const comments = useQuery({
    queryKey: ['onboarding', 'comments', stepId],
    queryFn: async () => unwrap(await api.GET('/api/v1/onboarding/steps/{stepId}/comments', { params: { path: { stepId } } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['onboarding'] });
  const isCity = roles.includes('coordinator') || roles.includes('contributor');
  const isReviewer = roles.includes('steward') || roles.includes('admin');

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      setReason('');
      await refresh();
    } catch (caught) {
      setError(caught instanceof ProblemError || caught instanceof Error ? caught.message : String(caught));
    }
  }

  async function save(id: string, fileName: string) {
    setDownloading(id);
    setError(null);
    try {
      await downloadEvidence(id, fileName);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : t('common.networkError'));
    } finally {
      setDownloading(null);
    }
  }

  async function onFile(file: File | undefined) {
    if (!file) return;
    setUpload({ name: file.name, percent: 0 });
    await run(() => uploadEvidence(stepId, file, (percent) => setUpload({ name: file.name, percent })));
    setUpload(null);
  }

  function addComment(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      unwrap(await api.POST('/api/v1/onboarding/steps/{stepId}/comments', { params: { path: { stepId } }, body: { body: comment } }));
      setComment('');
    });
  }

  const reasonId = `reason-${stepId}`;
  const commentId = `comment-${stepId}`;
  const fileId = `file-${stepId}`;
  return (
    <div className="step-details" data-case={caseId}>
      {error && <Alert tone="error">{error}</Alert>}
      <h4>{t('case.evidence')}</h4>
      {step.evidenceRequired.length > 0 && (
        <p className="hint">
          {t('case.evidenceRequired', {
            kinds: step.evidenceRequired.map((kind) => t(`evidenceKind.${kind}`, { defaultValue: kind })).join(t('common.listSeparator')),
          })}
        </p>
      )}
      {evidence.data?.length ? (
        <ul>
          {evidence.data.map((item) => (
            <li key={item.id}>
              {item.kind === 'file' && item.fileName ? (
                <>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('case.downloadFile', { name: item.fileName })}
                    disabled={downloading === item.id}
                    onClick={() => void save(item.id, item.fileName ?? '')}
                  >
                    {item.fileName}
                  </button>{' '}
                  {item.sizeBytes !== null && <span className="hint">({formatBytes(locale, item.sizeBytes)})</span>}
                  {downloading === item.id && <span role="status"> {t('case.downloading')}</span>}
                </>
              ) : item.url ? (
                <a href={item.url} target="_blank" rel="noopener noreferrer">
                  {item.url}
                </a>
              ) : (
                (item.note ?? t(`evidenceKind.${item.kind}`, { defaultValue: item.kind }))
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{evidence.isLoading ? t('common.loading') : t('case.noEvidence')}</p>
      )}
      {isCity && (step.state === 'open' || step.state === 'changes_requested') && (
        <div className="actions">
          <div className="field">
            <label htmlFor={fileId}>{t('case.upload')}</label>
            <input
              id={fileId}
              type="file"
              accept=".pdf,.png,.jpg,.jpeg,.csv,.zip,.geojson,.docx,.xlsx"
              onChange={(event) => void onFile(event.target.files?.[0])}
            />
          </div>
          {upload && <ProgressBar value={upload.percent} label={t('case.uploadProgress', { name: upload.name })} />}
          <button
            type="button"
            className="primary"
            onClick={() => void run(async () => unwrap(await api.POST('/api/v1/onboarding/steps/{stepId}/submit', { params: { path: { stepId } } })))}
          >
            {t('case.submit')}
          </button>
        </div>
      )}
      {isReviewer && step.state !== 'approved' && step.state !== 'waived' && (
        <div className="actions">
          <div className="field">
            <label htmlFor={reasonId}>{t('case.reason')}</label>
            <textarea id={reasonId} value={reason} onChange={(event) => setReason(event.target.value)} rows={2} />
          </div>
          {step.state === 'submitted' && (
            <>
              <button
                type="button"
                className="primary"
                onClick={() => void run(async () => unwrap(await api.POST('/api/v1/onboarding/steps/{stepId}/approve', { params: { path: { stepId } } })))}
              >
                {t('case.approve')}
              </button>
              <button
                type="button"
                onClick={() =>
                  void run(async () =>
                    unwrap(await api.POST('/api/v1/onboarding/steps/{stepId}/request-changes', { params: { path: { stepId } }, body: { reason } })),
                  )
                }
              >
                {t('case.requestChanges')}
              </button>
            </>
          )}
          <button
            type="button"
            onClick={() =>
              void run(async () => unwrap(await api.POST('/api/v1/onboarding/steps/{stepId}/waive', { params: { path: { stepId } }, body: { reason } })))
            }
          >
            {t('case.waive')}
          </button>
        </div>
      )}
      <h4>{t('case.comments')}</h4>
      {comments.data?.items.length ? (
        <ul className="comments">
          {comments.data.items.map((item) => (
            <li key={item.id}>
              <time dateTime={item.createdAt}>{formatDateTime(locale, item.createdAt, timeZone)}</time> {item.body}
            </li>
          ))}
        </ul>
      ) : (
        <p>{comments.isLoading ? t('common.loading') : t('case.noComments')}</p>
      )}
      <form onSubmit={addComment} className="actions">
        <div className="field">
          <label htmlFor={commentId}>{t('case.comment')}</label>
          <textarea id={commentId} value={comment} onChange={(event) => setComment(event.target.value)} rows={2} required />
        </div>
        <button type="submit">{t('case.addComment')}</button>
      </form>
    </div>
  );
}
