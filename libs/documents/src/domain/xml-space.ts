/**
 * Whitespace of an XLIFF source or target, as its xml:space declares it. With `preserve` (what
 * our export declares) every space is content. With `default` (XLIFF's default, and what is
 * left once a tool rebuilds the file without our declaration) white-space processing is the
 * application's: we read line breaks and indentation next to an inline code as layout a tool
 * added when it pretty-printed the file, not as text.
 */
import { tokenize, tokenText, type InlineToken } from './placeholders';
import { isSpacelessChar, normaliseText } from './text';

export type XmlSpace = 'default' | 'preserve';

/** Whitespace runs with a line break (what a pretty-printer puts between tags), at the start, the end, or all of a text. */
const LEADING_LAYOUT = /^[ \t\r]*\n[ \t\r\n]*/;
const TRAILING_LAYOUT = /[ \t\r\n]*\n[ \t\r]*$/;
const ONLY_LAYOUT = /^[ \t\r]*\n[ \t\r\n]*$/;

/**
 * A text read under xml:space="default": layout just inside a pair of codes is dropped (Markdown
 * emphasis cannot open on a space anyway); elsewhere next to a code it is dropped where the
 * neighbouring words are not separated by spaces (Chinese, Japanese, another code, the edge)
 * and becomes one space between words of a spaced script. Then runs become one space.
 */
export function readDefaultSpace(text: string): string {
  const tokens = tokenize(text);
  const parts = tokens.map((token, i) => {
    if (token.type !== 'text') return tokenText(token);
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const insideBefore = previous?.type === 'open';
    const insideAfter = next?.type === 'close';
    if (previous && next && ONLY_LAYOUT.test(token.value)) {
      return insideBefore || insideAfter ? '' : separator(visibleBefore(tokens, i), visibleAfter(tokens, i));
    }
    let value = token.value;
    if (previous) value = value.replace(LEADING_LAYOUT, (run) => (insideBefore ? '' : separator(visibleBefore(tokens, i), value.slice(run.length)[0])));
    if (next)
      value = value.replace(TRAILING_LAYOUT, (run, at: number) =>
        insideAfter ? '' : separator(value.slice(0, at).slice(-1) || undefined, visibleAfter(tokens, i)),
      );
    return value;
  });
  return normaliseText(parts.join(''));
}

/**
 * The source as compared under xml:space="default": whatever whitespace sits next to an inline
 * code is ignored (a tool may have added it or turned a space into a line break), the rest
 * normalised as for hashing.
 */
export function layoutFreeSource(text: string): string {
  return normaliseText(text).replace(/ ?(\{\/?[1-9]\d{0,3}\}) ?/g, '$1');
}

function separator(before: string | undefined, after: string | undefined): string {
  if (before === undefined || after === undefined) return '';
  return isSpacelessChar(before) || isSpacelessChar(after) ? '' : ' ';
}

/** The last character of text before token i, across codes; undefined at the edge. */
function visibleBefore(tokens: readonly InlineToken[], i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const token = tokens[k];
    if (token.type === 'text' && token.value.trim()) return token.value.trimEnd().slice(-1);
  }
  return undefined;
}

/** The first character of text after token i, across codes; undefined at the edge. */
function visibleAfter(tokens: readonly InlineToken[], i: number): string | undefined {
  for (let k = i + 1; k < tokens.length; k++) {
    const token = tokens[k];
    if (token.type === 'text' && token.value.trim()) return token.value.trimStart()[0];
  }
  return undefined;
}
