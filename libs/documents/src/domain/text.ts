import { createHash } from 'node:crypto';

/** Whitespace that Markdown collapses; U+00A0 and other fixed spaces are content and stay. */
const COLLAPSIBLE_SPACE = /[ \t\r\n\f]+/g;

/** NFC, collapsible whitespace runs made one space, trimmed: the form that is hashed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(COLLAPSIBLE_SPACE, ' ').trim();
}

/** The identity of a segment's source: sha256 (hex) of its normalised text. */
export function sourceHash(text: string): string {
  return normalisedHash(normaliseText(text));
}

/** sourceHash of a text normaliseText already returned (it is idempotent): spares the segmenter a second pass. */
export function normalisedHash(normalised: string): string {
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}

/** Han, kana and other scripts written without spaces between words. */
const SPACELESS_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff00-\uffef]/u;

export function isSpacelessChar(char: string): boolean {
  return SPACELESS_CHAR.test(char);
}

/** Languages whose sentences and terms are compared character by character. */
const SPACELESS_LANGUAGES = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);

export function isSpacelessLocale(locale: string): boolean {
  return SPACELESS_LANGUAGES.has(languageOf(locale));
}

export function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0].toLowerCase();
}

/** Any letter of any script: a text without one (a number, a URL placeholder) is not translated. */
export function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** An unpaired UTF-16 surrogate (a JSON body may carry one as `\ud800`). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text with each unpaired surrogate replaced by U+FFFD, as UTF-8 (the database, hashes)
 * stores it anyway: segmenting what will be stored keeps a re-segmentation of the stored
 * revision equal to its segments, and the JSON a revision's rows are written as stays valid.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}
