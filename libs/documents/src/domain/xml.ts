/**
 * A small, safe XML reader and writer for XLIFF. Reading uses saxes (a conforming
 * non-validating parser that never fetches or expands external entities); on top of it a
 * DOCTYPE is refused outright — no internal-subset entities, so no billion laughs — input size
 * and nesting depth are bounded, and malformed input is reported with line and column.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { DocumentsEngineError, DocumentsErrorCode } from './errors';
import { xmlProblemReason } from './xml-reasons';

export interface XmlElement {
  /** Local name. */
  name: string;
  /** Namespace URI ('' when none). */
  uri: string;
  /** Attributes by qualified name as written (`id`, `xml:space`, `sdl:conf`). */
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
  column: number;
}

export type XmlNode = XmlElement | string;

export interface XmlReadOptions {
  /** Largest accepted input in bytes (default 32 MiB). */
  maxBytes?: number;
  /** Deepest accepted element nesting (default 64). */
  maxDepth?: number;
  /**
   * Accept a DOCTYPE that only names an external DTD (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, as
   * TMX writers add): saxes never fetches it, and without an internal subset no entity can be
   * declared, so a reference to one is still malformed. Any internal subset is refused.
   */
  allowExternalDoctype?: boolean;
}

export const DEFAULT_MAX_XML_BYTES = 32 * 1024 * 1024;

/** Decodes bytes (UTF-8, or UTF-16 with a byte-order mark); invalid UTF-8 is malformed input. */
export function decodeXmlBytes(input: string | Uint8Array, maxBytes = DEFAULT_MAX_XML_BYTES): string {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) {
    throw new DocumentsEngineError(DocumentsErrorCode.FileTooLarge, `The file has ${size} bytes; at most ${maxBytes} are accepted.`, { size, max: maxBytes });
  }
  if (typeof input === 'string') return input.replace(/^\ufeff/, '');
  try {
    if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(input.subarray(2));
    if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(input.subarray(2));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
  } catch {
    throw new DocumentsEngineError(DocumentsErrorCode.XmlMalformed, 'The file is not valid UTF-8 or UTF-16 text.', {
      line: 1,
      column: 1,
      reason: 'encoding',
      name: '',
    });
  }
}

export function parseXml(input: string | Uint8Array, options: XmlReadOptions = {}): XmlElement {
  const text = decodeXmlBytes(input, options.maxBytes ?? DEFAULT_MAX_XML_BYTES);
  const maxDepth = options.maxDepth ?? 64;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  // saxes gives the 0-based column of the next character, which is the 1-based column of the
  // character just read: where the problem was detected (the `>` of a wrong end tag).
  // At the end of a line it is 0: the problem is then at the line's first column.
  const where = (): { line: number; column: number } => ({ line: parser.line, column: Math.max(1, parser.column) });

  parser.on('error', (error) => {
    const { line, column } = where();
    const message = error.message.replace(/^\d+:\d+: /, '');
    const { reason, name } = xmlProblemReason(message);
    throw new DocumentsEngineError(DocumentsErrorCode.XmlMalformed, `Malformed XML at line ${line}, column ${column}: ${message}`, {
      line,
      column,
      reason,
      name,
    });
  });
  parser.on('doctype', (doctype: string) => {
    if (options.allowExternalDoctype && !doctype.includes('[')) return;
    const { line, column } = where();
    throw new DocumentsEngineError(
      DocumentsErrorCode.XmlDoctypeForbidden,
      `A DOCTYPE declaration (line ${line}, column ${column}) is not accepted: entity declarations could expand without bound or read files.`,
      { line, column },
    );
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const { line, column } = where();
    if (stack.length >= maxDepth) {
      throw new DocumentsEngineError(DocumentsErrorCode.XmlTooDeep, `Elements nest deeper than ${maxDepth} levels (line ${line}, column ${column}).`, {
        line,
        column,
        max: maxDepth,
      });
    }
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      attributes[name] = attribute.value;
    }
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes, children: [], line, column };
    if (stack.length) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (value: string): void => {
    if (!stack.length) return;
    const children = stack[stack.length - 1].children;
    if (typeof children[children.length - 1] === 'string') children[children.length - 1] += value;
    else children.push(value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  parser.write(text).close();
  if (!root) {
    throw new DocumentsEngineError(DocumentsErrorCode.XmlMalformed, 'The file has no root element.', { line: 1, column: 1, reason: 'noRoot', name: '' });
  }
  return root;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

/** Characters XML 1.0 cannot carry at all (XLIFF writes them as <cp hex="…"/>). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVALID_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const TEXT_ESCAPE = new RegExp(`[&<>\r]|${INVALID_XML_CHAR.source}`, 'g');

/** Escapes character data; `invalid` renders a character XML cannot carry (default U+FFFD). */
export function escapeXmlText(text: string, invalid: (char: string) => string = () => '\ufffd'): string {
  return text.replace(TEXT_ESCAPE, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[c] ?? invalid(c));
}

export function escapeXmlAttribute(text: string): string {
  return text
    .replace(INVALID_XML_CHAR, '\ufffd')
    .replace(/[&<>"\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c] ?? c);
}

export function isNmToken(value: string): boolean {
  return /^[\p{L}\p{N}\p{M}._:\-\u00b7\u203f\u2040]+$/u.test(value);
}
