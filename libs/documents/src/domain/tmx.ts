/**
 * TMX 1.4b (LISA/GALA Translation Memory eXchange) for the translation memory: one <tu> per
 * pair with its origin (who in `creationid`, when in `creationdate`/`changedate`, the document
 * and segment it was approved in as `<prop type="x-bcp-document">`/`x-bcp-segment`), and the
 * reading of what other tools write. Placeholders `{n}…{/n}` become <bpt>/<ept> (their native
 * code is the placeholder itself), `{n}` alone <ph>, a half pair <it>; on reading, <bpt>/<ept>,
 * <ph>, <it>, <ut> and <hi> of any tool become our placeholders, numbered in order.
 * Reading goes through xml.ts (saxes: no entity expansion, size and depth bounded); an
 * external DOCTYPE (`tmx14.dtd`, which OmegaT and others declare) is accepted, never fetched.
 */
import { DocumentsEngineError, DocumentsErrorCode } from './errors';
import { tokenize } from './placeholders';
import { childElements, escapeXmlAttribute, escapeXmlText, firstChild, parseXml, type XmlElement, type XmlReadOptions } from './xml';

export interface TmxUnit {
  sourceText: string;
  targetText: string;
  /** Who: whoever approved the pair, or the author the imported file named. */
  creationId?: string | null;
  /** When the imported file says the pair was made (TMX basic format). */
  creationDate?: string | null;
  changeDate?: Date | null;
  /** Where: the document and segment it was approved in (none for imported pairs). */
  documentId?: string | null;
  segmentId?: string | null;
  /** For imported pairs: the tool that wrote the file, and who imported it. */
  importedFrom?: string | null;
  importedBy?: string | null;
}

export interface TmxExportInput {
  sourceLocale: string;
  targetLocale: string;
  units: readonly TmxUnit[];
}

/** TMX dates: ISO 8601 basic format in UTC, `YYYYMMDDThhmmssZ`. */
export const TMX_DATE = /^\d{8}T\d{6}Z$/;

export function tmxDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function exportTmx(input: TmxExportInput): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Blue Carbon Portal" creationtoolversion="1" segtype="sentence" o-tmf="bcp" adminlang="en" srclang="${escapeXmlAttribute(input.sourceLocale)}" datatype="plaintext"/>`,
    '  <body>',
  ];
  for (const unit of input.units) {
    const attributes = [
      unit.creationId ? ` creationid="${escapeXmlAttribute(unit.creationId)}"` : '',
      unit.creationDate && TMX_DATE.test(unit.creationDate) ? ` creationdate="${unit.creationDate}"` : '',
      unit.changeDate ? ` changedate="${tmxDate(unit.changeDate)}"` : '',
    ].join('');
    lines.push(`    <tu${attributes}>`);
    const props: [string, string | null | undefined][] = [
      ['x-bcp-document', unit.documentId],
      ['x-bcp-segment', unit.segmentId],
      ['x-bcp-imported-from', unit.importedFrom],
      ['x-bcp-imported-by', unit.importedBy],
    ];
    for (const [type, value] of props) if (value) lines.push(`      <prop type="${type}">${escapeXmlText(value)}</prop>`);
    lines.push(`      <tuv xml:lang="${escapeXmlAttribute(input.sourceLocale)}"><seg>${segXml(unit.sourceText)}</seg></tuv>`);
    lines.push(`      <tuv xml:lang="${escapeXmlAttribute(input.targetLocale)}"><seg>${segXml(unit.targetText)}</seg></tuv>`);
    lines.push('    </tu>');
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

/** A text as TMX <seg> content: pairs as <bpt>/<ept>, lone codes as <ph>, half pairs as <it>. */
function segXml(text: string): string {
  const tokens = tokenize(text);
  const closes = new Set(tokens.filter((t) => t.type === 'close').map((t) => (t.type === 'close' ? t.n : 0)));
  const opened = new Set<number>();
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'text':
          return escapeXmlText(token.value);
        case 'open':
        case 'standalone':
          if (!closes.has(token.n)) return `<ph x="${token.n}">{${token.n}}</ph>`;
          opened.add(token.n);
          return `<bpt i="${token.n}" x="${token.n}">{${token.n}}</bpt>`;
        case 'close':
          return opened.has(token.n) ? `<ept i="${token.n}">{/${token.n}}</ept>` : `<it pos="end" x="${token.n}">{/${token.n}}</it>`;
      }
    })
    .join('');
}

