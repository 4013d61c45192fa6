/**
 * Puts segment texts (translations, or the source where there is none) back into a
 * segmented document's skeleton, restoring markup from each source segment's placeholders.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { FALLBACK_CLASS, type HtmlLabels, loadMarkdownToolkit } from './markdown-toolkit';
import { decodeInline } from './placeholders';
import type { SegmentedDocument, SourceSegment } from './segmenter';
import { isSpacelessChar, languageOf } from './text';

/** The text to use for a segment; undefined, null or empty falls back to the source text. */
export type TargetLookup = (segment: SourceSegment) => string | null | undefined;

export interface RebuiltDocument {
  tree: Root;
  markdown: string;
  /** Ordinals of the segments that kept their source text (for "partial, source fallback" marking). */
  fallbackOrdinals: number[];
}

/**
 * `markFallback`: the source text shown for a missing translation is wrapped in an element
 * that says so (`<span lang="zh-CN" class="source-fallback">` in HTML); Markdown has no way
 * to, so the Markdown is rebuilt without it.
 */
export function rebuildTree(
  document: SegmentedDocument,
  target: TargetLookup,
  options: { markFallback?: boolean } = {},
): { tree: Root; fallbackOrdinals: number[] } {
  const tree = structuredClone(document.skeleton);
  const fallbackOrdinals: number[] = [];
  const unitContent = document.units.map((unit) => {
    const parts: PhrasingContent[][] = [];
    const texts: string[] = [];
    const fromSource: boolean[] = [];
    const segments = unit.segmentOrdinals.map((ordinal) => document.segments[ordinal]);
    for (const segment of segments) {
      const translated = target(segment);
      const text = translated ? translated.trim() : segment.text;
      if (!translated) fallbackOrdinals.push(segment.ordinal);
      texts.push(text);
      fromSource.push(!translated);
      const inline = decodeInline(text, segment.placeholders);
      parts.push(!translated && options.markFallback ? [fallbackSpan(inline, document.locale)] : inline);
    }
    const children: PhrasingContent[] = [];
    parts.forEach((part, i) => {
      // Two source sentences keep the spacing they had; next to a translation, the scripts decide.
      const space = i > 0 && (fromSource[i - 1] && fromSource[i] ? segments[i].spaceBefore : needsSpace(texts[i - 1], texts[i]));
      if (space) children.push({ type: 'text', value: ' ' });
      children.push(...part);
    });
    return mergeTexts(children);
  });

  const fill = (node: Nodes): void => {
    const unitIndex = (node.data as { segmentUnit?: number } | undefined)?.segmentUnit;
    if (unitIndex !== undefined && 'children' in node) {
      (node as { children: PhrasingContent[] }).children = unitContent[unitIndex] ?? [];
      const data = { ...(node.data as Record<string, unknown>) };
      delete data.segmentUnit;
      if (Object.keys(data).length) node.data = data;
      else delete node.data;
      return;
    }
    if ('children' in node) (node.children as Nodes[]).forEach(fill);
  };
  fill(tree);
  return { tree, fallbackOrdinals };
}

export async function rebuildMarkdown(document: SegmentedDocument, target: TargetLookup): Promise<RebuiltDocument> {
  const toolkit = await loadMarkdownToolkit();
  const { tree, fallbackOrdinals } = rebuildTree(document, target);
  return { tree, markdown: toolkit.stringify(tree), fallbackOrdinals };
}

/** Markdown to HTML; raw HTML in the Markdown is dropped. Footnote labels follow `locale`. */
export async function renderHtml(markdown: string, locale?: string): Promise<string> {
  const toolkit = await loadMarkdownToolkit();
  return toolkit.toHtml(toolkit.parse(markdown), locale ? htmlLabels(locale) : undefined);
}

/** HTML of a document in `locale`, its source-language fallback marked with `lang` and a class. */
export async function rebuildHtml(document: SegmentedDocument, target: TargetLookup, locale: string): Promise<string> {
  const toolkit = await loadMarkdownToolkit();
  return toolkit.toHtml(rebuildTree(document, target, { markFallback: locale !== document.locale }).tree, htmlLabels(locale));
}

/**
 * Markdown and HTML of a document in `locale` from one rebuilt tree: the HTML is written from
 * the tree with the source-language fallback marked, then the marks are unwrapped in place
 * (their content joining the text around it, as a tree rebuilt without them has it) and the
 * Markdown written from the same tree. Byte for byte what rebuildMarkdown and rebuildHtml give.
 */
export async function renderDocument(
  document: SegmentedDocument,
  target: TargetLookup,
  locale: string,
): Promise<{ markdown: string; html: string; fallbackOrdinals: number[] }> {
  const toolkit = await loadMarkdownToolkit();
  const markFallback = locale !== document.locale;
  const { tree, fallbackOrdinals } = rebuildTree(document, target, { markFallback });
  const html = toolkit.toHtml(tree, htmlLabels(locale));
  if (markFallback) unwrapFallbacks(tree);
  return { markdown: toolkit.stringify(tree), html, fallbackOrdinals };
}

/** Replaces each fallback mark by its content, merging the texts that then touch. */
function unwrapFallbacks(node: Nodes): void {
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  if (children.some((child) => (child.type as string) === FALLBACK_TYPE)) {
    const flat = children.flatMap((child) =>
      (child.type as string) === FALLBACK_TYPE ? (child as unknown as { children: PhrasingContent[] }).children : [child],
    );
    (node as { children: PhrasingContent[] }).children = mergeTexts(flat as PhrasingContent[]);
    return;
  }
  children.forEach(unwrapFallbacks);
}

const LABELS: Record<string, HtmlLabels> = {
  en: { footnotes: 'Footnotes', backToContent: 'Back to content' },
  zh: { footnotes: '脚注', backToContent: '返回正文' },
  pt: { footnotes: 'Notas de rodapé', backToContent: 'Voltar ao conteúdo' },
};

function htmlLabels(locale: string): HtmlLabels {
  return LABELS[languageOf(locale)] ?? LABELS.en;
}

/** The mdast type of a fallback mark: no such type in mdast, so nothing else in a tree has it. */
const FALLBACK_TYPE = 'fallback';

/** Phrasing content in the source language, inside a translation. */
function fallbackSpan(children: PhrasingContent[], lang: string): PhrasingContent {
  // mdast-util-to-hast renders an unknown node with children as the element its data names.
  return { type: FALLBACK_TYPE, children, data: { hName: 'span', hProperties: { lang, className: [FALLBACK_CLASS] } } } as unknown as PhrasingContent;
}

/**
 * Sentences are joined with a space, except next to a character of a script written without
 * spaces (a Chinese sentence ends with 。 and the next starts at once), whatever the locale.
 */
function needsSpace(left: string, right: string): boolean {
  const last = [...left.replace(/\{\/?\d+\}$/g, '')].pop() ?? '';
  const first = [...right.replace(/^\{\d+\}/g, '')][0] ?? '';
  return !(isSpacelessChar(last) || isSpacelessChar(first));
}

function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else out.push(node);
  }
  return out;
}
