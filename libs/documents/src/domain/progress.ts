/**
 * Progress of one document in one locale: counts and percentages by state, outdated apart,
 * by segments and by words; publishable when every segment is approved and none outdated.
 */
import { stripPlaceholders } from './placeholders';
import { isSpacelessLocale, languageOf } from './text';
import { TRANSLATION_STATES, type TranslationState } from './translation-state';

export interface ProgressItem {
  state: TranslationState;
  outdated?: boolean;
  /** Source words (see countWords); segments count 1 each when absent. */
  words?: number;
}

export interface Progress {
  segments: number;
  words: number;
  byState: Record<TranslationState, number>;
  wordsByState: Record<TranslationState, number>;
  outdated: number;
  /** Percent of segments (one decimal) by state. */
  percent: Record<TranslationState, number>;
  percentOutdated: number;
  publishable: boolean;
}

const zeroes = (): Record<TranslationState, number> => Object.fromEntries(TRANSLATION_STATES.map((s) => [s, 0])) as Record<TranslationState, number>;
const percentOf = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

export function computeProgress(items: readonly ProgressItem[]): Progress {
  const byState = zeroes();
  const wordsByState = zeroes();
  let outdated = 0;
  let words = 0;
  for (const item of items) {
    byState[item.state] += 1;
    wordsByState[item.state] += item.words ?? 1;
    words += item.words ?? 1;
    if (item.outdated) outdated += 1;
  }
  const percent = zeroes();
  for (const state of TRANSLATION_STATES) percent[state] = percentOf(byState[state], items.length);
  return {
    segments: items.length,
    words,
    byState,
    wordsByState,
    outdated,
    percent,
    percentOutdated: percentOf(outdated, items.length),
    publishable: byState.approved === items.length && outdated === 0,
  };
}

/** Words as CAT tools count them: each Han/kana character is a word in Chinese and Japanese. */
export function countWords(text: string, locale: string): number {
  const plain = stripPlaceholders(text);
  if (ASCII_WORD_LANGUAGES.has(languageOf(locale)) && PLAIN_ASCII.test(plain)) return countAsciiWords(plain);
  let count = 0;
  for (const { segment, isWordLike } of wordSegmenter(locale).segment(plain)) {
    if (!isWordLike) continue;
    count += isSpacelessLocale(locale) ? [...segment].filter((c) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c)).length || 1 : 1;
  }
  return count;
}

/*
 * Iterating Intl.Segmenter's segments costs about 2 µs each, a fifth of a 10,000-segment
 * import. For printable ASCII, Unicode's word rules (UAX #29, as ICU applies them without a
 * tailoring in English and Portuguese) reduce to: letters and digits run together; a letter
 * run continues across one `.`, `'` or `:` before another letter, a digit run across one `.`,
 * `,`, `;` or `'` before another digit. `_` joins anything, so a text with one goes to ICU.
 * progress.spec.ts checks this against Intl.Segmenter on random texts.
 */
const ASCII_WORD_LANGUAGES = new Set(['en', 'pt']);
const PLAIN_ASCII = /^[\x20-\x5e\x60-\x7e]*$/;
const LETTER_JOINERS = new Set(['.', "'", ':']);
const DIGIT_JOINERS = new Set(['.', ',', ';', "'"]);

function countAsciiWords(text: string): number {
  const isLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!isLetter(c) && !isDigit(c)) continue;
    const before = text[i - 1];
    if (isLetter(before) || isDigit(before)) continue;
    const joined =
      i >= 2 && ((isLetter(text[i - 2]) && isLetter(c) && LETTER_JOINERS.has(before)) || (isDigit(text[i - 2]) && isDigit(c) && DIGIT_JOINERS.has(before)));
    if (!joined) count++;
  }
  return count;
}

// Building an Intl.Segmenter costs about as much as segmenting a sentence with it, and a
// revision counts the words of every segment (10,000 in a long methodology): one per locale.
const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}
