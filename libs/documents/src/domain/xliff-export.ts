/**
 * XLIFF 2.0 export of one document for one target locale (OASIS XLIFF 2.0 core; validated
 * against the schema in the tests). One <group> per translatable block and in it one <unit>
 * per sentence: the unit and its <segment> both carry the segment's persistent id, so a tool
 * that renumbers or reorders units, or drops the optional segment ids, still returns a file
 * whose units name their segments. Placeholders become <pc> (paired) and <ph> (standalone)
 * with ids `p1_<n>` (n: the placeholder number), and dispStart/dispEnd/disp showing the
 * Markdown they stand for.
 *
 * Each unit carries, in the Metadata module (mda), the version of the translation it was
 * exported with: the import refuses a unit whose translation changed since, instead of
 * reverting newer work. Units declare xml:space="preserve": spaces around inline codes are
 * content (`以<pc>…` and `以 <pc>…` render differently).
 *
 * States: untranslated → initial (no target), draft → initial, translated → translated,
 * reviewed → reviewed, approved → final. An outdated translation is exported as
 * initial with subState `bcp:outdated`, and a note gives the source it was made for.
 */
import type { PhrasingContent } from 'mdast';
import { DocumentsEngineError, DocumentsErrorCode } from './errors';
import { IMAGE_TITLE, tokenizeWith, type InlineToken, type PlaceholderSpec, type PlaceholderTable } from './placeholders';
import type { SegmentedDocument, SourceSegment, UnitKind } from './segmenter';
import type { TranslationState } from './translation-state';
import { escapeXmlAttribute, escapeXmlText, isNmToken } from './xml';

export const XLIFF_20_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** The XLIFF 2.0 Metadata module. */
export const XLIFF_METADATA_NAMESPACE = 'urn:oasis:names:tc:xliff:metadata:2.0';
/** The <mda:metaGroup category> holding our translation metadata, and its <mda:meta type> for the version. */
export const TRANSLATION_META_CATEGORY = 'bcp:translation';
export const VERSION_META_TYPE = 'version';

export interface XliffExportSegment {
  id: string;
  sourceText: string;
  targetText?: string | null;
  state: TranslationState;
  outdated?: boolean;
  /** The source the (outdated) translation was made for. */
  previousSourceText?: string | null;
  /** From the segmenter; without it, `{n}` closed by `{/n}` is a pair and anything else standalone. */
  placeholders?: PlaceholderTable;
  /** The stored translation's version (0: none stored yet); the import refuses the unit once it moved on. */
  version?: number;
}

/** A translatable block (heading, paragraph, list item…): a <group> of one unit per segment. */
export interface XliffExportBlock {
  /** The <group id>; an NMTOKEN. */
  id: string;
  kind?: UnitKind;
  /** Free text for the translator (where the unit is, what it is). */
  context?: string;
  segments: XliffExportSegment[];
}

export interface XliffExportInput {
  /** The <file id>; an NMTOKEN (a UUID is one). */
  fileId: string;
  /** Shown by CAT tools as the file name, e.g. `documents/<id>/rev/<n>.md`. */
  original?: string;
  sourceLocale: string;
  targetLocale: string;
  blocks: XliffExportBlock[];
}

const STATE_MAP: Record<TranslationState, 'initial' | 'translated' | 'reviewed' | 'final'> = {
  untranslated: 'initial',
  draft: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
  approved: 'final',
};

/** The subState of a translation exported while outdated (its state is `initial`). */
export const OUTDATED_SUBSTATE = 'bcp:outdated';

const KIND_CONTEXT: Record<UnitKind, string> = {
  heading: 'Heading',
  paragraph: 'Paragraph',
  listItem: 'List item',
  blockquote: 'Block quote',
  tableCell: 'Table cell',
  footnote: 'Footnote',
};

