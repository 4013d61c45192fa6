import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';

/**
 * A 412 on save: someone (another tab, another device, an admin) changed the record since this
 * form read it. Nothing was written; the user reloads and applies their change again, so no
 * edit is silently overwritten.
 */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert tone="error">
      {t('common.changedElsewhere')}{' '}
      <button type="button" className="link-button" onClick={onReload}>
        {t('common.reload')}
      </button>
    </Alert>
  );
}
