/**
 * Sentence splitting with Intl.Segmenter for the source locale, over inline tokens so that
 * placeholders stay whole. ICU's rules are refined for what documents contain:
 * - abbreviations do not end a sentence: e.g., i.e., cf., et al., Dr. …; and Fig., No., Eq.,
 *   Tab., Vol., p./pp. when a number follows (`Fig. 3`, `No. 5`);
 * - an opening quote or bracket that ICU left at the end of a sentence (“ in `是的！“碳汇”`)
 *   moves to the start of the next one;
 * - a sentence never ends inside a paired placeholder (`{1}First. Second.{/1}` stays one);
 * - a piece without a letter (a lone number, an image) joins the sentence before it.
 * Rules 2 (see segmentation-rules.ts) add: abbreviation lists per language, initialisms
 * (`U.S.`, `U.N.`) that never end a sentence, and no sentence end inside quoted speech
 * (`"Stop. Now."`, `“停下。现在。”`), so the closing quote stays with its sentence.
 */
import { hasLetter, languageOf } from './text';
import type { InlineToken } from './placeholders';
import { CURRENT_SEGMENTATION_RULES, type SegmentationRules } from './segmentation-rules';

const ALWAYS = [
  'e.g.',
  'i.e.',
  'cf.',
  'vs.',
  'viz.',
  'approx.',
  'ca.',
  'al.',
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  'prof.',
  'st.',
  'mt.',
  'jr.',
  'sr.',
  'sra.',
  'dra.',
  'inc.',
  'ltd.',
  'aprox.',
  'ex.',
  'resp.',
  'incl.',
];
const BEFORE_NUMBER = ['fig.', 'figs.', 'no.', 'nos.', 'nº.', 'eq.', 'eqs.', 'tab.', 'vol.', 'p.', 'pp.', 'art.', 'sec.', 'ch.', 'ref.', 'para.'];

/**
 * Rules 2: what never ends a sentence in a language's text (Latin-script passages of Chinese
 * documents use the English list). Titles and Latin abbreviations everywhere; the rest by
 * language: `Jan.`, `Corp.` in English, `Sr.`, `pág.`, `Av.` in Portuguese.
 */
const COMMON = ['e.g.', 'i.e.', 'cf.', 'vs.', 'viz.', 'ca.', 'al.', 'dr.', 'prof.', 'resp.', 'incl.'];
const ABBREVIATIONS: Record<string, { always: string[]; beforeNumber: string[] }> = {
  en: {
    always: [
      ...COMMON,
      'approx.',
      'mr.',
      'mrs.',
      'ms.',
      'st.',
      'mt.',
      'jr.',
      'sr.',
      'inc.',
      'ltd.',
      'corp.',
      'co.',
      'dept.',
      'gov.',
      'est.',
      'jan.',
      'feb.',
      'mar.',
      'apr.',
      'jun.',
      'jul.',
      'aug.',
      'sep.',
      'sept.',
      'oct.',
      'nov.',
      'dec.',
    ],
    beforeNumber: BEFORE_NUMBER,
  },
  pt: {
    always: [
      ...COMMON,
      'sr.',
      'sra.',
      'srs.',
      'dra.',
      'profa.',
      'aprox.',
      'ex.',
      'av.',
      'ltda.',
      'cia.',
      'gov.',
      'dept.',
      'depto.',
      'jan.',
      'fev.',
      'abr.',
      'mai.',
      'jun.',
      'jul.',
      'ago.',
      'set.',
      'out.',
      'nov.',
      'dez.',
    ],
    beforeNumber: [...BEFORE_NUMBER, 'pág.', 'págs.', 'núm.', 'cap.', 'inc.', 'fl.', 'fls.'],
  },
};

function abbreviationsOf(locale: string): { always: string[]; beforeNumber: string[] } {
  return ABBREVIATIONS[languageOf(locale)] ?? ABBREVIATIONS.en;
}

/** Two or more single letters each with a dot: U.S., U.N., E.U., p.m. */
const INITIALISM = /^(?:\p{L}\.){2,}$/u;