export function exportXliff20(input: XliffExportInput): string {
  requireNmToken(input.fileId, 'file id');
  requireLanguageTag(input.sourceLocale);
  requireLanguageTag(input.targetLocale);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_20_NAMESPACE}" xmlns:mda="${XLIFF_METADATA_NAMESPACE}" version="2.0" srcLang="${escapeXmlAttribute(input.sourceLocale)}" trgLang="${escapeXmlAttribute(input.targetLocale)}">`,
    `  <file id="${escapeXmlAttribute(input.fileId)}"${input.original ? ` original="${escapeXmlAttribute(input.original)}"` : ''}>`,
  ];
  for (const block of input.blocks) lines.push(...blockLines(block));
  // A <file> needs a unit or a group: a document with nothing to translate gets an empty group.
  if (input.blocks.length === 0) lines.push('    <group id="empty"/>');
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}

function blockLines(block: XliffExportBlock): string[] {
  requireNmToken(block.id, 'group id');
  const context = block.context ?? (block.kind ? KIND_CONTEXT[block.kind] : undefined);
  const out = [`    <group id="${escapeXmlAttribute(block.id)}"${block.kind ? ` type="bcp:${block.kind}"` : ''}>`];
  for (const segment of block.segments) out.push(...unitLines(segment, context));
  out.push('    </group>');
  return out;
}

function unitLines(segment: XliffExportSegment, context: string | undefined): string[] {
  requireNmToken(segment.id, 'segment id');
  const notes: string[] = [];
  if (context) notes.push(`<note category="context">${escapeXmlText(context)}</note>`);
  if (segment.outdated && segment.previousSourceText) {
    notes.push(
      `<note category="outdated-source" appliesTo="source">${escapeXmlText(`The source changed since this translation. It was translated from: ${segment.previousSourceText}`)}</note>`,
    );
  }
  const id = escapeXmlAttribute(segment.id);
  const out = [`      <unit id="${id}" xml:space="preserve">`];
  if (segment.version !== undefined) {
    out.push(
      `        <mda:metadata><mda:metaGroup category="${TRANSLATION_META_CATEGORY}"><mda:meta type="${VERSION_META_TYPE}">${segment.version}</mda:meta></mda:metaGroup></mda:metadata>`,
    );
  }
  if (notes.length) {
    out.push('        <notes>');
    notes.forEach((note, i) => out.push(`          ${note.replace('<note ', `<note id="n${i + 1}" `)}`));
    out.push('        </notes>');
  }
  const table = segment.placeholders ?? inferTable(segment.sourceText);
  const hasTarget = segment.state !== 'untranslated' && segment.targetText !== null && segment.targetText !== undefined && segment.targetText !== '';
  const state = segment.outdated ? 'initial' : STATE_MAP[segment.state];
  const subState = segment.outdated ? ` subState="${OUTDATED_SUBSTATE}"` : '';
  out.push(`        <segment id="${id}" state="${state}"${subState}>`);
  out.push(`          <source>${inlineXml(segment.sourceText, table)}</source>`);
  if (hasTarget) out.push(`          <target>${inlineXml(segment.targetText as string, table)}</target>`);
  out.push('        </segment>', '      </unit>');
  return out;
}

/** srcLang/trgLang are BCP 47 tags (`zh-CN`, not `zh_CN`). */
export function requireLanguageTag(value: string): void {
  let valid = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(value);
  try {
    Intl.getCanonicalLocales(value);
  } catch {
    valid = false;
  }
  if (!valid) throw new DocumentsEngineError(DocumentsErrorCode.InvalidIdentifier, `"${value}" is not a BCP 47 language tag.`, { value });
}

export function requireNmToken(value: string, what: string): void {
  if (!isNmToken(value)) {
    throw new DocumentsEngineError(DocumentsErrorCode.InvalidIdentifier, `The ${what} "${value}" cannot be used as an XLIFF identifier.`, { value });
  }
}

