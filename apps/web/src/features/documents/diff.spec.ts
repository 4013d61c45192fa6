import { changeCounts, conflictKind, diffLines, diffWords, hasConflictMarkers, matchSequences, mergeDraft, wordTokens } from './diff';

const LABELS = { mine: 'yours', theirs: 'theirs' };

/** Rebuilds both texts from a line difference: what the reader sees must hold both, nothing more. */
function sides(ops: ReturnType<typeof diffLines>): { before: string; after: string } {
  return {
    before: ops
      .filter((op) => op.op !== 'insert')
      .map((op) => op.text)
      .join('\n'),
    after: ops
      .filter((op) => op.op !== 'delete')
      .map((op) => op.text)
      .join('\n'),
  };
}

describe('Markdown differences', () => {
  it.each([
    ['an edited line', '# Bay\n\nEnping has 68 hectares.\n', '# Bay\n\nEnping has 70 hectares.\n'],
    ['added and removed paragraphs', 'a\n\nb\n\nc', 'a\n\nc\n\nd\n\ne'],
    ['an empty text', '', '# New\n\ntext'],
    ['everything replaced', 'one\ntwo', 'three\nfour\nfive'],
    ['repeated lines', 'x\nx\ny\nx', 'x\ny\nx\nx'],
    ['Windows line ends', 'a\r\nb\r\n', 'a\nb\nc\n'],
  ])('rebuilds both sides exactly from the difference of %s', (_what, before, after) => {
    const rebuilt = sides(diffLines(before, after));
    expect(rebuilt).toEqual({ before: before.replace(/\r\n/g, '\n'), after: after.replace(/\r\n/g, '\n') });
  });

  it('marks only the changed words of a changed line', () => {
    const ops = diffLines('# Bay\n\nEnping has 68 hectares.', '# Bay\n\nEnping has 70 hectares.');
    expect(ops.map((op) => op.op)).toEqual(['equal', 'equal', 'delete', 'insert']);
    expect(ops[2]?.words).toEqual([
      { op: 'equal', text: 'Enping has ' },
      { op: 'delete', text: '68' },
      { op: 'equal', text: ' hectares.' },
    ]);
    expect(ops[3]?.words).toEqual([
      { op: 'equal', text: 'Enping has ' },
      { op: 'insert', text: '70' },
      { op: 'equal', text: ' hectares.' },
    ]);
    expect(changeCounts(ops)).toEqual({ added: 1, removed: 1 });
  });

  it('compares Chinese character by character (no spaces to split at)', () => {
    expect(wordTokens('红树林68公顷')).toEqual(['红', '树', '林', '68', '公', '顷']);
    expect(diffWords('恩平有红树林68公顷。', '恩平有红树林70公顷。')).toEqual([
      { op: 'equal', text: '恩平有红树林' },
      { op: 'delete', text: '68' },
      { op: 'insert', text: '70' },
      { op: 'equal', text: '公顷。' },
    ]);
  });

  it('finds a longest common subsequence, in order', () => {
    const pairs = matchSequences([...'ABCBDAB'], [...'BDCABA']);
    expect(pairs).toHaveLength(4);
    for (let index = 1; index < pairs.length; index++) {
      expect(pairs[index]![0]).toBeGreaterThan(pairs[index - 1]![0]);
      expect(pairs[index]![1]).toBeGreaterThan(pairs[index - 1]![1]);
    }
  });

  it('stays linear for a long text with a small edit', () => {
    const lines = Array.from({ length: 20_000 }, (_, index) => `Paragraph ${index}.`);
    const edited = [...lines];
    edited[10_000] = 'Paragraph 10000, revised.';
    const ops = diffLines(lines.join('\n'), edited.join('\n'));
    expect(changeCounts(ops)).toEqual({ added: 1, removed: 1 });
  });
});

describe('merging two edits of one revision', () => {
  const base = '# Bay\n\nEnping has 68 hectares.\n\nThe reserve is managed by the city.\n\nBirds winter here.';

  it('takes each side’s change where only one side changed those lines', () => {
    const mine = base.replace('68 hectares', '70 hectares');
    const theirs = base.replace('Birds winter here.', 'Birds winter here, 3,000 of them.');
    const merged = mergeDraft(base, mine, theirs, LABELS);
    expect(merged).toEqual({
      text: base.replace('68 hectares', '70 hectares').replace('Birds winter here.', 'Birds winter here, 3,000 of them.'),
      conflicts: 0,
    });
    expect(hasConflictMarkers(merged.text)).toBe(false);
  });

  it('keeps both versions between markers where both changed the same line differently', () => {
    const mine = base.replace('68 hectares', '70 hectares');
    const theirs = base.replace('68 hectares', '72 hectares');
    const merged = mergeDraft(base, mine, theirs, LABELS);
    expect(merged.conflicts).toBe(1);
    expect(merged.text).toContain('<<<<<<< yours\nEnping has 70 hectares.\n=======\nEnping has 72 hectares.\n>>>>>>> theirs');
    expect(hasConflictMarkers(merged.text)).toBe(true);
    // A heading underlined with = is no marker.
    expect(hasConflictMarkers('Zhenhai Bay\n=======\n\ntext')).toBe(false);
    // Everything else is there once.
    expect(merged.text.match(/Birds winter here\./g)).toHaveLength(1);
  });

  it('takes an identical change once, and keeps lines both sides added at different places', () => {
    const both = base.replace('68 hectares', '70 hectares');
    expect(mergeDraft(base, both, both, LABELS)).toEqual({ text: both, conflicts: 0 });
    const mine = `${base}\n\nMine at the end.`;
    const theirs = `Theirs at the top.\n\n${base}`;
    const merged = mergeDraft(base, mine, theirs, LABELS);
    expect(merged).toEqual({ text: `Theirs at the top.\n\n${base}\n\nMine at the end.`, conflicts: 0 });
  });

  it('loses nothing when one side deleted what the other changed', () => {
    const mine = base.replace('\n\nThe reserve is managed by the city.', '');
    const theirs = base.replace('managed by the city', 'managed by the county');
    const merged = mergeDraft(base, mine, theirs, LABELS);
    expect(merged.conflicts).toBe(1);
    expect(merged.text).toContain('managed by the county');
  });
});

describe('a refused save', () => {
  it('saves again only when the text it started from is still the current one', () => {
    expect(conflictKind('a', 'b', 'a')).toBe('retry');
    expect(conflictKind('a', 'b', 'b')).toBe('same');
    expect(conflictKind('a', 'b', 'c')).toBe('prompt');
    // Saving an unedited text over their change would revert it: the user decides.
    expect(conflictKind('a', 'a', 'c')).toBe('prompt');
  });
});
