import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/client';
import { Alert } from './Alert';

/** Loading and failure of a page's data, the same everywhere. */
export function QueryState({ isLoading, error, onRetry }: { isLoading: boolean; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (isLoading) return <p role="status">{t('common.loading')}</p>;
  if (!error) return null;
  const detail = error instanceof ProblemError ? error.problem.detail : t('common.networkError');
  return (
    <Alert tone="error">
      {t('common.loadFailed', { detail })}{' '}
      <button type="button" className="link-button" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </Alert>
  );
}