/** Without a segmenter table: a number with a closing tag is a pair, others are standalone. */
export function inferTable(text: string): PlaceholderTable {
  const table: PlaceholderTable = {};
  const closes = new Set([...text.matchAll(/\{\/(\d+)\}/g)].map((m) => m[1]));
  for (const match of text.matchAll(/\{(\d+)\}/g)) {
    table[match[1]] = closes.has(match[1])
      ? { kind: 'paired', node: { type: 'emphasis', children: [] } }
      : { kind: 'standalone', node: { type: 'html', value: match[0] } };
  }
  return table;
}

interface CodeAttributes {
  type: 'fmt' | 'ui' | 'quote' | 'link' | 'image' | 'other';
  subType?: string;
  dispStart?: string;
  dispEnd?: string;
  disp?: string;
  equiv?: string;
}

/** How a placeholder shows in a CAT tool: the Markdown it stands for. */
export function describePlaceholder(spec: PlaceholderSpec): CodeAttributes {
  const node: PhrasingContent = spec.node;
  switch (node.type) {
    case 'strong':
      return { type: 'fmt', subType: 'xlf:b', dispStart: '**', dispEnd: '**' };
    case 'emphasis':
      return { type: 'fmt', subType: 'xlf:i', dispStart: '*', dispEnd: '*' };
    case 'delete':
      return { type: 'fmt', subType: 'bcp:strikethrough', dispStart: '~~', dispEnd: '~~' };
    case 'link':
      if (spec.kind === 'paired') return { type: 'link', dispStart: '[', dispEnd: `](${node.url})` };
      // A bare URL or e-mail address: show it as the reader sees it.
      return { type: 'link', disp: node.children[0]?.type === 'text' ? node.children[0].value : node.url, equiv: node.url };
    case 'linkReference':
      return { type: 'link', dispStart: '[', dispEnd: `][${node.label ?? node.identifier}]` };
    case 'inlineCode':
      return { type: 'other', subType: 'bcp:code', disp: `\`${node.value}\``, equiv: node.value };
    case 'break':
      return { type: 'fmt', subType: 'xlf:lb', disp: '↵', equiv: '\n' };
    case 'image':
      // Paired: the alt text (and the title's pair) inside, the address only shown.
      if (spec.kind === 'paired') return { type: 'image', dispStart: '![', dispEnd: `](${node.url})` };
      return { type: 'image', disp: `![${node.alt ?? ''}](${node.url})`, equiv: node.alt ?? '' };
    case 'imageReference':
      if (spec.kind === 'paired') return { type: 'image', dispStart: '![', dispEnd: `][${node.label ?? node.identifier}]` };
      return { type: 'image', disp: `![${node.alt ?? ''}][${node.label ?? node.identifier}]`, equiv: node.alt ?? '' };
    case 'footnoteReference':
      return { type: 'other', subType: 'bcp:footnote', disp: `[^${node.label ?? node.identifier}]`, equiv: '' };
    case 'html':
      return { type: 'other', subType: 'bcp:html', disp: node.value, equiv: '' };
    case 'text':
      return { type: 'other', subType: 'bcp:literal', disp: node.value, equiv: node.value };
    default:
      if ((spec.node.type as string) === IMAGE_TITLE) return { type: 'other', subType: 'bcp:imageTitle', dispStart: ' "', dispEnd: '"' };
      return { type: 'other' };
  }
}

function attributes(attrs: CodeAttributes, paired: boolean): string {
  const parts = [`type="${attrs.type}"`];
  if (attrs.subType) parts.push(`subType="${escapeXmlAttribute(attrs.subType)}"`);
  if (paired) {
    if (attrs.dispStart !== undefined) parts.push(`dispStart="${escapeXmlAttribute(attrs.dispStart)}"`);
    if (attrs.dispEnd !== undefined) parts.push(`dispEnd="${escapeXmlAttribute(attrs.dispEnd)}"`);
  } else {
    if (attrs.disp !== undefined) parts.push(`disp="${escapeXmlAttribute(attrs.disp)}"`);
    if (attrs.equiv !== undefined) parts.push(`equiv="${escapeXmlAttribute(attrs.equiv)}"`);
  }
  return parts.join(' ');
}

