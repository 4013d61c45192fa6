import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { formatNumber } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import type { SavedDocument } from './queries';

type Counts = SavedDocument['revisionSummary']['counts'];

/** Kept segments keep their translations, changed ones leave them outdated, new ones start untranslated. */
export function alignmentParts(counts: Counts): { kept: number; outdated: number; added: number; removed: number } {
  return { kept: counts.unchanged + counts.moved, outdated: counts.changed, added: counts.new, removed: counts.removed };
}

/** What saving did to the translations, in numbers. */
export function AlignmentResult({ saved }: { saved: SavedDocument }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const parts = alignmentParts(saved.revisionSummary.counts);
  return (
    <Alert tone="success">
      <strong>{t('documents.alignment.saved', { revision: saved.revisionSummary.revision })}</strong>{' '}
      {t('documents.alignment.counts', {
        kept: formatNumber(locale, parts.kept),
        outdated: formatNumber(locale, parts.outdated),
        added: formatNumber(locale, parts.added),
        removed: formatNumber(locale, parts.removed),
      })}
    </Alert>
  );
}
