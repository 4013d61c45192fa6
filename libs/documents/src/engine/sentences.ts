/**
 * Sentence splitting with Intl.Segmenter for the source locale, over inline tokens so that
 * placeholders stay whole. ICU's rules are refined for what documents contain:
 * - abbreviations do not end a sentence: e.g., i.e., cf., et al., Dr. …; and Fig., No., Eq.,
 *   Tab., Vol., p./pp. when a number follows (`Fig. 3`, `No. 5`);
 * - an opening quote or bracket that ICU left at the end of a sentence (“ in `是的！“碳汇”`)
 *   moves to the start of the next one;
 * - a sentence never ends inside a paired placeholder (`{1}First. Second.{/1}` stays one);
 * - a piece without a letter (a lone number, an image) joins the sentence before it.
 */
import { hasLetter } from './text';
import type { InlineToken } from './placeholders';

const ALWAYS = ['e.g.', 'i.e.', 'cf.', 'vs.', 'viz.', 'approx.', 'ca.', 'al.', 'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'st.', 'mt.', 'jr.', 'sr.', 'sra.', 'dra.', 'inc.', 'ltd.', 'aprox.', 'ex.', 'resp.', 'incl.'];
const BEFORE_NUMBER = ['fig.', 'figs.', 'no.', 'nos.', 'nº.', 'eq.', 'eqs.', 'tab.', 'vol.', 'p.', 'pp.', 'art.', 'sec.', 'ch.', 'ref.', 'para.'];

function endsWithAbbreviation(left: string, right: string): boolean {
  const word = /(?:^|[\s([“"'‘])([\p{L}.º]+\.)$/u.exec(left.trimEnd())?.[1]?.toLowerCase();
  if (!word) return false;
  if (ALWAYS.includes(word)) return true;
  return BEFORE_NUMBER.includes(word) && /^\s*\(?\d/.test(right);
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
export function sentenceBoundaries(plain: string, locale: string): number[] {
  const segmenter = sentenceSegmenter(locale);
  const cuts: number[] = [];
  for (const { index } of segmenter.segment(plain)) {
    if (index === 0) continue;
    const left = plain.slice(0, index);
    const right = plain.slice(index);
    if (endsWithAbbreviation(left, right)) continue;
    const opening = OPENING.exec(left.trimEnd());
    cuts.push(opening ? left.trimEnd().length - opening[0].length : index);
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
export function splitSentences(tokens: readonly InlineToken[], locale: string): Sentence[] {
  const plain = tokens.map((t) => (t.type === 'text' ? t.value : '')).join('');
  const cuts = sentenceBoundaries(plain, locale);
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
