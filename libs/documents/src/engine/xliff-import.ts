/**
 * Reads what CAT tools return: XLIFF 2.0 (segments with <pc>/<ph>/<sc>/<ec>) and XLIFF 1.2
 * (<trans-unit> with <source>/<target>, inline <g>/<x>/<bx>/<ex>/<ph>/<bpt>/<ept>). Inline
 * codes come back as our placeholders: ids we exported (`p<k>_<n>`) keep their number;
 * other ids are numbered in the order the source shows them, and the target follows the
 * source's numbering. <mrk> (comments, terms, 1.2 sentence marks) is transparent.
 * The service applies the result; it compares `sourceHash` with the segment's current hash
 * to refuse (and report) translations made for a source that has changed since the export.
 */
import { DocumentsEngineError, DocumentsErrorCode } from './errors';
import { sourceHash } from './text';
import type { TranslationState } from './translation-state';
import { childElements, firstChild, parseXml, type XmlElement, type XmlReadOptions } from './xml';
import { XLIFF_20_NAMESPACE } from './xliff-export';

export const XLIFF_12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';

export interface ImportedSegment {
  /** Segment id (2.0) or trans-unit id (1.2). */
  id: string;
  unitId: string | null;
  sourceText: string;
  sourceHash: string;
  /** Null when the file has no target for the segment. */
  targetText: string | null;
  state: TranslationState;
}

export interface XliffImport {
  version: '2.0' | '1.2';
  sourceLocale: string;
  targetLocale: string | null;
  segments: ImportedSegment[];
}

export function importXliff(input: string | Uint8Array, options: XmlReadOptions = {}): XliffImport {
  const root = parseXml(input, options);
  if (root.name !== 'xliff') throw invalid(root, `The root element is <${root.name}>, not <xliff>.`);
  const version = root.attributes.version;
  let result: XliffImport;
  if (version?.startsWith('2.') && root.uri === XLIFF_20_NAMESPACE) result = import20(root);
  else if (version === '1.2' && (root.uri === XLIFF_12_NAMESPACE || root.uri === '')) result = import12(root);
  else {
    throw new DocumentsEngineError(DocumentsErrorCode.XliffUnsupported, `XLIFF version "${version ?? ''}" (namespace "${root.uri}") is not supported; use 2.0 or 1.2.`, {
      version: version ?? '',
    });
  }
  const seen = new Set<string>();
  for (const segment of result.segments) {
    if (seen.has(segment.id)) {
      throw new DocumentsEngineError(DocumentsErrorCode.XliffDuplicateSegment, `The segment id "${segment.id}" occurs twice.`, { id: segment.id });
    }
    seen.add(segment.id);
  }
  return result;
}

/** An empty <target/> is no translation. */
function nonEmpty(text: string | null): string | null {
  return text === null || text.trim() === '' ? null : text;
}

function invalid(at: XmlElement, detail: string): DocumentsEngineError {
  return new DocumentsEngineError(DocumentsErrorCode.XliffInvalid, `${detail} (line ${at.line}, column ${at.column})`, { line: at.line, column: at.column, detail });
}

function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/* ------------------------------------------------------------------ 2.0 */

const STATES_20: Record<string, TranslationState> = { translated: 'translated', reviewed: 'reviewed', final: 'approved' };

function import20(root: XmlElement): XliffImport {
  const segments: ImportedSegment[] = [];
  const units = (parent: XmlElement): XmlElement[] => childElements(parent).flatMap((c) => (c.name === 'unit' ? [c] : c.name === 'group' ? units(c) : []));
  const files = childElements(root, 'file');
  if (files.length === 0) throw invalid(root, 'The file has no <file> element.');
  for (const file of files) {
    for (const unit of units(file)) {
      const unitId = unit.attributes.id ?? null;
      const unitSegments = childElements(unit, 'segment');
      unitSegments.forEach((segment) => {
        const id = segment.attributes.id ?? (unitSegments.length === 1 ? unitId : null);
        if (!id) throw invalid(segment, 'A <segment> has no id');
        const source = firstChild(segment, 'source');
        if (!source) throw invalid(segment, `Segment "${id}" has no <source>`);
        const target = firstChild(segment, 'target');
        const numbering = new Numbering();
        const sourceText = inline(source, numbering);
        const targetText = nonEmpty(target ? inline(target, numbering) : null);
        const declared = segment.attributes.state ?? 'initial';
        const state = STATES_20[declared] ?? (targetText ? 'draft' : 'untranslated');
        segments.push({ id, unitId, sourceText, sourceHash: sourceHash(sourceText), targetText, state: targetText ? state : 'untranslated' });
      });
    }
  }
  return { version: '2.0', sourceLocale: root.attributes.srcLang ?? '', targetLocale: root.attributes.trgLang ?? null, segments };
}

