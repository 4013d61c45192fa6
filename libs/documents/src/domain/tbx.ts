/**
 * TBX-Basic (ISO 30042:2019, TBX v3, dialect TBX-Basic) for the glossary: one <conceptEntry>
 * per concept (its id ours), its note as <note>, one <langSec> per locale and one <termSec>
 * per term with its status as the administrativeStatus term note:
 *   preferred → preferredTerm-admn-sts, admitted → admittedTerm-admn-sts,
 *   forbidden → deprecatedTerm-admn-sts (supersededTerm-admn-sts reads as forbidden too).
 * Reading also takes TBX v2 files (`<martif>` with termEntry/langSet/tig), as older tools
 * write them. Reading goes through xml.ts (no entity expansion, size and depth bounded).
 */
import { DocumentsEngineError, DocumentsErrorCode } from './errors';
import type { GlossaryConcept, TermStatus } from './glossary';
import { childElements, escapeXmlAttribute, escapeXmlText, parseXml, type XmlElement, type XmlReadOptions } from './xml';

export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

const STATUS_OUT: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
};

const STATUS_IN: Record<string, TermStatus> = {
  'preferredTerm-admn-sts': 'preferred',
  'admittedTerm-admn-sts': 'admitted',
  'deprecatedTerm-admn-sts': 'forbidden',
  'supersededTerm-admn-sts': 'forbidden',
};

export function exportTbx(concepts: readonly GlossaryConcept[], adminLocale = 'en'): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx type="TBX-Basic" style="dca" xml:lang="${escapeXmlAttribute(adminLocale)}" xmlns="${TBX_NAMESPACE}">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    '        <p>Blue Carbon Portal glossary</p>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const concept of concepts) {
    lines.push(`      <conceptEntry id="${escapeXmlAttribute(concept.id)}">`);
    if (concept.note) lines.push(`        <note>${escapeXmlText(concept.note)}</note>`);
    for (const [locale, terms] of Object.entries(concept.terms)) {
      if (!terms?.length) continue;
      lines.push(`        <langSec xml:lang="${escapeXmlAttribute(locale)}">`);
      for (const term of terms) {
        lines.push(
          '          <termSec>',
          `            <term>${escapeXmlText(term.text)}</term>`,
          `            <termNote type="administrativeStatus">${STATUS_OUT[term.status]}</termNote>`,
          '          </termSec>',
        );
      }
      lines.push('        </langSec>');
    }
    lines.push('      </conceptEntry>');
  }
  lines.push('    </body>', '  </text>', '</tbx>', '');
  return lines.join('\n');
}

export interface ReadTbxTerm {
  text: string;
  /** Null when the file gives no status we know (the service reads it as admitted). */
  status: TermStatus | null;
}

export interface ReadTbxConcept {
  /** 1-based position in the file, for the report. */
  index: number;
  id: string | null;
  note: string | null;
  languages: { lang: string; terms: ReadTbxTerm[] }[];
}

function invalid(at: XmlElement, detail: string): DocumentsEngineError {
  return new DocumentsEngineError(DocumentsErrorCode.TbxInvalid, `${detail} (line ${at.line}, column ${at.column})`, {
    line: at.line,
    column: at.column,
    detail,
  });
}

const textOf = (element: XmlElement): string => element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

/** Descendants named `name`, not looking inside them. */
function find(element: XmlElement, names: readonly string[]): XmlElement[] {
  return childElements(element).flatMap((child) => (names.includes(child.name) ? [child] : find(child, names)));
}

export function importTbx(input: string | Uint8Array, options: XmlReadOptions = {}): ReadTbxConcept[] {
  const root = parseXml(input, { ...options, allowExternalDoctype: true });
  if (root.name !== 'tbx' && root.name !== 'martif') throw invalid(root, `the root element is <${root.name}>, not <tbx>`);
  const text = childElements(root, 'text')[0];
  if (!text) throw invalid(root, 'there is no <text>');
  return find(text, ['conceptEntry', 'termEntry']).map((entry, i) => {
    const notes = childElements(entry).filter((child) => child.name === 'note' || (child.name === 'descrip' && child.attributes.type === 'definition'));
    return {
      index: i + 1,
      id: entry.attributes.id ?? null,
      note: notes.length ? textOf(notes[0]).trim() : null,
      languages: childElements(entry)
        .filter((child) => child.name === 'langSec' || child.name === 'langSet')
        .map((langSec) => ({
          lang: langSec.attributes['xml:lang'] ?? '',
          terms: find(langSec, ['termSec', 'tig', 'ntig']).flatMap((termSec) => {
            const term = find(termSec, ['term'])[0];
            if (!term) return [];
            const status = find(termSec, ['termNote']).find((note) => note.attributes.type === 'administrativeStatus');
            return [{ text: textOf(term).trim(), status: status ? (STATUS_IN[textOf(status).trim()] ?? null) : null }];
          }),
        })),
    };
  });
}
