import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import type { Progress } from './types';

const PARTS = ['approved', 'reviewed', 'translated', 'outdated', 'untranslated'] as const;

/**
 * The five parts of the bar. The API counts an outdated segment in its state too; the bar
 * shows it once, as outdated, taken from the translated states in proportion. Drafts are
 * still to translate.
 */
function counts(progress: Progress): Record<(typeof PARTS)[number], number> {
  const outdated = progress.outdated;
  const byState = progress.byState;
  const current = (state: 'approved' | 'reviewed' | 'translated') => byState[state];
  const totalStated = current('approved') + current('reviewed') + current('translated');
  const scale = totalStated ? Math.max(0, totalStated - outdated) / totalStated : 0;
  return {
    approved: Math.round(current('approved') * scale),
    reviewed: Math.round(current('reviewed') * scale),
    translated: Math.round(current('translated') * scale),
    outdated,
    untranslated: byState.untranslated + byState.draft,
  };
}

/** A stacked progress bar with its legend; the image's label reads every count. */
export function StateBar({ progress, label }: { progress: Progress; label: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const shown = counts(progress);
  const total = Math.max(1, progress.segments);
  const summary = PARTS.map((part) => `${t(`translate.state.${part}`)} ${formatNumber(locale, shown[part])}`).join(t('common.listSeparator'));
  return (
    <div className="state-bar-block">
      <div className="state-bar" role="img" aria-label={`${label}: ${summary}`}>
        {PARTS.map((part) => (
          <span key={part} className={`state-bar-part state-${part}`} style={{ width: `${(shown[part] / total) * 100}%` }} />
        ))}
      </div>
      <p className="state-legend" aria-hidden="true">
        {PARTS.map((part) => (
          <span key={part}>
            <span className={`swatch state-${part}`} /> {t(`translate.state.${part}`)} {formatNumber(locale, shown[part])}
          </span>
        ))}
      </p>
    </div>
  );
}
