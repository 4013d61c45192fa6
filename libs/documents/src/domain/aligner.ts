/**
 * Aligns a new revision's segments with the previous revision's.
 * 1. Sequence diff on source hashes (common prefix/suffix, then LCS; patience anchors when
 *    the changed middle is too large for a table): these keep their identity.
 * 2. A segment whose hash is found elsewhere among the unmatched old ones was moved: it keeps
 *    its identity too.
 * 3. Between two kept segments, old and new ones are paired by similarity (monotone, best
 *    total similarity at or above the threshold): those are `changed`, their translations
 *    become outdated and the old source is kept for the translator's diff.
 * 4. What is left is `new` (untranslated) or removed (to be archived, never deleted).
 */
import { lcsTable, similarity } from './similarity';

export interface PreviousSegment {
  id: string;
  hash: string;
  text: string;
}

export interface CurrentSegment {
  hash: string;
  text: string;
}

export type AlignmentStatus = 'unchanged' | 'moved' | 'changed' | 'new';

export interface AlignedSegment {
  /** Index into the new segments. */
  index: number;
  status: AlignmentStatus;
  /** The predecessor's id (unchanged, moved, changed). */
  previousId?: string;
  /** The predecessor's source text, kept for changed segments. */
  previousText?: string;
  /** 0…1, for changed segments. */
  similarity?: number;
}

export interface Alignment {
  segments: AlignedSegment[];
  removed: PreviousSegment[];
}

export interface AlignOptions {
  /** Least similarity for a changed segment to inherit from its predecessor (default 0.5). */
  threshold?: number;
}

const MAX_TABLE_CELLS = 4_000_000;
/** In a large changed block, only pairs this close in relative position are compared. */
const SIMILARITY_WINDOW = 20;

export function alignSegments(previous: readonly PreviousSegment[], current: readonly CurrentSegment[], options: AlignOptions = {}): Alignment {
  const threshold = options.threshold ?? 0.5;
  const pairs = matchSequences(
    previous.map((s) => s.hash),
    current.map((s) => s.hash),
  );
  const oldTaken = new Array<boolean>(previous.length).fill(false);
  const result: AlignedSegment[] = current.map((_, index) => ({ index, status: 'new' }));
  for (const [i, j] of pairs) {
    oldTaken[i] = true;
    result[j] = { index: j, status: 'unchanged', previousId: previous[i].id };
  }

  // Moved: same hash, found out of sequence.
  const freeByHash = new Map<string, number[]>();
  previous.forEach((segment, i) => {
    if (!oldTaken[i]) freeByHash.set(segment.hash, [...(freeByHash.get(segment.hash) ?? []), i]);
  });
  const moved = new Set<number>();
  for (const item of result) {
    if (item.status !== 'new') continue;
    const i = freeByHash.get(current[item.index].hash)?.shift();
    if (i === undefined) continue;
    oldTaken[i] = true;
    moved.add(i);
    result[item.index] = { index: item.index, status: 'moved', previousId: previous[i].id };
  }

  // Changed: pair what lies between consecutive anchors by similarity.
  const anchors: [number, number][] = [[-1, -1], ...pairs, [previous.length, current.length]];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const oldGap = range(anchors[k][0] + 1, anchors[k + 1][0]).filter((i) => !oldTaken[i]);
    const newGap = range(anchors[k][1] + 1, anchors[k + 1][1]).filter((j) => result[j].status === 'new');
    if (oldGap.length === 0 || newGap.length === 0) continue;
    for (const [i, j, score] of pairBySimilarity(oldGap, newGap, previous, current, threshold)) {
      oldTaken[i] = true;
      result[j] = { index: j, status: 'changed', previousId: previous[i].id, previousText: previous[i].text, similarity: score };
    }
  }

  return { segments: result, removed: previous.filter((_, i) => !oldTaken[i]) };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** Index pairs of a longest common subsequence of two hash sequences. */
export function matchSequences(a: readonly string[], b: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  matchRange(a, b, 0, a.length, 0, b.length, out);
  return out.sort((x, y) => x[0] - y[0]);
}

