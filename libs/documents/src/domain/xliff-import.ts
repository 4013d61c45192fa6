/**
 * Reads what CAT tools return: XLIFF 2.0 (segments with <pc>/<ph>/<sc>/<ec>) and XLIFF 1.2
 * (<trans-unit> with <source>/<target>, inline <g>/<x>/<bx>/<ex>/<ph>/<bpt>/<ept>). Inline
 * codes come back as our placeholders: ids we exported (`p<k>_<n>`) keep their number;
 * other ids are numbered in the order the source shows them, and the target follows the
 * source's numbering. <mrk> (comments, terms, 1.2 sentence marks) is transparent.
 * Whitespace is read as xml:space says (see xml-space.ts): kept under `preserve`, layout
 * around inline codes dropped under `default`.
 * The plan (import-plan.ts) matches each segment to the document's by its id or its unit's,
 * refuses (and reports) translations made for a source that has changed since the export,
 * and those whose stored translation moved on since (the version our export put in the unit's
 * mda:metadata).
 */
import { DocumentsEngineError, DocumentsErrorCode } from './errors';
import { sourceHash } from './text';
import type { TranslationState } from './translation-state';
import { childElements, firstChild, parseXml, type XmlElement, type XmlReadOptions } from './xml';
import { OUTDATED_SUBSTATE, TRANSLATION_META_CATEGORY, VERSION_META_TYPE, XLIFF_20_NAMESPACE, XLIFF_METADATA_NAMESPACE } from './xliff-export';
import { OUTDATED_QUALIFIER_12, VERSION_EXTRADATA, XLIFF_12_NAMESPACE } from './xliff12-export';
import { readDefaultSpace, type XmlSpace } from './xml-space';

export { XLIFF_12_NAMESPACE };

export interface ImportedSegment {
  /** Segment id (2.0; the unit id when the segment has none) or trans-unit id (1.2). */
  id: string;
  /** The id of the unit when the segment is its only one (as in our export, where it is the segment id again); null otherwise and in 1.2. */
  unitId: string | null;
  sourceText: string;
  sourceHash: string;
  /** Null when the file has no target for the segment. */
  targetText: string | null;
  state: TranslationState;
  /** Still marked as exported outdated (state initial, subState bcp:outdated): the state was not touched. */
  outdated: boolean;
  /** The version of the translation the file was exported with (our mda:metadata), null when the file does not say. */
  version: number | null;
  /** How the source's whitespace is to be read (its xml:space, inherited). */
  space: XmlSpace;
}

export interface XliffImport {
  version: '2.0' | '1.2';
  sourceLocale: string;
  targetLocale: string | null;
  segments: ImportedSegment[];
}

export function importXliff(input: string | Uint8Array, options: XmlReadOptions = {}): XliffImport {
  const root = parseXml(input, options);
  if (root.name !== 'xliff') throw invalid(root, 'wrongRoot', { name: root.name });
  const version = root.attributes.version;
  if (version?.startsWith('2.') && root.uri === XLIFF_20_NAMESPACE) return import20(root);
  if (version === '1.2' && (root.uri === XLIFF_12_NAMESPACE || root.uri === '')) return import12(root);
  throw new DocumentsEngineError(
    DocumentsErrorCode.XliffUnsupported,
    `XLIFF version "${version ?? ''}" (namespace "${root.uri}") is not supported; use 2.0 or 1.2.`,
    {
      version: version ?? '',
    },
  );
}

/**
 * Refuses an id used twice where XLIFF wants it unique: 2.0 segment ids within their unit
 * (another unit may reuse one; the plan refuses two segments that resolve to the same),
 * 1.2 trans-unit ids within the file.
 */
function requireUnique(seen: Set<string>, id: string): void {
  if (seen.has(id)) throw new DocumentsEngineError(DocumentsErrorCode.XliffDuplicateSegment, `The segment id "${id}" occurs twice.`, { id });
  seen.add(id);
}

/** xml:space of an element: its own, or what it inherits. */
function spaceOf(element: XmlElement, inherited: XmlSpace): XmlSpace {
  const declared = element.attributes['xml:space'];
  return declared === 'preserve' || declared === 'default' ? declared : inherited;
}

/** The translation version our export put in the unit's <mda:metadata>. */
function versionOf(unit: XmlElement): number | null {
  for (const metadata of childElements(unit, 'metadata')) {
    if (metadata.uri !== XLIFF_METADATA_NAMESPACE) continue;
    for (const group of childElements(metadata, 'metaGroup')) {
      if (group.attributes.category !== TRANSLATION_META_CATEGORY) continue;
      const meta = childElements(group, 'meta').find((m) => m.attributes.type === VERSION_META_TYPE);
      const value = meta ? textOf(meta).trim() : '';
      if (/^\d{1,9}$/.test(value)) return Number(value);
    }
  }
  return null;
}

/** An empty <target/> is no translation. */
function nonEmpty(text: string | null): string | null {
  return text === null || text.trim() === '' ? null : text;
}

/** Why a well-formed file is no usable XLIFF: `documents.xliff.invalid.<reason>` in the message files. */
export type XliffInvalidReason = 'wrongRoot' | 'noFile' | 'noId' | 'noSource';

