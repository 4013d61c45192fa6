import { alignSegments, matchSequences, type PreviousSegment } from './aligner';
import { segmentMarkdown, type SegmentedDocument } from './segmenter';
import { fixture } from './testing/fixtures';

const asPrevious = (doc: SegmentedDocument): PreviousSegment[] => doc.segments.map((s) => ({ id: `old-${s.ordinal}`, hash: s.hash, text: s.text }));

describe('alignSegments across revisions of the bilingual fixtures', () => {
  it.each([
    ['en', 'project-description.en.md', 'project-description.v2.en.md'],
    ['zh-CN', 'project-description.zh-CN.md', 'project-description.v2.zh-CN.md'],
  ])('%s: keeps unchanged segments, pairs the edited one, reports the new and the removed', async (locale, v1, v2) => {
    const before = await segmentMarkdown(fixture(v1), locale);
    const after = await segmentMarkdown(fixture(v2), locale);
    const { segments, removed } = alignSegments(asPrevious(before), after.segments);

    // v2 changes the bird count in segment 4, drops the quote (5), adds a sentence after 8.
    expect(segments.map((s) => s.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'changed', // heading, heading, 3 overview sentences
      'unchanged',
      'unchanged',
      'unchanged',
      'new',
      'unchanged', // auction heading + paragraph with one new sentence
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(segments.filter((s) => s.status === 'unchanged').map((s) => s.previousId)).toEqual([
      'old-0',
      'old-1',
      'old-2',
      'old-3',
      'old-6',
      'old-7',
      'old-8',
      'old-9',
      'old-10',
      'old-11',
      'old-12',
      'old-13',
      'old-14',
      'old-15',
      'old-16',
    ]);
    const changed = segments[4];
    expect(changed.previousId).toBe('old-4');
    expect(changed.previousText).toBe(before.segments[4].text);
    expect(changed.previousText).toContain('200');
    expect(after.segments[4].text).toContain('230');
    expect(changed.similarity).toBeGreaterThan(0.9);
    expect(after.segments[8].text).toMatch(/Shenzhen Emissions Exchange|深圳排放权交易所/);
    expect(removed.map((r) => r.id)).toEqual(['old-5']);
  });

  it('keeps the identity of a paragraph that moved', async () => {
    const before = await segmentMarkdown('Mangroves store carbon.\n\nSeagrass does too.\n\nSalt marshes as well.', 'en');
    const after = await segmentMarkdown('Salt marshes as well.\n\nMangroves store carbon.\n\nSeagrass does too.', 'en');
    const { segments, removed } = alignSegments(asPrevious(before), after.segments);
    expect(segments.map((s) => [s.status, s.previousId])).toEqual([
      ['moved', 'old-2'],
      ['unchanged', 'old-0'],
      ['unchanged', 'old-1'],
    ]);
    expect(removed).toEqual([]);
  });

  it('does not pair a rewritten sentence with an unrelated one', async () => {
    const before = await segmentMarkdown('红树林是重要的蓝碳生态系统。深圳于2023年举办碳汇拍卖。', 'zh-CN');
    const after = await segmentMarkdown('红树林是极其重要的蓝碳生态系统。恩平正在编制监测计划。', 'zh-CN');
    const { segments, removed } = alignSegments(asPrevious(before), after.segments);
    expect(segments.map((s) => s.status)).toEqual(['changed', 'new']);
    expect(segments[0].previousId).toBe('old-0');
    expect(removed.map((r) => r.id)).toEqual(['old-1']);
  });

  it('pairs each changed sentence with its own predecessor inside a changed block', async () => {
    const before = await segmentMarkdown('Plots are measured yearly. Soil cores are taken every five years. Results are reported in tCO2e.', 'en');
    const after = await segmentMarkdown('Plots are measured twice a year. Soil cores are taken every three years. Results are reported in tCO2e.', 'en');
    const { segments } = alignSegments(asPrevious(before), after.segments);
    expect(segments.map((s) => [s.status, s.previousId])).toEqual([
      ['changed', 'old-0'],
      ['changed', 'old-1'],
      ['unchanged', 'old-2'],
    ]);
  });

  it('handles duplicate sentences in order', () => {
    const previous = ['a', 'b', 'a', 'c'].map((hash, i) => ({ id: `o${i}`, hash, text: hash }));
    const current = ['a', 'a', 'c'].map((hash) => ({ hash, text: hash }));
    const { segments, removed } = alignSegments(previous, current);
    expect(segments.map((s) => s.previousId)).toEqual(['o0', 'o2', 'o3']);
    expect(removed.map((r) => r.id)).toEqual(['o1']);
  });

  it('aligns large revisions (patience anchors beyond the LCS table size)', () => {
    const a = Array.from({ length: 6000 }, (_, i) => `h${i}`);
    const b = [...a.slice(0, 1000), 'x1', ...a.slice(1000, 3000).reverse().slice(0, 0), ...a.slice(3000)];
    const pairs = matchSequences(a, b.length ? b : a);
    expect(pairs.length).toBe(4000);
    expect(pairs.every(([i, j]) => a[i] === b[j])).toBe(true);
  });
});