/** A word ending with a dot at the end of a text, after whitespace, an opening bracket or quote. */
const LAST_DOTTED_WORD = /(?:^|[\s([“"'‘])([\p{L}.º]+\.)$/u;

/** Enough of a text's end for the end-anchored patterns here on any real word or run of brackets. */
const TAIL = 64;

/**
 * `pattern`, anchored at the end, on the end of `text`. V8 tries an end-anchored pattern from
 * every position from the start, so on each boundary of a long paragraph it would read all of
 * it: the last TAIL characters are tried first. Each pattern here matches one maximal run of
 * characters at the end, so a match that does not start at the cut is the whole text's; one
 * that does may go on before the cut, and the whole text is read.
 */
function execAtEnd(pattern: RegExp, text: string): RegExpExecArray | null {
  if (text.length <= TAIL) return pattern.exec(text);
  const match = pattern.exec(text.slice(-TAIL));
  return match && match.index > 0 ? match : pattern.exec(text);
}

/** `left`: the text before the boundary, its trailing whitespace trimmed. */
function endsWithAbbreviation(left: string, right: string, locale: string, rules: SegmentationRules): boolean {
  const word = execAtEnd(LAST_DOTTED_WORD, left)?.[1]?.toLowerCase();
  if (!word) return false;
  if (rules === 1) return ALWAYS.includes(word) || (BEFORE_NUMBER.includes(word) && /^\s*\(?\d/.test(right));
  const { always, beforeNumber } = abbreviationsOf(locale);
  if (always.includes(word) || INITIALISM.test(word)) return true;
  return beforeNumber.includes(word) && /^\s*\(?\d/.test(right);
}

/** Quotation marks that open and close quoted speech; a straight `"` does both in turn. */
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '«': '»', '「': '」', '『': '』', '„': '“' };
const CLOSERS = new Set(Object.values(QUOTE_PAIRS));
/** Any mark insideQuotes reads: without one, nothing is quoted. */
const QUOTE_MARK = new RegExp(`["${Object.keys(QUOTE_PAIRS).join('')}${[...CLOSERS].join('')}]`, 'u');

/**
 * For each offset, whether it lies inside quoted speech. A text whose quotes do not pair up
 * (a missing closing mark) gets no protection at all, rather than one endless sentence.
 */
function insideQuotes(plain: string): (offset: number) => boolean {
  if (!QUOTE_MARK.test(plain)) return () => false;
  const depthAt: number[] = [];
  const stack: string[] = [];
  let straight = false;
  for (const char of plain) {
    const before = stack.length + (straight ? 1 : 0);
    if (char === '"') straight = !straight;
    else if (stack.length && char === stack[stack.length - 1]) stack.pop();
    else if (QUOTE_PAIRS[char] && !(CLOSERS.has(char) && stack.length)) stack.push(QUOTE_PAIRS[char]);
    // Surrogate pairs take two offsets.
    for (let i = 0; i < char.length; i++) depthAt.push(Math.min(before, stack.length + (straight ? 1 : 0)));
  }
  if (stack.length || straight) return () => false;
  return (offset) => (depthAt[offset] ?? 0) > 0;
}

const OPENING = /[\p{Ps}\p{Pi}]+$/u;

const segmenters = new Map<string, Intl.Segmenter>();

/** Building a segmenter costs far more than using one: one per locale. */
function sentenceSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Plain-text offsets (into the concatenated text tokens) where a sentence ends. */
export function sentenceBoundaries(plain: string, locale: string, rules: SegmentationRules = CURRENT_SEGMENTATION_RULES): number[] {
  const segmenter = sentenceSegmenter(locale);
  const quoted = rules === 1 ? () => false : insideQuotes(plain);
  const cuts: number[] = [];
  for (const { index } of segmenter.segment(plain)) {
    if (index === 0) continue;
    const left = plain.slice(0, index).trimEnd();
    const right = plain.slice(index);
    if (endsWithAbbreviation(left, right, locale, rules)) continue;
    // Inside quoted speech: the boundary before the closing mark is not a sentence end.
    if (quoted(left.length - 1) && quoted(index)) continue;
    const opening = execAtEnd(OPENING, left);
    cuts.push(opening ? left.length - opening[0].length : index);
  }
  return cuts.filter((cut, i) => cut > 0 && cut < plain.length && cut !== cuts[i - 1]);
}

export interface Sentence {
  tokens: InlineToken[];
  /** Whether whitespace separated it from the sentence before (in the source as written). */
  spaceBefore: boolean;
}

/**
 * Splits a unit's tokens into sentences. At a cut, closing placeholders stay with the sentence
 * they end; opening and standalone ones that sit exactly on the cut start the next sentence.
 */
export function splitSentences(tokens: readonly InlineToken[], locale: string, rules: SegmentationRules = CURRENT_SEGMENTATION_RULES): Sentence[] {
  const plain = tokens.map((t) => (t.type === 'text' ? t.value : '')).join('');
  const cuts = sentenceBoundaries(plain, locale, rules);
  if (cuts.length === 0) return [{ tokens: trimEdges([...tokens]), spaceBefore: false }];

  const pieces: InlineToken[][] = [[]];
  let offset = 0;
  let cutIndex = 0;
  for (const token of tokens) {
    if (token.type !== 'text') {
      const atCut = cutIndex < cuts.length && offset === cuts[cutIndex];
      if (atCut && token.type !== 'close') {
        pieces.push([]);
        cutIndex += 1;
      }
      pieces[pieces.length - 1].push(token);
      continue;
    }
    let value = token.value;
    while (cutIndex < cuts.length && cuts[cutIndex] >= offset && cuts[cutIndex] <= offset + value.length) {
      const at = cuts[cutIndex] - offset;
      if (at === value.length) break; // the cut falls after this text: decided by the next token
      if (at > 0) pieces[pieces.length - 1].push({ type: 'text', value: value.slice(0, at) });
      pieces.push([]);
      cutIndex += 1;
      value = value.slice(at);
      offset += at;
    }
    if (value) pieces[pieces.length - 1].push({ type: 'text', value });
    offset += value.length;
  }
  const joined = joinPieces(pieces.filter((piece) => piece.length > 0));
  const edgeText = (piece: InlineToken[] | undefined, at: 0 | -1): string => {
    const token = piece?.[at === 0 ? 0 : piece.length - 1];
    return token?.type === 'text' ? token.value : '';
  };
  return joined.map((piece, i) => ({
    tokens: trimEdges(piece),
    spaceBefore: i > 0 && (/\s$/.test(edgeText(joined[i - 1], -1)) || /^\s/.test(edgeText(piece, 0))),
  }));
}

function joinPieces(pieces: InlineToken[][]): InlineToken[][] {
  const result: InlineToken[][] = [];
  let carry: InlineToken[] = [];
  for (const piece of pieces) {
    carry = [...carry, ...piece];
    if (isBalanced(carry) && hasLetter(carry.map((t) => (t.type === 'text' ? t.value : '')).join(''))) {
      result.push(carry);
      carry = [];
    }
  }
  if (carry.length) {
    if (result.length && !hasLetter(carry.map((t) => (t.type === 'text' ? t.value : '')).join(''))) {
      result[result.length - 1].push(...carry);
    } else result.push(carry);
  }
  return result;
}

function isBalanced(tokens: readonly InlineToken[]): boolean {
  const open = new Set<number>();
  for (const token of tokens) {
    if (token.type === 'open') open.add(token.n);
    else if (token.type === 'close') open.delete(token.n);
  }
  return open.size === 0;
}

/** Whitespace at a sentence's edges belongs to the gap between sentences, not to either. */
function trimEdges(tokens: InlineToken[]): InlineToken[] {
  const out = tokens.map((t) => ({ ...t }));
  const first = out[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return out.filter((t) => t.type !== 'text' || t.value !== '');
}
