/**
 * Numbers as a reader of the locale understands them, reduced to exact decimal values so that
 * `38,745.44` (en) ≡ `38.745,44` (pt-BR), `3.8万` (zh) ≡ `38,000` ≡ `38 thousand`, and
 * `1.2亿` ≡ `120 million`, and Chinese numerals (`三千七百五十六` ≡ `3,756`, `一点五` ≡ `1.5`;
 * see chinese-numerals.ts for what is not read). Not read: numbers glued to a Latin letter
 * (CO2, tCO2e — formulas and codes), number words (twenty, vinte), spaces as group separators.
 * Months (`August`, `agosto`, `八月`) are tokens that may match a number of the other text
 * but are never reported themselves: a translation may well write a date another way.
 */
import Decimal from 'decimal.js';
import { chineseNumbers } from './chinese-numerals';
import { languageOf } from './text';

export interface NumberToken {
  /** As written. */
  raw: string;
  /** The exact value, canonical (`38000`, `38745.44`, `-3`). */
  value: string;
  start: number;
  end: number;
  /** Written with the other convention's decimal mark (`38,745.44` in pt-BR, `0,42` in en). */
  foreignFormat?: boolean;
  /** A month name: it can match a number of the other text, and is never missing or unexpected itself. */
  month?: boolean;
}

const DECIMAL_COMMA_LANGUAGES = new Set(['pt', 'es', 'fr', 'de', 'it', 'nl', 'ru', 'id', 'vi', 'tr', 'pl', 'sv', 'da', 'fi', 'nb', 'cs']);

const CJK_MULTIPLIERS: [string, number][] = [
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];
/** 千 before these is a unit prefix (千克 kg, 千米 km, 千瓦 kW), not "thousand". */
const KILO_UNITS = /^[克米瓦焦帕卡]/;

const SCALE_WORDS: Record<string, [RegExp, number][]> = {
  en: [
    [/^\s*(?:trillion)\b/i, 12],
    [/^\s*(?:billion|bn)\b/i, 9],
    [/^\s*(?:million)\b/i, 6],
    [/^\s*(?:thousand)\b/i, 3],
  ],
  pt: [
    [/^\s*(?:trilhão|trilhões)(?![\p{L}])/iu, 12],
    [/^\s*(?:bilhão|bilhões)(?![\p{L}])/iu, 9],
    [/^\s*(?:milhão|milhões)(?![\p{L}])/iu, 6],
    [/^\s*mil(?![\p{L}])/iu, 3],
  ],
};

const MONTHS: Record<string, string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};

