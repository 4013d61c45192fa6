/**
 * XLIFF 1.2 export of one document for one target locale (OASIS XLIFF 1.2, valid against the
 * strict schema; the tests validate it). Written for CAT tools that read 1.2 only: OmegaT 3.6,
 * the version Debian ships, finds no segment in a 2.0 file.
 *
 * The same content as the 2.0 export (xliff-export.ts): one <group> per block, one
 * <trans-unit> per segment whose id is the segment's persistent id, the context and the
 * outdated source as notes, and the version of the stored translation — in `extradata`
 * (`bcp:version=<n>`), the attribute XLIFF 1.2 keeps for the tool's own data, as the strict
 * schema allows no foreign attribute or element without a schema of its own. The import reads
 * it back and refuses a unit whose translation changed since, as for 2.0; a unit whose source
 * changed since is refused by its source hash, as for 2.0.
 *
 * States (target `state`, trans-unit `approved`):
 *   untranslated → the source copied into the target, needs-translation; draft → new; translated → translated;
 *   reviewed → signed-off; approved → final and approved="yes";
 *   outdated (any state) → needs-translation with state-qualifier="x-bcp-outdated".
 * Placeholders: paired → <g>, standalone → <x/>, a pair that crosses another → <bx/>/<ex/>;
 * ids `p1_<n>` as in 2.0, ctype from what the placeholder stands for.
 */
import { tokenizeWith, type PlaceholderSpec, type PlaceholderTable } from './placeholders';
import type { TranslationState } from './translation-state';
import {
  describePlaceholder,
  inferTable,
  isWellNested,
  requireLanguageTag,
  requireNmToken,
  type XliffExportBlock,
  type XliffExportInput,
  type XliffExportSegment,
} from './xliff-export';
import { escapeXmlAttribute, escapeXmlText } from './xml';

export const XLIFF_12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
/** The `extradata` of a trans-unit carrying the translation's version, e.g. `bcp:version=3`. */
export const VERSION_EXTRADATA = /^bcp:version=(\d{1,9})$/;
/** The state-qualifier of a translation exported while outdated. */
export const OUTDATED_QUALIFIER_12 = 'x-bcp-outdated';

const STATE_MAP_12: Record<Exclude<TranslationState, 'untranslated'>, 'new' | 'translated' | 'signed-off' | 'final'> = {
  draft: 'new',
  translated: 'translated',
  reviewed: 'signed-off',
  approved: 'final',
};

export function exportXliff12(input: XliffExportInput): string {
  requireNmToken(input.fileId, 'file id');
  requireLanguageTag(input.sourceLocale);
  requireLanguageTag(input.targetLocale);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_12_NAMESPACE}" version="1.2">`,
    `  <file original="${escapeXmlAttribute(input.original ?? input.fileId)}" source-language="${escapeXmlAttribute(input.sourceLocale)}" target-language="${escapeXmlAttribute(input.targetLocale)}" datatype="x-markdown" tool-id="bcp">`,
    '    <header>',
    '      <tool tool-id="bcp" tool-name="Blue Carbon Portal"/>',
    '    </header>',
    '    <body>',
  ];
  for (const block of input.blocks) lines.push(...blockLines(block));
  lines.push('    </body>', '  </file>', '</xliff>', '');
  return lines.join('\n');
}

function blockLines(block: XliffExportBlock): string[] {
  requireNmToken(block.id, 'group id');
  const out = [`      <group id="${escapeXmlAttribute(block.id)}"${block.kind ? ` restype="x-bcp-${block.kind}"` : ''}>`];
  for (const segment of block.segments) out.push(...unitLines(segment, block.context));
  out.push('      </group>');
  return out;
}

function unitLines(segment: XliffExportSegment, context: string | undefined): string[] {
  requireNmToken(segment.id, 'segment id');
  const table = segment.placeholders ?? inferTable(segment.sourceText);
  const hasTarget = segment.state !== 'untranslated' && !!segment.targetText;
  const approved = hasTarget && !segment.outdated && segment.state === 'approved';
  const extradata = segment.version !== undefined ? ` extradata="bcp:version=${segment.version}"` : '';
  const out = [`        <trans-unit id="${escapeXmlAttribute(segment.id)}" xml:space="preserve"${approved ? ' approved="yes"' : ''}${extradata}>`];
  out.push(`          <source>${inlineXml12(segment.sourceText, table)}</source>`);
  if (hasTarget) {
    const state = segment.outdated
      ? `needs-translation" state-qualifier="${OUTDATED_QUALIFIER_12}`
      : STATE_MAP_12[segment.state as Exclude<TranslationState, 'untranslated'>];
    out.push(`          <target state="${state}">${inlineXml12(segment.targetText as string, table)}</target>`);
  } else {
    // 1.2 tools such as OmegaT translate the <target> in place and skip a unit without one:
    // the source is copied, marked needs-translation (the import reads it back as no translation).
    out.push(`          <target state="needs-translation">${inlineXml12(segment.sourceText, table)}</target>`);
  }
  if (context) out.push(`          <note annotates="general">${escapeXmlText(context)}</note>`);
  if (segment.outdated && segment.previousSourceText) {
    out.push(
      `          <note annotates="source">${escapeXmlText(`The source changed since this translation. It was translated from: ${segment.previousSourceText}`)}</note>`,
    );
  }
  out.push('        </trans-unit>');
  return out;
}

/** What a placeholder is, as a 1.2 `ctype`: the standard values where one fits (bold, italic, link for pairs; image, lb standalone), `x-…` otherwise. */
function ctypeOf(spec: PlaceholderSpec): string {
  const attrs = describePlaceholder(spec);
  const standard: Record<string, string> = spec.kind === 'paired' ? { 'xlf:b': 'bold', 'xlf:i': 'italic', link: 'link' } : { 'xlf:lb': 'lb', image: 'image' };
  const key = attrs.subType ?? attrs.type;
  return standard[key] ?? `x-${key.replace(/^[a-z]+:/, '')}`;
}

/**
 * A segment text as XLIFF 1.2 inline content. Characters XML cannot carry become U+FFFD
 * (1.2 has no <cp>). Crossed or unbalanced pairs become <bx/>/<ex/> so the file stays valid.
 */
export function inlineXml12(text: string, table: PlaceholderTable): string {
  const tokens = tokenizeWith(text, table);
  const id = (n: number): string => `p1_${n}`;
  const nested = isWellNested(tokens);
  let out = '';
  for (const token of tokens) {
    if (token.type === 'text') {
      out += escapeXmlText(token.value);
      continue;
    }
    const spec = table[token.n] ?? { kind: token.type === 'standalone' ? 'standalone' : 'paired', node: { type: 'html', value: '' } };
    const ctype = escapeXmlAttribute(ctypeOf(spec));
    if (token.type === 'standalone') out += `<x id="${id(token.n)}" ctype="${ctype}"/>`;
    else if (nested) out += token.type === 'open' ? `<g id="${id(token.n)}" ctype="${ctype}">` : '</g>';
    else out += token.type === 'open' ? `<bx id="${id(token.n)}" rid="${id(token.n)}" ctype="${ctype}"/>` : `<ex id="${id(token.n)}e" rid="${id(token.n)}"/>`;
  }
  return out;
}