function invalid(at: XmlElement, reason: XliffInvalidReason, params: { name: string; id?: string }): DocumentsEngineError {
  return new DocumentsEngineError(
    DocumentsErrorCode.XliffInvalid,
    `XLIFF ${reason} <${params.name}> ${params.id ?? ''} (line ${at.line}, column ${at.column})`,
    {
      line: at.line,
      column: at.column,
      reason,
      id: '',
      ...params,
    },
  );
}

function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/* ------------------------------------------------------------------ 2.0 */

const STATES_20: Record<string, TranslationState> = { translated: 'translated', reviewed: 'reviewed', final: 'approved' };

function import20(root: XmlElement): XliffImport {
  const segments: ImportedSegment[] = [];
  const units = (parent: XmlElement, space: XmlSpace): { unit: XmlElement; space: XmlSpace }[] =>
    childElements(parent).flatMap((c) => (c.name === 'unit' ? [{ unit: c, space: spaceOf(c, space) }] : c.name === 'group' ? units(c, spaceOf(c, space)) : []));
  const files = childElements(root, 'file');
  if (files.length === 0) throw invalid(root, 'noFile', { name: 'file' });
  const rootSpace = spaceOf(root, 'default');
  for (const file of files) {
    for (const { unit, space: unitSpace } of units(file, spaceOf(file, rootSpace))) {
      const unitSegments = childElements(unit, 'segment');
      const unitId = unitSegments.length === 1 ? (unit.attributes.id ?? null) : null;
      const version = unitSegments.length === 1 ? versionOf(unit) : null;
      const seen = new Set<string>();
      unitSegments.forEach((segment) => {
        const id = segment.attributes.id ?? unitId;
        if (!id) throw invalid(segment, 'noId', { name: 'segment' });
        requireUnique(seen, id);
        const source = firstChild(segment, 'source');
        if (!source) throw invalid(segment, 'noSource', { name: 'segment', id });
        const target = firstChild(segment, 'target');
        const numbering = new Numbering();
        const space = spaceOf(source, unitSpace);
        const sourceText = readInline(source, numbering, space);
        const targetText = nonEmpty(target ? readInline(target, numbering, spaceOf(target, unitSpace)) : null);
        const declared = segment.attributes.state ?? 'initial';
        const state = STATES_20[declared] ?? (targetText ? 'draft' : 'untranslated');
        const outdated = declared === 'initial' && segment.attributes.subState === OUTDATED_SUBSTATE;
        segments.push({
          id,
          unitId,
          sourceText,
          sourceHash: sourceHash(sourceText),
          targetText,
          state: targetText ? state : 'untranslated',
          outdated,
          version,
          space,
        });
      });
    }
  }
  return { version: '2.0', sourceLocale: root.attributes.srcLang ?? '', targetLocale: root.attributes.trgLang ?? null, segments };
}

/* ------------------------------------------------------------------ 1.2 */

function import12(root: XmlElement): XliffImport {
  const segments: ImportedSegment[] = [];
  const files = childElements(root, 'file');
  if (files.length === 0) throw invalid(root, 'noFile', { name: 'file' });
  const transUnits = (parent: XmlElement, space: XmlSpace): { unit: XmlElement; space: XmlSpace }[] =>
    childElements(parent).flatMap((c) =>
      c.name === 'trans-unit' ? [{ unit: c, space: spaceOf(c, space) }] : c.name === 'group' || c.name === 'body' ? transUnits(c, spaceOf(c, space)) : [],
    );
  const seen = new Set<string>();
  const rootSpace = spaceOf(root, 'default');
  for (const file of files) {
    for (const { unit, space: unitSpace } of transUnits(file, spaceOf(file, rootSpace))) {
      const id = unit.attributes.id;
      if (!id) throw invalid(unit, 'noId', { name: 'trans-unit' });
      requireUnique(seen, id);
      if (unit.attributes.translate === 'no') continue;
      const source = firstChild(unit, 'source');
      if (!source) throw invalid(unit, 'noSource', { name: 'trans-unit', id });
      const target = firstChild(unit, 'target');
      const numbering = new Numbering();
      const space = spaceOf(source, unitSpace);
      const sourceText = readInline(source, numbering, space);
      const read = nonEmpty(target ? readInline(target, numbering, spaceOf(target, unitSpace)) : null);
      // A copy of the source still marked needs-translation (how 1.2 exports hand untranslated units to tools that translate targets in place) is no translation.
      const targetText = read === sourceText && target?.attributes.state === 'needs-translation' ? null : read;
      // Our 1.2 export keeps the translation's version in `extradata`; other files carry none.
      const version = VERSION_EXTRADATA.exec(unit.attributes.extradata ?? '');
      const outdated = !!targetText && target?.attributes['state-qualifier'] === OUTDATED_QUALIFIER_12 && target.attributes.state === 'needs-translation';
      segments.push({
        id,
        unitId: null,
        sourceText,
        sourceHash: sourceHash(sourceText),
        targetText,
        state: state12(unit, target, targetText),
        outdated,
        version: version ? Number(version[1]) : null,
        space,
      });
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
      return 'approved';
    case 'signed-off':
      return 'reviewed';
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

/** A source or target as our text, its whitespace read as its xml:space says. */
function readInline(element: XmlElement, numbering: Numbering, space: XmlSpace): string {
  const text = inline(element, numbering);
  return space === 'default' ? readDefaultSpace(text) : text;
}

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