/** Full-width digits and separators as ASCII (same length, so offsets hold). */
function toAsciiDigits(text: string): string {
  return text.replace(/[０-９．，]/g, (c) => (c === '．' ? '.' : c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const NUMBER = /[-−]?\d(?:[\d.,]*\d)?/g;

export function extractNumbers(text: string, locale: string): NumberToken[] {
  const language = languageOf(locale);
  const decimalComma = DECIMAL_COMMA_LANGUAGES.has(language);
  const ascii = toAsciiDigits(text);
  const tokens: NumberToken[] = [];
  for (const match of ascii.matchAll(NUMBER)) {
    let raw = match[0];
    let start = match.index ?? 0;
    const before = ascii[start - 1];
    if (raw[0] === '-' || raw[0] === '−') {
      // A minus only after a space, an opening bracket or at the start; `2023-2024` is a range.
      if (before !== undefined && !/[\s(（[=:：]/.test(before)) {
        raw = raw.slice(1);
        start += 1;
      }
    }
    const head = ascii[start - 1];
    if (head !== undefined && /[A-Za-z]/.test(head)) continue;
    const end = start + raw.length;
    const { values, decimalMark } = interpret(raw.replace('−', '-'), decimalComma);
    if (values.length !== 1) {
      // `1,2,3`: a list, read as separate integers.
      let offset = start;
      for (const part of raw.split(/[.,]/)) {
        tokens.push({ raw: part, value: canonical(new Decimal(part.replace('−', '-'))), start: offset, end: offset + part.length });
        offset += part.length + 1;
      }
      continue;
    }
    let value = values[0];
    let stop = end;
    const rest = ascii.slice(end);
    if (language === 'zh' || language === 'ja') {
      const multiplier = CJK_MULTIPLIERS.find(([word]) => rest.startsWith(word) && !(word === '千' && KILO_UNITS.test(rest.slice(1))));
      if (multiplier) {
        value = value.times(new Decimal(10).pow(multiplier[1]));
        stop += multiplier[0].length;
      }
    } else {
      for (const [pattern, power] of SCALE_WORDS[language] ?? []) {
        const scale = pattern.exec(rest);
        if (scale) {
          value = value.times(new Decimal(10).pow(power));
          stop += scale[0].length;
          break;
        }
      }
    }
    const token: NumberToken = { raw: text.slice(start, stop), value: canonical(value), start, end: stop };
    if (decimalMark && decimalMark !== (decimalComma ? ',' : '.')) token.foreignFormat = true;
    tokens.push(token);
  }
  tokens.push(...monthNumbers(text, language));
  if (language === 'zh') tokens.push(...chineseNumbers(text).map(({ month, ...token }) => (month ? { ...token, month } : token)));
  return tokens.sort((a, b) => a.start - b.start);
}

/** A month written as a word next to a day or year counts as its number: `25 November 2023` ≡ `2023年11月25日`. */
function monthNumbers(text: string, language: string): NumberToken[] {
  const names = MONTHS[language];
  if (!names) return [];
  const tokens: NumberToken[] = [];
  const pattern = new RegExp(`(?<=\\d\\s+(?:de\\s+)?)(${names.join('|')})\\b|\\b(${names.join('|')})(?=\\s+(?:de\\s+)?\\d)`, 'giu');
  for (const match of text.matchAll(pattern)) {
    const word = match[0];
    if (language === 'en' && word[0] !== word[0].toUpperCase()) continue; // "may" the verb
    const month = names.indexOf(word.toLowerCase()) + 1;
    tokens.push({ raw: word, value: String(month), start: match.index ?? 0, end: (match.index ?? 0) + word.length, month: true });
  }
  return tokens;
}

/** Reads `raw` by the locale's convention; no value means "not one number". */
function interpret(raw: string, decimalComma: boolean): { values: Decimal[]; decimalMark?: string } {
  const values = interpretValues(raw, decimalComma);
  return { values: values.value ? [values.value] : [], decimalMark: values.decimal };
}

function interpretValues(raw: string, decimalComma: boolean): { value?: Decimal; decimal?: string } {
  const negative = raw.startsWith('-');
  const body = negative ? raw.slice(1) : raw;
  const separators = body.replace(/\d/g, '');
  const sign = (d: Decimal): Decimal => (negative ? d.negated() : d);
  if (separators === '') return { value: sign(new Decimal(body)) };
  const hasDot = separators.includes('.');
  const hasComma = separators.includes(',');
  let group: string;
  let decimal: string | undefined;
  if (hasDot && hasComma) {
    decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
    if (separators.indexOf(decimal) !== separators.length - 1) return {};
  } else {
    const sep = hasDot ? '.' : ',';
    const parts = body.split(sep);
    if (parts.length > 2) {
      group = sep;
    } else if (parts[1].length === 3 && parts[0].length <= 3 && parts[0] !== '0') {
      // One separator before exactly three digits: the locale decides.
      const localeDecimal = decimalComma ? ',' : '.';
      if (sep === localeDecimal) decimal = sep;
      group = sep === localeDecimal ? '' : sep;
    } else {
      decimal = sep;
      group = '';
    }
  }
  const [integer, fraction] = decimal ? splitLast(body, decimal) : [body, undefined];
  const groups = group ? integer.split(group) : [integer];
  if (groups.length > 1 && (groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3))) return {};
  return { value: sign(new Decimal(`${groups.join('')}${fraction !== undefined ? `.${fraction}` : ''}`)), decimal };
}

function splitLast(text: string, separator: string): [string, string] {
  const at = text.lastIndexOf(separator);
  return [text.slice(0, at), text.slice(at + 1)];
}

function canonical(value: Decimal): string {
  return value.toFixed();
}

/**
 * Values in `from` not in `to`, counting repeats (a multiset difference). Months of `from`
 * are never missing; those of `to` still stand for their number (`August` ≡ `8月`).
 */
export function missingNumbers(from: readonly NumberToken[], to: readonly NumberToken[]): NumberToken[] {
  const available = new Map<string, number>();
  for (const token of to) available.set(token.value, (available.get(token.value) ?? 0) + 1);
  const missing: NumberToken[] = [];
  for (const token of from) {
    if (token.month) continue;
    const left = available.get(token.value) ?? 0;
    if (left > 0) available.set(token.value, left - 1);
    else missing.push(token);
  }
  return missing;
}
