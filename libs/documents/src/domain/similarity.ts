/**
 * Character-level similarity and token diffs that work without spaces (Chinese) as well as
 * with them. A placeholder (`{1}`, `{/1}`) counts as one character / one token.
 */
import { PLACEHOLDER_PATTERN } from './placeholders';
import { isSpacelessLocale } from './text';

/** Above this many DP cells a comparison falls back to something linear (bigram Dice, whole replace). */
const MAX_CELLS = 4_000_000;

function units(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const at = match.index ?? 0;
    out.push(...text.slice(last, at));
    out.push(match[0]);
    last = at + match[0].length;
  }
  out.push(...text.slice(last));
  return out;
}

function comparable(text: string): string[] {
  return units(
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[ \t\r\n\f]+/g, ' ')
      .trim(),
  );
}

/** Levenshtein distance over arrays (two rows). */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  if (a.length < b.length) [a, b] = [b, a];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** 1 − edit distance / longer length, over characters (case and spacing ignored); 0…1. */
export function similarity(a: string, b: string): number {
  const x = comparable(a);
  const y = comparable(b);
  if (x.length === 0 && y.length === 0) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  if (x.length * y.length > MAX_CELLS) return bigramDice(x, y);
  return 1 - editDistance(x, y) / Math.max(x.length, y.length);
}

function bigramDice(x: string[], y: string[]): number {
  const grams = (s: string[]): Map<string, number> => {
    const map = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) map.set(s[i] + '\u0000' + s[i + 1], (map.get(s[i] + '\u0000' + s[i + 1]) ?? 0) + 1);
    return map;
  };
  const gx = grams(x);
  const gy = grams(y);
  let common = 0;
  for (const [gram, count] of gx) common += Math.min(count, gy.get(gram) ?? 0);
  return (2 * common) / Math.max(1, x.length - 1 + y.length - 1);
}

export interface DiffOp {
  /** equal: in both; delete: only in `from`; insert: only in `to`. */
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** Words (with spaces and punctuation as their own tokens) for spaced scripts, characters otherwise. */
export function diffTokens(text: string, locale: string): string[] {
  if (isSpacelessLocale(locale)) return units(text);
  const out: string[] = [];
  const words = new Intl.Segmenter(locale, { granularity: 'word' });
  let last = 0;
  const pushWords = (chunk: string): void => {
    for (const { segment } of words.segment(chunk)) out.push(segment);
  };
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const at = match.index ?? 0;
    pushWords(text.slice(last, at));
    out.push(match[0]);
    last = at + match[0].length;
  }
  pushWords(text.slice(last));
  return out;
}

/**
 * What changed from `from` to `to`: a character diff for Chinese and other spaceless locales,
 * a word diff otherwise (LCS). Consecutive operations of one kind are merged.
 */
export function diffText(from: string, to: string, locale: string): DiffOp[] {
  const a = diffTokens(from, locale);
  const b = diffTokens(to, locale);
  if (a.length * b.length > MAX_CELLS) {
    return mergeOps([
      { op: 'delete', text: from },
      { op: 'insert', text: to },
    ]);
  }
  const lcs = lcsTable(a, b);
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ op: 'equal', text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) ops.push({ op: 'delete', text: a[i++] });
    else ops.push({ op: 'insert', text: b[j++] });
  }
  while (i < a.length) ops.push({ op: 'delete', text: a[i++] });
  while (j < b.length) ops.push({ op: 'insert', text: b[j++] });
  return mergeOps(ops);
}

/** Suffix LCS lengths: table[i][j] = LCS of a[i..] and b[j..]. */
export function lcsTable<T>(a: readonly T[], b: readonly T[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table;
}

function mergeOps(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const op of ops) {
    if (op.text === '') continue;
    const last = out[out.length - 1];
    if (last?.op === op.op) last.text += op.text;
    else out.push({ ...op });
  }
  return out;
}