const codePoint = (char: string): string => `<cp hex="${(char.codePointAt(0) ?? 0xfffd).toString(16).toUpperCase().padStart(4, '0')}"/>`;

/**
 * A segment text as XLIFF inline content. Well-nested pairs become <pc>; if a (translated)
 * text crosses or leaves pairs open, its pairs are written as <sc>/<ec> (isolated when the
 * other half is missing) so the file stays valid and QA can report the problem.
 */
export function inlineXml(text: string, table: PlaceholderTable): string {
  const tokens = tokenizeWith(text, table);
  // `p1_`: the segment is the first (only) one of its unit; the import reads n back from `p<k>_<n>`.
  const id = (n: number): string => `p1_${n}`;
  const nested = isWellNested(tokens);
  const openCount = new Map<number, number>();
  const closeAvailable = new Map<number, number>();
  if (!nested) for (const t of tokens) if (t.type === 'close') closeAvailable.set(t.n, (closeAvailable.get(t.n) ?? 0) + 1);
  let out = '';
  for (const token of tokens) {
    if (token.type === 'text') {
      out += escapeXmlText(token.value, codePoint);
      continue;
    }
    const spec = table[token.n] ?? { kind: token.type === 'standalone' ? 'standalone' : 'paired', node: { type: 'html', value: '' } };
    const attrs = describePlaceholder(spec);
    if (token.type === 'standalone') {
      out += `<ph id="${id(token.n)}" ${attributes(attrs, false)}/>`;
    } else if (nested) {
      out += token.type === 'open' ? `<pc id="${id(token.n)}" ${attributes(attrs, true)}>` : '</pc>';
    } else if (token.type === 'open') {
      const closes = (closeAvailable.get(token.n) ?? 0) > (openCount.get(token.n) ?? 0);
      openCount.set(token.n, (openCount.get(token.n) ?? 0) + 1);
      out += `<sc id="${id(token.n)}"${closes ? '' : ' isolated="yes"'} ${attributes({ ...attrs, disp: attrs.dispStart }, false)}/>`;
    } else {
      const opened = (openCount.get(token.n) ?? 0) > 0;
      if (opened) {
        openCount.set(token.n, (openCount.get(token.n) ?? 0) - 1);
        closeAvailable.set(token.n, (closeAvailable.get(token.n) ?? 0) - 1);
        out += `<ec startRef="${id(token.n)}"/>`;
      } else out += `<ec id="${id(token.n)}" isolated="yes"/>`;
    }
  }
  return out;
}

export function isWellNested(tokens: readonly InlineToken[]): boolean {
  const stack: number[] = [];
  const seen = new Set<number>();
  for (const token of tokens) {
    if (token.type === 'open') {
      if (seen.has(token.n)) return false;
      seen.add(token.n);
      stack.push(token.n);
    } else if (token.type === 'close' && stack.pop() !== token.n) return false;
  }
  return stack.length === 0;
}

export interface SegmentTranslation {
  /** The segment's persistent id. */
  id: string;
  targetText?: string | null;
  state: TranslationState;
  outdated?: boolean;
  previousSourceText?: string | null;
  version?: number;
}

/**
 * Blocks for export from a segmented revision and each segment's id and translation; the
 * groups are numbered by position (`b1`…): nothing is matched on them.
 */
export function xliffBlocksFor(document: SegmentedDocument, translation: (segment: SourceSegment) => SegmentTranslation): XliffExportBlock[] {
  return document.units.map((unit) => ({
    id: `b${unit.index + 1}`,
    kind: unit.kind,
    context: unit.kind === 'heading' ? `Heading level ${unit.depth ?? 1}` : KIND_CONTEXT[unit.kind],
    segments: unit.segmentOrdinals.map((ordinal) => {
      const segment = document.segments[ordinal];
      return { ...translation(segment), sourceText: segment.text, placeholders: segment.placeholders };
    }),
  }));
}
