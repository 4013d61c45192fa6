/**
 * Line and word differences between two Markdown texts, and a three-way merge of two edits of
 * the same revision. Pure: the revisions list, the merge prompt and their spec use them.
 */

export interface WordOp {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** One line of a difference; a changed line (a deletion paired with an insertion) carries its word-level difference. */
export interface LineOp {
  op: 'equal' | 'delete' | 'insert';
  text: string;
  words?: WordOp[];
}

/** Above this many cells the middle of a comparison is shown replaced as a whole (a browser must stay responsive). */
const MAX_CELLS = 4_000_000;

/**
 * Index pairs (i in a, j in b) of a longest common subsequence, in order. The common prefix and
 * suffix are matched first, so a small edit of a long text costs little.
 */
export function matchSequences<T>(a: readonly T[], b: readonly T[]): [number, number][] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: [number, number][] = [];
  for (let index = 0; index < start; index++) pairs.push([index, index]);
  const n = endA - start;
  const m = endB - start;
  if (n > 0 && m > 0 && n * m <= MAX_CELLS) {
    // lengths[i][j]: LCS of a[start+i..endA) and b[start+j..endB), one flat array.
    const width = m + 1;
    const lengths = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * width + j] =
          a[start + i] === b[start + j]
            ? cell(lengths, (i + 1) * width + j + 1) + 1
            : Math.max(cell(lengths, (i + 1) * width + j), cell(lengths, i * width + j + 1));
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[start + i] === b[start + j]) {
        pairs.push([start + i, start + j]);
        i++;
        j++;
      } else if (cell(lengths, (i + 1) * width + j) >= cell(lengths, i * width + j + 1)) i++;
      else j++;
    }
  }
  for (let offset = 0; offset < a.length - endA; offset++) pairs.push([endA + offset, endB + offset]);
  return pairs;
}

/** A cell of the table; every index asked for lies inside it (the type cannot know). */
function cell(lengths: Uint32Array, index: number): number {
  return lengths[index] ?? 0;
}

/** Operations turning `a` into `b`: deletions of a run come before its insertions. */
function operations<T>(a: readonly T[], b: readonly T[]): { op: 'equal' | 'delete' | 'insert'; item: T }[] {
  const out: { op: 'equal' | 'delete' | 'insert'; item: T }[] = [];
  let i = 0;
  let j = 0;
  for (const [matchA, matchB] of matchSequences(a, b)) {
    while (i < matchA) out.push({ op: 'delete', item: a[i++] as T });
    while (j < matchB) out.push({ op: 'insert', item: b[j++] as T });
    out.push({ op: 'equal', item: a[i] as T });
    i++;
    j++;
  }
  while (i < a.length) out.push({ op: 'delete', item: a[i++] as T });
  while (j < b.length) out.push({ op: 'insert', item: b[j++] as T });
  return out;
}

/**
 * Words with the spaces and punctuation between them as their own tokens; a Chinese or
 * Japanese character is a token by itself (those scripts write no spaces).
 */
export function wordTokens(text: string): string[] {
  return (
    text.match(
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}_])+|\s+|[^\p{L}\p{N}_\s]/gu,
    ) ?? []
  );
}

/** Word-level difference of two lines, neighbouring tokens of one kind joined. */
export function diffWords(before: string, after: string): WordOp[] {
  const ops: WordOp[] = [];
  for (const { op, item } of operations(wordTokens(before), wordTokens(after))) {
    const last = ops.at(-1);
    if (last?.op === op) last.text += item;
    else ops.push({ op, text: item });
  }
  return ops;
}

export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/**
 * Line-level difference of two Markdown texts. Where a run of deleted lines meets a run of
 * inserted ones, they are paired line by line and each pair carries its word difference, so a
 * changed figure in a long paragraph shows as the figure, not as the whole paragraph.
 */
