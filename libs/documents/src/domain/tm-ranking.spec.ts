import { rankMemoryMatches, type MemoryCandidate } from './tm-ranking';
import { sourceHash } from './text';

const before = sourceHash('2023年9月，深圳举办了全国首次红树林保护碳汇拍卖。');
const after = sourceHash('拍卖所得用于保护区的{1}生态修复{/1}。');

describe('rankMemoryMatches', () => {
  const current = '本次共拍出3756吨二氧化碳当量（tCO2e），成交价为每吨485元。';
  const candidates: MemoryCandidate[] = [
    { id: 'fuzzy-low', sourceText: '本次共拍出2000吨二氧化碳当量，成交价为每吨300元。', targetText: 'A total of 2,000 tCO2e was sold at 300 yuan per tonne.' },
    { id: 'exact-old', sourceText: current, targetText: 'A total of 3,756 tCO2e was sold at 485 yuan per tonne.', updatedAt: '2024-01-01T00:00:00Z' },
    { id: 'exact-new', sourceText: current, targetText: 'In total, 3,756 tCO2e were sold at 485 yuan per tonne.', updatedAt: '2025-06-01T00:00:00Z' },
    {
      id: 'in-context',
      sourceText: current,
      targetText: 'In all, 3,756 tCO2e sold for 485 yuan per tonne.',
      previousHash: before,
      nextHash: after,
      updatedAt: '2023-01-01T00:00:00Z',
    },
    {
      id: 'fuzzy-high',
      sourceText: '本次共拍出3756吨二氧化碳当量（tCO2e），成交价为每吨458元。',
      targetText: 'A total of 3,756 tCO2e was sold at 458 yuan per tonne.',
    },
    { id: 'unrelated', sourceText: '恩平、台山等伙伴城市将根据当地条件调整方法学。', targetText: 'Partner cities will adapt the methodology.' },
  ];

  it('ranks in-context exact, then exact (newest first), then fuzzy by character similarity in Chinese', () => {
    const ranked = rankMemoryMatches({ text: current, locale: 'zh-CN', previousHash: before, nextHash: after }, candidates);
    expect(ranked.map((s) => [s.candidate.id, s.kind, s.score])).toEqual([
      ['in-context', 'in-context', 101],
      ['exact-new', 'exact', 100],
      ['exact-old', 'exact', 100],
      ['fuzzy-high', 'fuzzy', 94],
      // 4 digits replaced, （tCO2e） missing, 3 digits replaced: 14 edits over 35 characters.
      ['fuzzy-low', 'fuzzy', 60],
    ]);
  });

  it('shows what differs from the current source, character by character in Chinese', () => {
    const ranked = rankMemoryMatches({ text: current, locale: 'zh-CN' }, candidates);
    const fuzzy = ranked.find((s) => s.candidate.id === 'fuzzy-high')!;
    // 458 → 485: only those digits differ, the rest is equal.
    expect(
      fuzzy.diff
        .filter((op) => op.op !== 'equal')
        .map((op) => op.text)
        .join(''),
    ).toMatch(/^[58]+$/);
    expect(fuzzy.diff[0]).toEqual({ op: 'equal', text: '本次共拍出3756吨二氧化碳当量（tCO2e），成交价为每吨4' });
    const restored = fuzzy.diff
      .filter((op) => op.op !== 'delete')
      .map((op) => op.text)
      .join('');
    const original = fuzzy.diff
      .filter((op) => op.op !== 'insert')
      .map((op) => op.text)
      .join('');
    expect(restored).toBe(current);
    expect(original).toBe(fuzzy.candidate.sourceText);
    expect(ranked.every((s) => s.kind !== 'in-context')).toBe(true);
  });

  it('diffs English sources by word and applies the threshold and limit', () => {
    const ranked = rankMemoryMatches(
      { text: 'Mangroves shelter more than 230 bird species every winter.', locale: 'en' },
      [
        { id: 'a', sourceText: 'Mangroves shelter more than 200 bird species every winter.', targetText: '红树林每年冬季庇护200多种鸟类。' },
        { id: 'b', sourceText: 'Seagrass meadows are nurseries for fish.', targetText: '海草床是鱼类的育幼场。' },
      ],
      { threshold: 0.7, limit: 5 },
    );
    expect(ranked.map((s) => s.candidate.id)).toEqual(['a']);
    expect(ranked[0].diff).toEqual([
      { op: 'equal', text: 'Mangroves shelter more than ' },
      { op: 'delete', text: '200' },
      { op: 'insert', text: '230' },
      { op: 'equal', text: ' bird species every winter.' },
    ]);
  });
});
