/**
 * Inline markup as numbered placeholders, so translators move markup but cannot break it.
 *
 * Syntax inside a segment's text (numbers start at 1 in each segment, in order of appearance):
 *   {n}…{/n}  paired: emphasis, strong, strikethrough, a link whose text is translated, and
 *             (segmentation rules 3) an image around its alt text, with its title as a
 *             pair inside: `{1}mangroves at dawn{2}Zhenhai Bay{/2}{/1}`
 *   {n}       standalone: inline code, an image (rules 1–2), a hard line break, a footnote
 *             reference, inline HTML, a bare URL, or literal text that would read as a placeholder
 * Any other brace is plain text. XLIFF maps paired to <pc> and standalone to <ph>.
 *
 * Alt text and title are the image's words, so they are translated where the image stands:
 * in its sentence, moved with it, checked by QA and matched by the memory with it. The URL
 * stays in the placeholder, out of the translator's reach.
 */
import type { Image, ImageReference, PhrasingContent } from 'mdast';

export type PlaceholderKind = 'paired' | 'standalone';

/** The markup a placeholder stands for: the mdast node (without children when paired). */
export interface PlaceholderSpec {
  kind: PlaceholderKind;
  node: PhrasingContent;
}

export type PlaceholderTable = Record<string, PlaceholderSpec>;

export type InlineToken = { type: 'text'; value: string } | { type: 'open'; n: number } | { type: 'close'; n: number } | { type: 'standalone'; n: number };

export const PLACEHOLDER_PATTERN = /\{(\/?)([1-9]\d{0,3})\}/g;

/** Splits a segment text into text and placeholder tokens (every `{n}`/`{/n}` is a token). */
export function tokenize(text: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const at = match.index ?? 0;
    if (at > last) tokens.push({ type: 'text', value: text.slice(last, at) });
    const n = Number(match[2]);
    tokens.push(match[1] ? { type: 'close', n } : { type: 'open', n });
    last = at + match[0].length;
  }
  if (last < text.length) tokens.push({ type: 'text', value: text.slice(last) });
  return tokens;
}

/** Tokens with `{n}` resolved as open or standalone by what the table says `n` is. */
export function tokenizeWith(text: string, table: PlaceholderTable): InlineToken[] {
  return tokenize(text).map((token) => (token.type === 'open' && table[token.n]?.kind !== 'paired' ? { type: 'standalone', n: token.n } : token));
}

export function tokenText(token: InlineToken): string {
  switch (token.type) {
    case 'text':
      return token.value;
    case 'open':
    case 'standalone':
      return `{${token.n}}`;
    case 'close':
      return `{/${token.n}}`;
  }
}

/** Removes placeholders: what a reader sees of the text (for numbers, terms, similarity). */
export function stripPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER_PATTERN, '');
}

/** Whether a link shows its own address (autolink, GFM bare URL): then it is not translated. */
function isBareUrl(node: PhrasingContent): boolean {
  if (node.type !== 'link') return false;
  if (node.children.length !== 1 || node.children[0].type !== 'text') return false;
  const shown = node.children[0].value.trim();
  return shown === node.url || `http://${shown}` === node.url || `https://${shown}` === node.url || `mailto:${shown}` === node.url;
}

const PAIRED_TYPES = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/** The pair inside an image's pair that holds its title (no mdast node: it is an attribute). */
export const IMAGE_TITLE = 'imageTitle';

type ImageNode = Image | ImageReference;

function isImage(node: PhrasingContent): node is ImageNode {
  return node.type === 'image' || node.type === 'imageReference';
}

function isImageTitle(node: PhrasingContent): boolean {
  return (node.type as string) === IMAGE_TITLE;
}

/**
 * A unit's inline content as tokens, numbering placeholders in order; the table says what each
 * is. `translateImages` (segmentation rules 3): alt text and title become text in pairs.
 */
export function encodeInline(
  children: readonly PhrasingContent[],
  options: { translateImages?: boolean } = {},
): { tokens: InlineToken[]; table: PlaceholderTable } {
  const tokens: InlineToken[] = [];
  const table: PlaceholderTable = {};
  let next = 1;
  const visit = (node: PhrasingContent): void => {
    if (node.type === 'text') {
      const value = node.value.replace(/[ \t\r\n\f]+/g, ' ');
      // Literal text that reads as a placeholder becomes one, so decoding gives it back verbatim.
      let last = 0;
      for (const match of value.matchAll(PLACEHOLDER_PATTERN)) {
        const at = match.index ?? 0;
        if (at > last) tokens.push({ type: 'text', value: value.slice(last, at) });
        const n = next++;
        table[n] = { kind: 'standalone', node: { type: 'text', value: match[0] } };
        tokens.push({ type: 'standalone', n });
        last = at + match[0].length;
      }
      if (last < value.length) tokens.push({ type: 'text', value: value.slice(last) });
      return;
    }
    if (PAIRED_TYPES.has(node.type) && 'children' in node && !isBareUrl(node)) {
      const n = next++;
      table[n] = { kind: 'paired', node: { ...node, children: [] } as PhrasingContent };
      tokens.push({ type: 'open', n });
      for (const child of node.children as PhrasingContent[]) visit(child);
      tokens.push({ type: 'close', n });
      return;
    }
    if (options.translateImages && isImage(node)) {
      // The table keeps the source alt and title: what a translation that drops them shows.
      const n = next++;
      table[n] = { kind: 'paired', node: structuredClone(node) };
      tokens.push({ type: 'open', n });
      visit({ type: 'text', value: node.alt ?? '' });
      if (node.type === 'image' && node.title) {
        const title = next++;
        table[title] = { kind: 'paired', node: { type: IMAGE_TITLE, children: [] } as unknown as PhrasingContent };
        tokens.push({ type: 'open', n: title });
        visit({ type: 'text', value: node.title });
        tokens.push({ type: 'close', n: title });
      }
      tokens.push({ type: 'close', n });
      return;
    }
    const n = next++;
    table[n] = { kind: 'standalone', node: structuredClone(node) };
    tokens.push({ type: 'standalone', n });
  };
  for (const child of children) visit(child);
  return { tokens: mergeText(tokens), table };
}