export function diffLines(before: string, after: string): LineOp[] {
  const ops = operations(splitLines(before), splitLines(after)).map(({ op, item }): LineOp => ({ op, text: item }));
  for (let index = 0; index < ops.length;) {
    if (ops[index]?.op !== 'delete') {
      index++;
      continue;
    }
    let deletes = index;
    while (ops[deletes]?.op === 'delete') deletes++;
    let inserts = deletes;
    while (ops[inserts]?.op === 'insert') inserts++;
    const pairs = Math.min(deletes - index, inserts - deletes);
    for (let k = 0; k < pairs; k++) {
      const removed = ops[index + k] as LineOp;
      const added = ops[deletes + k] as LineOp;
      const words = diffWords(removed.text, added.text);
      removed.words = words.filter((word) => word.op !== 'insert');
      added.words = words.filter((word) => word.op !== 'delete');
    }
    index = inserts;
  }
  return ops;
}

/** Lines added and removed, for a one-line summary. */
export function changeCounts(ops: readonly LineOp[]): { added: number; removed: number } {
  return { added: ops.filter((op) => op.op === 'insert').length, removed: ops.filter((op) => op.op === 'delete').length };
}

export interface MergeLabels {
  mine: string;
  theirs: string;
}

export interface MergeDraft {
  text: string;
  /** Places where both changed the same lines differently: both versions are in the text, between markers. */
  conflicts: number;
}

/**
 * Markers the merge draft put in and the user has not resolved yet. The opening and closing
 * lines are looked for, not `=======` alone: that is also a Markdown heading's underline.
 */
export function hasConflictMarkers(text: string): boolean {
  return /^<{7} /m.test(text) && /^>{7} /m.test(text);
}

/**
 * Three-way merge of two edits of one revision (`base`): lines only one side changed take that
 * side's change; lines both changed identically are taken once; lines both changed differently
 * are kept both, between markers (named by `labels`), for the user to settle. Nothing either
 * side wrote is dropped.
 */
export function mergeDraft(base: string, mine: string, theirs: string, labels: MergeLabels): MergeDraft {
  const baseLines = splitLines(base);
  const mineLines = splitLines(mine);
  const theirLines = splitLines(theirs);
  const inMine = new Map(matchSequences(baseLines, mineLines));
  const inTheirs = new Map(matchSequences(baseLines, theirLines));
  const out: string[] = [];
  let conflicts = 0;
  let b = 0;
  let m = 0;
  let t = 0;
  const emit = (baseEnd: number, mineEnd: number, theirEnd: number) => {
    const baseChunk = baseLines.slice(b, baseEnd);
    const mineChunk = mineLines.slice(m, mineEnd);
    const theirChunk = theirLines.slice(t, theirEnd);
    if (sameLines(mineChunk, baseChunk)) out.push(...theirChunk);
    else if (sameLines(theirChunk, baseChunk) || sameLines(mineChunk, theirChunk)) out.push(...mineChunk);
    else {
      conflicts++;
      out.push(`<<<<<<< ${labels.mine}`, ...mineChunk, '=======', ...theirChunk, `>>>>>>> ${labels.theirs}`);
    }
  };
  for (let index = 0; index < baseLines.length; index++) {
    const mineIndex = inMine.get(index);
    const theirIndex = inTheirs.get(index);
    // A base line both sides kept is an anchor: what lies between two anchors is merged as a chunk.
    if (mineIndex === undefined || theirIndex === undefined || mineIndex < m || theirIndex < t) continue;
    emit(index, mineIndex, theirIndex);
    out.push(baseLines[index] as string);
    b = index + 1;
    m = mineIndex + 1;
    t = theirIndex + 1;
  }
  emit(baseLines.length, mineLines.length, theirLines.length);
  return { text: out.join('\n'), conflicts };
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, index) => line === b[index]);
}

/**
 * What a refused save (412: the document moved on) calls for, from the text the edit started
 * from, the user's text and the document's current text. `retry`: only the version moved
 * (a publication, a new title), the text is the one the user edited, so saving again over the
 * new version overwrites nobody. `same`: the current text already is the user's. `prompt`:
 * someone else changed the text; the user decides.
 */
export function conflictKind(base: string, mine: string, theirs: string): 'retry' | 'same' | 'prompt' {
  if (theirs === mine) return 'same';
  if (theirs === base) return 'retry';
  return 'prompt';
}
