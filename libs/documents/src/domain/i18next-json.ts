/**
 * i18next JSON v4 for UI string namespaces. Plural keys take the suffixes of the locale's
 * CLDR plural categories from Intl.PluralRules (`_one`, `_other`; zh has only `_other`;
 * pt-BR has `_one`, `_many`, `_other`), plus `_zero`, which i18next uses for a count of 0 in
 * every language. Ordinal keys (`place_ordinal_one`, used with `{ ordinal: true }`) take the
 * locale's ordinal categories (en: one, two, few, other) and are stored under the key
 * `place_ordinal`. Nested objects are flattened with `.` (i18next's keySeparator) and
 * rebuilt on export.
 *
 * A form the locale does not have (`count_one` in zh-CN, `count_many` in en, `_ordinal_zero`
 * anywhere) is still valid i18next: it loads, and `t('count_one')` finds it, but a count never
 * selects it (i18next asks Intl.PluralRules, which answers `other` for every count in zh).
 * Such forms are kept, so that a file goes out as it came in, and reported as unused on
 * import and export, so that nobody believes a reader will see them.
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

/** The cardinal (or ordinal) plural categories i18next v4 uses for a locale, in CLDR order. */
export function pluralCategories(locale: string, type: Intl.PluralRuleType = 'cardinal'): PluralCategory[] {
  const categories = new Intl.PluralRules(locale, { type }).resolvedOptions().pluralCategories as PluralCategory[];
  return ALL_CATEGORIES.filter((c) => categories.includes(c));
}

const ORDINAL = '_ordinal';

/**
 * The forms of one plural key in a locale: those a count can select in i18next (`shown`) and
 * those a translation needs (`needed`; `_zero` is optional, i18next falls back to the category).
 */
export function pluralForms(key: string, locale: string): { shown: PluralCategory[]; needed: PluralCategory[] } {
  if (key.endsWith(ORDINAL)) {
    const ordinal = pluralCategories(locale, 'ordinal');
    return { shown: ordinal, needed: ordinal };
  }
  const cardinal = pluralCategories(locale);
  return { shown: ALL_CATEGORIES.filter((c) => c === 'zero' || cardinal.includes(c)), needed: cardinal };
}

/** A stored plural form no count selects in the locale, and the forms counts select instead. */
export interface UnusedForm {
  /** `count_one` */
  key: string;
  /** `count_other`: the locale's categories for this key (`_zero` aside, which is optional). */
  usedInstead: string[];
}

function unusedForms(strings: readonly UiString[], locale: string): UnusedForm[] {
  return strings.flatMap((entry) => {
    if (!entry.plural) return [];
    const { shown, needed } = pluralForms(entry.key, locale);
    const usedInstead = needed.map((c) => `${entry.key}_${c}`);
    return ALL_CATEGORIES.filter((c) => entry.plural?.[c] !== undefined && !shown.includes(c)).map((c) => ({ key: `${entry.key}_${c}`, usedInstead }));
  });
}

/** The longest key (with its groups, `a.b.c`) a namespace may have. */
const MAX_KEY_CHARS = 256;

export function flattenKeys(resource: I18nextResource, separator = '.'): Record<string, string> {
  const flat: Record<string, string> = {};
  const visit = (node: I18nextResource, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      const path = `${prefix}${key}`;
      // A key is part of its row's primary key: an index entry holds some 2,700 bytes at most.
      if (key === '' || key.includes(separator) || path.length > MAX_KEY_CHARS) {
        throw invalidNamespace('badKey', path.length > MAX_KEY_CHARS ? `${path.slice(0, MAX_KEY_CHARS)}…` : path);
      }
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
  /** Plural forms written out that no count selects in the locale (see the top of this file). */
  unused: UnusedForm[];
}

export function exportI18nextJson(strings: readonly UiString[], locale: string): I18nextExport {
  const flat: Record<string, string> = {};
  const missing: string[] = [];
  for (const entry of strings) {
    if (entry.plural) {
      const { needed } = pluralForms(entry.key, locale);
      for (const category of ALL_CATEGORIES) {
        const text = entry.plural[category];
        if (text !== undefined) flat[`${entry.key}_${category}`] = text;
        else if (needed.includes(category)) missing.push(`${entry.key}_${category}`);
      }
    } else if (entry.text !== undefined) flat[entry.key] = entry.text;
  }
  const resource = unflattenKeys(flat);
  return { resource, json: `${JSON.stringify(resource, null, 2)}\n`, missing, unused: unusedForms(strings, locale) };
}

/**
 * Keys of the source locale's namespace that the translation lacks, or has only blank (every
 * form blank, for a plural key): an empty string shows nothing, so it is no translation.
 * Plural forms aside (see `missing` of the export).
 */
export function missingKeys(source: readonly UiString[], translation: readonly UiString[]): string[] {
  const present = new Set(translation.filter(hasText).map((entry) => entry.key));
  return source.filter((entry) => !present.has(entry.key)).map((entry) => entry.key);
}

/** Keys of a translation the source namespace does not have (a typo, or a key since removed). */
export function unknownKeys(source: readonly UiString[], translation: readonly UiString[]): string[] {
  const known = new Set(source.map((entry) => entry.key));
  return translation.filter((entry) => !known.has(entry.key)).map((entry) => entry.key);
}

function hasText(entry: UiString): boolean {
  return entry.plural ? Object.values(entry.plural).some((text) => Boolean(text?.trim())) : Boolean(entry.text?.trim());
}

export interface I18nextImport {
  strings: UiString[];
  /** Plural forms i18next never shows in the locale (`count_one` in zh-CN): imported, never shown. */
  unused: UnusedForm[];
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
  const suffix = new RegExp(`^(.+)_(${ALL_CATEGORIES.join('|')})$`);
  const plurals = new Map<string, Partial<Record<PluralCategory, string>>>();
  const strings: UiString[] = [];
  for (const [key, value] of Object.entries(flat)) {
    const match = suffix.exec(key);
    if (match && `${match[1]}_other` in flat) {
      const [, base, category] = match as unknown as [string, string, PluralCategory];
      plurals.set(base, { ...(plurals.get(base) ?? {}), [category]: value });
    } else strings.push({ key, text: value });
  }
  const missing: string[] = [];
  for (const [key, plural] of plurals) {
    for (const category of pluralForms(key, locale).needed) if (plural[category] === undefined) missing.push(`${key}_${category}`);
    strings.push({ key, plural });
  }
  strings.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { strings, unused: unusedForms(strings, locale), missing };
}