function mergeText(tokens: InlineToken[]): InlineToken[] {
  const merged: InlineToken[] = [];
  for (const token of tokens) {
    const previous = merged[merged.length - 1];
    if (token.type === 'text' && previous?.type === 'text') previous.value += token.value;
    else if (token.type !== 'text' || token.value !== '') merged.push({ ...token });
  }
  return merged;
}

/** Renumbers a slice of tokens from 1 in order of appearance and takes the matching table rows. */
export function renumber(tokens: readonly InlineToken[], table: PlaceholderTable): { text: string; table: PlaceholderTable } {
  const map = new Map<number, number>();
  const own: PlaceholderTable = {};
  let text = '';
  for (const token of tokens) {
    if (token.type === 'text') {
      text += token.value;
      continue;
    }
    let n = map.get(token.n);
    if (n === undefined) {
      n = map.size + 1;
      map.set(token.n, n);
      own[n] = table[token.n];
    }
    text += tokenText({ ...token, n });
  }
  return { text, table: own };
}

/**
 * Turns a (translated) segment text back into mdast inline nodes using the source segment's
 * table. Unknown numbers stay as literal text, an unclosed pair closes at the end, a stray
 * close is dropped: QA reports all of these, rebuilding never throws on a translator's text.
 */
export function decodeInline(text: string, table: PlaceholderTable): PhrasingContent[] {
  const root: PhrasingContent[] = [];
  const stack: { n: number; children: PhrasingContent[] }[] = [];
  const current = (): PhrasingContent[] => (stack.length ? stack[stack.length - 1].children : root);
  for (const token of tokenizeWith(text, table)) {
    if (token.type === 'text') {
      pushText(current(), token.value);
      continue;
    }
    const spec = table[token.n];
    if (!spec) {
      pushText(current(), tokenText(token));
      continue;
    }
    if (token.type === 'standalone') {
      if (spec.kind === 'standalone') current().push(structuredClone(spec.node));
      else pushText(current(), tokenText(token));
    } else if (token.type === 'open') {
      stack.push({ n: token.n, children: [] });
    } else {
      const at = stack.map((frame) => frame.n).lastIndexOf(token.n);
      if (at === -1) continue;
      while (stack.length > at) closeFrame(stack, root, table);
    }
  }
  while (stack.length) closeFrame(stack, root, table);
  return root;
}

function closeFrame(stack: { n: number; children: PhrasingContent[] }[], root: PhrasingContent[], table: PlaceholderTable): void {
  const frame = stack.pop();
  if (!frame) return;
  const parent = stack.length ? stack[stack.length - 1].children : root;
  const spec = structuredClone(table[frame.n].node);
  if (isImage(spec)) parent.push(imageOf(spec, frame.children));
  else if (isImageTitle(spec) && !(stack.length && isImage(table[stack[stack.length - 1].n].node))) {
    // A title moved out of its image is shown as text where the translator put it.
    for (const child of frame.children)
      if (child.type === 'text') pushText(parent, child.value);
      else parent.push(child);
  } else parent.push({ ...spec, children: frame.children } as PhrasingContent);
}

/** The image with the translated alt text and title (the source's where the translation has none). */
function imageOf(source: ImageNode, children: PhrasingContent[]): PhrasingContent {
  const title = children.find(isImageTitle);
  const alt = plainText(children.filter((child) => !isImageTitle(child)));
  if (source.type === 'imageReference') return { ...source, alt };
  return { ...source, alt, title: title && 'children' in title ? plainText(title.children as PhrasingContent[]) : source.title };
}

/** What a reader sees of inline content: alt text and titles are plain text. */
function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? plainText(node.children as PhrasingContent[]) : ''))
    .join('');
}

function pushText(into: PhrasingContent[], value: string): void {
  if (value === '') return;
  const last = into[into.length - 1];
  if (last?.type === 'text') last.value += value;
  else into.push({ type: 'text', value });
}