/* ------------------------------------------------------------------ 1.2 */

function import12(root: XmlElement): XliffImport {
  const segments: ImportedSegment[] = [];
  const files = childElements(root, 'file');
  if (files.length === 0) throw invalid(root, 'The file has no <file> element.');
  const transUnits = (parent: XmlElement): XmlElement[] =>
    childElements(parent).flatMap((c) => (c.name === 'trans-unit' ? [c] : c.name === 'group' || c.name === 'body' ? transUnits(c) : []));
  for (const file of files) {
    for (const unit of transUnits(file)) {
      const id = unit.attributes.id;
      if (!id) throw invalid(unit, 'A <trans-unit> has no id');
      if (unit.attributes.translate === 'no') continue;
      const source = firstChild(unit, 'source');
      if (!source) throw invalid(unit, `Trans-unit "${id}" has no <source>`);
      const target = firstChild(unit, 'target');
      const numbering = new Numbering();
      const sourceText = inline(source, numbering);
      const targetText = nonEmpty(target ? inline(target, numbering) : null);
      segments.push({ id, unitId: null, sourceText, sourceHash: sourceHash(sourceText), targetText, state: state12(unit, target, targetText) });
    }
  }
  const file = files[0];
  return { version: '1.2', sourceLocale: file.attributes['source-language'] ?? '', targetLocale: file.attributes['target-language'] ?? null, segments };
}

function state12(unit: XmlElement, target: XmlElement | undefined, targetText: string | null): TranslationState {
  if (!targetText) return 'untranslated';
  if (unit.attributes.approved === 'yes') return 'approved';
  const state = target?.attributes.state;
  switch (state) {
    case 'final':
    case 'signed-off':
      return 'approved';
    case 'translated':
    case 'needs-review-translation':
    case 'needs-review-l10n':
    case 'needs-review-adaptation':
      return 'translated';
    case 'new':
    case 'needs-translation':
    case 'needs-l10n':
    case 'needs-adaptation':
      return 'draft';
    default:
      return 'translated';
  }
}

/* ------------------------------------------------------------------ inline codes */

/** Maps inline-code ids to placeholder numbers: our own `p<k>_<n>` keep n, others count up. */
class Numbering {
  private readonly byId = new Map<string, number>();
  private readonly used = new Set<number>();

  number(id: string): number {
    let n = this.byId.get(id);
    if (n !== undefined) return n;
    const own = /^p\d+_(\d+)$/.exec(id);
    n = own && !this.used.has(Number(own[1])) ? Number(own[1]) : this.nextFree();
    this.byId.set(id, n);
    this.used.add(n);
    return n;
  }

  private nextFree(): number {
    let n = 1;
    while (this.used.has(n)) n++;
    return n;
  }
}

function inline(element: XmlElement, numbering: Numbering): string {
  let out = '';
  for (const child of element.children) {
    if (typeof child === 'string') {
      out += child;
      continue;
    }
    const id = child.attributes.id ?? '';
    switch (child.name) {
      case 'cp': {
        const code = parseInt(child.attributes.hex ?? '', 16);
        out += Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
        break;
      }
      case 'pc':
      case 'g': {
        const n = numbering.number(id);
        out += `{${n}}${inline(child, numbering)}{/${n}}`;
        break;
      }
      case 'ph':
      case 'x':
      case 'it':
        if (child.name === 'it' && child.attributes.pos === 'close') out += `{/${numbering.number(id)}}`;
        else out += `{${numbering.number(id)}}`;
        break;
      case 'sc':
        out += `{${numbering.number(child.attributes.id ?? '')}}`;
        break;
      case 'bx':
      case 'bpt':
        out += `{${numbering.number(child.attributes.rid ?? child.attributes.id ?? '')}}`;
        break;
      case 'ec':
        out += `{/${numbering.number(child.attributes.startRef ?? child.attributes.id ?? '')}}`;
        break;
      case 'ex':
      case 'ept':
        out += `{/${numbering.number(child.attributes.rid ?? child.attributes.id ?? '')}}`;
        break;
      case 'mrk':
      case 'sm':
        out += child.name === 'mrk' ? inline(child, numbering) : '';
        break;
      case 'em':
      case 'sub':
        break;
      default:
        out += textOf(child);
    }
  }
  return out;
}
