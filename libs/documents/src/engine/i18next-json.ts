/**
 * i18next JSON v4 for UI string namespaces. Plural keys take the suffixes of the locale's
 * CLDR plural categories from Intl.PluralRules (`_one`, `_other`; zh has only `_other`;
 * pt-BR has `_one`, `_many`, `_other`). Nested objects are flattened with `.` (i18next's
 * keySeparator) and rebuilt on export.
 */
import { DocumentsEngineError, DocumentsErrorCode } from './errors';

export type PluralCategory = Intl.LDMLPluralRule;

const ALL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** One UI string: plain text, or forms by plural category (the key without suffix). */
export interface UiString {
  key: string;
  text?: string;
  plural?: Partial<Record<PluralCategory, string>>;
}

export type I18nextResource = { [key: string]: string | I18nextResource };

/** The cardinal plural categories i18next v4 uses for a locale, in CLDR order. */
export function pluralCategories(locale: string): PluralCategory[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as PluralCategory[];
  return ALL_CATEGORIES.filter((c) => categories.includes(c));
}

export function flattenKeys(resource: I18nextResource, separator = '.'): Record<string, string> {
  const flat: Record<string, string> = {};
  const visit = (node: I18nextResource, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      if (key === '' || key.includes(separator)) {
        throw invalidNamespace('badKey', `${prefix}${key}`);
      }
      const path = `${prefix}${key}`;
      if (typeof value === 'string') flat[path] = value;
      else if (value !== null && typeof value === 'object' && !Array.isArray(value)) visit(value, `${path}${separator}`);
      else {
        throw invalidNamespace('badValue', path);
      }
    }
  };
  visit(resource, '');
  return flat;
}

export function unflattenKeys(flat: Record<string, string>, separator = '.'): I18nextResource {
  const root: I18nextResource = {};
  for (const [path, value] of Object.entries(flat).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const parts = path.split(separator);
    let node = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        if (typeof node[part] === 'object') throw conflict(path);
        node[part] = value;
        return;
      }
      const next = node[part];
      if (typeof next === 'string') throw conflict(path);
      node = (node[part] ??= {}) as I18nextResource;
    });
  }
  return root;
}

function conflict(path: string): DocumentsEngineError {
  return invalidNamespace('keyConflict', path);
}

/** Why a file is no i18next namespace: `documents.i18next.<reason>` in the message files. */
export type I18nextInvalidReason = 'badKey' | 'badValue' | 'keyConflict' | 'notJson' | 'notObject';

function invalidNamespace(reason: I18nextInvalidReason, key = ''): DocumentsEngineError {
  return new DocumentsEngineError(DocumentsErrorCode.I18nextInvalid, `i18next namespace refused: ${reason} ${key}`, { reason, key });
}

export interface I18nextExport {
  resource: I18nextResource;
  json: string;
  /** Plural forms the locale needs that have no text: `key_category`. */
  missing: string[];
}

export function exportI18nextJson(strings: readonly UiString[], locale: string): I18nextExport {
  const categories = pluralCategories(locale);
  const flat: Record<string, string> = {};
  const missing: string[] = [];
  for (const entry of strings) {
    if (entry.plural) {
      for (const category of categories) {
        const text = entry.plural[category];
        if (text === undefined) missing.push(`${entry.key}_${category}`);
        else flat[`${entry.key}_${category}`] = text;
      }
    } else if (entry.text !== undefined) flat[entry.key] = entry.text;
  }
  const resource = unflattenKeys(flat);
  return { resource, json: `${JSON.stringify(resource, null, 2)}\n`, missing };
}

export interface I18nextImport {
  strings: UiString[];
  /** Plural forms the locale does not have (`count_many` in en): not imported. */
  unexpected: string[];
  /** Plural forms the locale needs that the file lacks. */
  missing: string[];
}

export const DEFAULT_MAX_JSON_BYTES = 5 * 1024 * 1024;

/**
 * Reads an i18next v4 namespace. A key is plural when it ends in `_<category>` and the same
 * base has an `_other` form (i18next's own rule for falling back); anything else is a string.
 */
export function importI18nextJson(input: string, locale: string, maxBytes = DEFAULT_MAX_JSON_BYTES): I18nextImport {
  const size = Buffer.byteLength(input, 'utf8');
  if (size > maxBytes) {
    throw new DocumentsEngineError(DocumentsErrorCode.FileTooLarge, `The file has ${size} bytes; at most ${maxBytes} are accepted.`, { size, max: maxBytes });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.replace(/^\ufeff/, ''));
  } catch {
    throw invalidNamespace('notJson');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalidNamespace('notObject');
  }
  const flat = flattenKeys(parsed as I18nextResource);
  const categories = pluralCategories(locale);
  const suffix = new RegExp(`^(.+)_(${ALL_CATEGORIES.join('|')})$`);
  const plurals = new Map<string, Partial<Record<PluralCategory, string>>>();
  const strings: UiString[] = [];
  const unexpected: string[] = [];
  for (const [key, value] of Object.entries(flat)) {
    const match = suffix.exec(key);
    if (match && `${match[1]}_other` in flat) {
      const [, base, category] = match as unknown as [string, string, PluralCategory];
      if (!categories.includes(category)) {
        unexpected.push(key);
        continue;
      }
      plurals.set(base, { ...(plurals.get(base) ?? {}), [category]: value });
    } else strings.push({ key, text: value });
  }
  const missing: string[] = [];
  for (const [key, plural] of plurals) {
    for (const category of categories) if (plural[category] === undefined) missing.push(`${key}_${category}`);
    strings.push({ key, plural });
  }
  strings.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { strings, unexpected, missing };
}
