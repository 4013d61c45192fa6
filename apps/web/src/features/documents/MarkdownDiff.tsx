import { useTranslation } from 'react-i18next';
import type { LineOp, WordOp } from './diff';

const SIGN = { equal: ' ', delete: '−', insert: '+' } as const;

/**
 * A line difference of two Markdown texts: removed lines struck through, added ones underlined,
 * each with its sign and, for screen readers, what happened to it (never colour alone); inside
 * a changed line only the changed words are marked. Unchanged stretches longer than
 * `context` lines on both sides are folded.
 */
export function MarkdownDiff({ ops, label, context = 2 }: { ops: LineOp[]; label: string; context?: number }) {
  const { t } = useTranslation();
  const near = ops.map((_, index) => ops.slice(Math.max(0, index - context), index + context + 1).some((op) => op.op !== 'equal'));
  const rows: ({ kind: 'line'; op: LineOp; index: number } | { kind: 'fold'; count: number; index: number })[] = [];
  ops.forEach((op, index) => {
    const last = rows.at(-1);
    if (near[index]) rows.push({ kind: 'line', op, index });
    else if (last?.kind === 'fold') last.count++;
    else rows.push({ kind: 'fold', count: 1, index });
  });
  if (!ops.some((op) => op.op !== 'equal')) return <p className="muted">{t('documents.diff.none')}</p>;
  return (
    <div className="markdown-diff diff" role="group" aria-label={label}>
      {rows.map((row) =>
        row.kind === 'fold' ? (
          <div key={row.index} className="diff-fold">
            {t('documents.diff.unchanged', { count: row.count })}
          </div>
        ) : (
          <div key={row.index} className={`diff-line diff-${row.op.op}`}>
            <span className="diff-sign" aria-hidden="true">
              {SIGN[row.op.op]}
            </span>
            {row.op.op !== 'equal' && <span className="visually-hidden">{t(`documents.diff.${row.op.op}`)} </span>}
            <Line op={row.op} />
          </div>
        ),
      )}
    </div>
  );
}

function Line({ op }: { op: LineOp }) {
  if (op.op === 'equal') return <span>{op.text || '\u00a0'}</span>;
  const Whole = op.op === 'delete' ? 'del' : 'ins';
  if (!op.words) return <Whole>{op.text || '\u00a0'}</Whole>;
  return (
    <span>
      {op.words.map((word: WordOp, index) =>
        word.op === 'equal' ? (
          <span key={index}>{word.text}</span>
        ) : word.op === 'delete' ? (
          <del key={index}>{word.text}</del>
        ) : (
          <ins key={index}>{word.text}</ins>
        ),
      )}
    </span>
  );
}