function matchRange(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number, out: [number, number][]): void {
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) out.push([a0++, b0++]);
  const tail: [number, number][] = [];
  while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) tail.push([--a1, --b1]);
  if (a0 < a1 && b0 < b1) {
    if ((a1 - a0) * (b1 - b0) <= MAX_TABLE_CELLS) {
      const x = a.slice(a0, a1);
      const y = b.slice(b0, b1);
      const table = lcsTable(x, y);
      let i = 0;
      let j = 0;
      while (i < x.length && j < y.length) {
        if (x[i] === y[j]) out.push([a0 + i++, b0 + j++]);
        else if (table[i + 1][j] >= table[i][j + 1]) i++;
        else j++;
      }
    } else {
      const anchors = patienceAnchors(a, b, a0, a1, b0, b1);
      let pa = a0;
      let pb = b0;
      for (const [i, j] of anchors) {
        matchRange(a, b, pa, i, pb, j, out);
        out.push([i, j]);
        pa = i + 1;
        pb = j + 1;
      }
      if (anchors.length) matchRange(a, b, pa, a1, pb, b1, out);
    }
  }
  out.push(...tail.reverse());
}

/** Hashes occurring once on each side, in an order both sides agree on (longest increasing run). */
function patienceAnchors(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number): [number, number][] {
  const count = (s: readonly string[], from: number, to: number): Map<string, number> => {
    const map = new Map<string, number>();
    for (let k = from; k < to; k++) map.set(s[k], map.has(s[k]) ? -1 : k);
    return map;
  };
  const inA = count(a, a0, a1);
  const inB = count(b, b0, b1);
  const candidates: [number, number][] = [];
  for (const [hash, i] of inA) {
    const j = inB.get(hash);
    if (i >= 0 && j !== undefined && j >= 0) candidates.push([i, j]);
  }
  candidates.sort((x, y) => x[0] - y[0]);
  // Longest increasing subsequence on j (patience sorting).
  const tails: number[] = [];
  const back = new Array<number>(candidates.length).fill(-1);
  candidates.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[tails[mid]][1] < j) lo = mid + 1;
      else hi = mid;
    }
    back[k] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = k;
  });
  const result: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = back[k]) result.push(candidates[k]);
  return result.reverse();
}

/** Monotone pairing of a changed block maximising total similarity (pairs below the threshold are not made). */
function pairBySimilarity(
  oldGap: number[],
  newGap: number[],
  previous: readonly PreviousSegment[],
  current: readonly CurrentSegment[],
  threshold: number,
): [number, number, number][] {
  const n = oldGap.length;
  const m = newGap.length;
  const windowed = n * m > 2_500;
  const score = (x: number, y: number): number => {
    if (windowed && Math.abs((x / n - y / m) * Math.max(n, m)) > SIMILARITY_WINDOW) return 0;
    const a = previous[oldGap[x]].text;
    const b = current[newGap[y]].text;
    if (Math.min(a.length, b.length) / Math.max(a.length, b.length, 1) < threshold) return 0;
    const s = similarity(a, b);
    return s >= threshold ? s : 0;
  };
  const scores = Array.from({ length: n }, (_, x) => Array.from({ length: m }, (_, y) => score(x, y)));
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let x = n - 1; x >= 0; x--) {
    for (let y = m - 1; y >= 0; y--) {
      const take = scores[x][y] > 0 ? scores[x][y] + best[x + 1][y + 1] : 0;
      best[x][y] = Math.max(take, best[x + 1][y], best[x][y + 1]);
    }
  }
  const pairs: [number, number, number][] = [];
  let x = 0;
  let y = 0;
  while (x < n && y < m) {
    if (scores[x][y] > 0 && best[x][y] === scores[x][y] + best[x + 1][y + 1]) {
      pairs.push([oldGap[x], newGap[y], scores[x][y]]);
      x++;
      y++;
    } else if (best[x + 1][y] >= best[x][y + 1]) x++;
    else y++;
  }
  return pairs;
}
