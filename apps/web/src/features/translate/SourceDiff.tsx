import { useTranslation } from 'react-i18next';
import type { DiffOp } from './types';

/** The source as the translation was written for it and as it is now, the difference marked. */
export function SourceDiff({ previous, diff }: { previous: string; diff: DiffOp[] }) {
  const { t } = useTranslation();
  return (
    <section className="outdated-box" aria-labelledby="outdated-heading">
      <h3 id="outdated-heading">{t('translate.editor.outdatedTitle')}</h3>
      <p>
        <strong>{t('translate.editor.oldSource')}</strong> {previous}
      </p>
      <p className="diff">
        <strong>{t('translate.editor.changes')}</strong>{' '}
        {diff.map((op, index) =>
          op.op === 'equal' ? <span key={index}>{op.text}</span> : op.op === 'delete' ? <del key={index}>{op.text}</del> : <ins key={index}>{op.text}</ins>,
        )}
      </p>
    </section>
  );
}
