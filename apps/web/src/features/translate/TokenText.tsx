import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parts } from './tokens';

interface Highlight {
  start: number;
  end: number;
  title: string;
}

/**
 * A segment text with its placeholders as chips (read as "markup 1" by screen readers) and,
 * on the source, glossary terms marked with their expected translation as a title.
 */
export function TokenText({ text, highlights = [], onToken }: { text: string; highlights?: Highlight[]; onToken?: (raw: string) => void }) {
  const { t } = useTranslation();
  const nodes: ReactNode[] = [];
  let offset = 0;
  parts(text).forEach((part, index) => {
    if (part.kind === 'token') {
      const label = t(`translate.token.${part.role}`, { n: part.n });
      nodes.push(
        onToken ? (
          <button
            key={index}
            type="button"
            className={`chip chip-${part.role}`}
            onClick={() => onToken(part.raw)}
            aria-label={t('translate.insertToken', { token: label })}
          >
            {part.raw}
          </button>
        ) : (
          <span key={index} className={`chip chip-${part.role}`} role="img" aria-label={label}>
            {part.raw}
          </span>
        ),
      );
      offset += part.raw.length;
      return;
    }
    nodes.push(<Fragment key={index}>{marked(part.text, offset, highlights)}</Fragment>);
    offset += part.text.length;
  });
  return <>{nodes}</>;
}

function marked(text: string, offset: number, highlights: Highlight[]): ReactNode[] {
  const inside = highlights.filter((h) => h.start < offset + text.length && h.end > offset).sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const highlight of inside) {
    const start = Math.max(0, highlight.start - offset);
    const end = Math.min(text.length, highlight.end - offset);
    if (start < at) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(
      <mark key={start} className="term" title={highlight.title}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