export interface ReadTmxUnit {
  /** 1-based position in the file, for the report. */
  index: number;
  tuid: string | null;
  /** Text per language tag as written (`en-US`, `zh-CN`). */
  variants: { lang: string; text: string }[];
  creationId: string | null;
  /** Kept only in TMX's own format (`YYYYMMDDThhmmssZ`). */
  creationDate: string | null;
}

export interface ReadTmx {
  sourceLocale: string | null;
  /** The header's `creationtool`. */
  tool: string | null;
  units: ReadTmxUnit[];
}

function invalid(at: XmlElement, detail: string): DocumentsEngineError {
  return new DocumentsEngineError(DocumentsErrorCode.TmxInvalid, `${detail} (line ${at.line}, column ${at.column})`, {
    line: at.line,
    column: at.column,
    detail,
  });
}

export function importTmx(input: string | Uint8Array, options: XmlReadOptions = {}): ReadTmx {
  const root = parseXml(input, { ...options, allowExternalDoctype: true });
  if (root.name !== 'tmx') throw invalid(root, `the root element is <${root.name}>, not <tmx>`);
  const header = firstChild(root, 'header');
  const body = firstChild(root, 'body');
  if (!body) throw invalid(root, 'there is no <body>');
  const srclang = header?.attributes.srclang;
  const units = childElements(body, 'tu').map((tu, i) => ({
    index: i + 1,
    tuid: tu.attributes.tuid ?? null,
    creationId: tu.attributes.creationid ?? null,
    creationDate: TMX_DATE.test(tu.attributes.creationdate ?? '') ? tu.attributes.creationdate : null,
    variants: childElements(tu, 'tuv').map((tuv) => {
      const seg = firstChild(tuv, 'seg');
      return { lang: tuv.attributes['xml:lang'] ?? tuv.attributes.lang ?? '', text: seg ? segText(seg) : '' };
    }),
  }));
  return { sourceLocale: srclang && srclang !== '*all*' ? srclang : null, tool: header?.attributes.creationtool ?? null, units };
}

/** <seg> content as our text: codes of any tool become placeholders numbered in order of appearance. */
function segText(seg: XmlElement): string {
  const numbers = new Map<string, number>();
  let next = 1;
  const number = (key: string): number => {
    if (!numbers.has(key)) numbers.set(key, next++);
    return numbers.get(key) as number;
  };
  const walk = (element: XmlElement): string =>
    element.children
      .map((child) => {
        if (typeof child === 'string') return child;
        switch (child.name) {
          case 'bpt':
            return `{${number(`i${child.attributes.i ?? ''}`)}}`;
          case 'ept':
            return `{/${number(`i${child.attributes.i ?? ''}`)}}`;
          case 'it':
            return child.attributes.pos === 'end' ? `{/${number(`x${child.attributes.x ?? next}`)}}` : `{${number(`x${child.attributes.x ?? next}`)}}`;
          case 'ph':
          case 'ut':
            return `{${next++}}`;
          case 'hi':
            return walk(child);
          default:
            return ''; // <sub> belongs to a code's native data
        }
      })
      .join('');
  return walk(seg);
}

/** Whether a TMX language tag stands for one of our locales: the same tag, or its language when the locale names none (`en-US` for `en`). */
export function sameLanguage(tag: string, locale: string): boolean {
  const canonical = (value: string): string | null => {
    try {
      return Intl.getCanonicalLocales(value.replace(/_/g, '-'))[0].toLowerCase();
    } catch {
      return null;
    }
  };
  const [a, b] = [canonical(tag), canonical(locale)];
  if (!a || !b) return false;
  return a === b || (!b.includes('-') && a.split('-')[0] === b) || (b === 'zh-cn' && (a === 'zh-hans-cn' || a === 'zh-hans'));
}
