import { DocumentsEngineError, DocumentsErrorCode } from './errors';
import { planXliffImport, type CurrentSegmentState } from './import-plan';
import { segmentMarkdown } from './segmenter';
import { fixture } from './testing/fixtures';
import { importXliff } from './xliff-import';

describe('planXliffImport on what a CAT tool returned', () => {
  let current: CurrentSegmentState[];

  beforeAll(async () => {
    const en = await segmentMarkdown(fixture('project-description.en.md'), 'en');
    current = en.segments.map((s) => ({ id: `s${s.ordinal + 1}`, hash: s.hash, text: s.text, translation: null }));
    // Already stored: s1 approved with the same text; s3 outdated with the same text.
    current[0].translation = { text: '福田红树林碳汇项目', state: 'approved', version: 2 };
    current[2].translation = { text: '福田红树林国家级自然保护区位于广东省深圳湾北岸。', state: 'reviewed', outdated: true, version: 3 };
  });

  it('applies new translations, skips unchanged ones, refuses the stale source and keeps its text in the report', () => {
    const plan = planXliffImport(importXliff(fixture('project-description.en-zh-CN.returned.xlf')), current, { sourceLocale: 'en', targetLocale: 'zh-CN' });
    expect(plan.counts).toEqual({ apply: 6, unchanged: 1, staleSource: 1, changedSince: 0, unknownSegment: 0, noTarget: 1 });
    expect(plan.decisions.map((d) => [d.id, d.kind])).toEqual([
      ['s1', 'unchanged'],
      ['s3', 'apply'], // same text, but confirming it clears the outdated flag
      ['s4', 'staleSource'],
      ['s5', 'apply'],
      ['s8', 'apply'],
      ['s9', 'apply'],
      ['s10', 'noTarget'],
      ['s13', 'apply'],
      ['s17', 'apply'],
    ]);
    expect(plan.decisions[2]).toEqual({
      kind: 'staleSource',
      id: 's4',
      sourceText: 'It covers 368 hectares and is the only national nature reserve in the heart of a Chinese megacity.',
      targetText: '保护区面积368公顷，是我国唯一位于城市腹地的国家级自然保护区。',
    });
    expect(plan.decisions[5]).toEqual({ kind: 'apply', id: 's9', targetText: expect.stringContaining('182.166万元'), state: 'draft', capped: false });
  });

  it('lowers states above what the importer may set (a translator cannot approve)', () => {
    const plan = planXliffImport(importXliff(fixture('project-description.en-zh-CN.returned.xlf')), current, {
      sourceLocale: 'en',
      targetLocale: 'zh-CN',
      maxState: 'translated',
    });
    const applied = plan.decisions.filter((d) => d.kind === 'apply');
    expect(applied.map((d) => [d.id, d.state, d.capped])).toEqual([
      ['s3', 'translated', true],
      ['s5', 'translated', false],
      ['s8', 'translated', false],
      ['s9', 'draft', false],
      ['s13', 'translated', false],
      ['s17', 'translated', false],
    ]);
    // s1 is stored approved with the same text: a translator's import does not lower it.
    expect(plan.decisions[0]).toEqual({ kind: 'unchanged', id: 's1' });
  });

  it('reports segments the document does not have', () => {
    const plan = planXliffImport(importXliff(fixture('project-description.en-zh-CN.returned.xlf')), current.slice(0, 5), {
      sourceLocale: 'en',
      targetLocale: 'zh-CN',
    });
    expect(plan.counts.unknownSegment).toBe(5);
  });

  it('refuses a file for another language pair', () => {
    const run = (): unknown =>
      planXliffImport(importXliff(fixture('project-description.en-zh-CN.returned.xlf')), current, { sourceLocale: 'en', targetLocale: 'pt-BR' });
    expect(run).toThrow(DocumentsEngineError);
    try {
      run();
    } catch (error) {
      expect((error as DocumentsEngineError).code).toBe(DocumentsErrorCode.XliffLocaleMismatch);
      expect((error as DocumentsEngineError).params).toEqual({ expected: 'en → pt-BR', found: 'en → zh-CN' });
    }
    expect(() =>
      planXliffImport(importXliff(fixture('project-description.en-zh-CN.returned.xlf')), current, { sourceLocale: 'EN', targetLocale: 'zh-cn' }),
    ).not.toThrow();
  });
});
