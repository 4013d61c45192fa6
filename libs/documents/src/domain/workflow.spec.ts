import { alignSegments } from './aligner';
import { planXliffImport, type CurrentSegmentState } from './import-plan';
import { computeProgress } from './progress';
import { runQaChecks } from './qa';
import { rebuildMarkdown } from './rebuild';
import { segmentMarkdown } from './segmenter';
import { diffText } from './similarity';
import { fixture } from './testing/fixtures';
import type { TranslationState } from './translation-state';
import { exportXliff20, xliffBlocksFor } from './xliff-export';
import { importXliff } from './xliff-import';

interface Stored {
  text: string;
  state: TranslationState;
  outdated?: boolean;
  previousSourceText?: string;
}

/** What a CAT tool does to one segment: writes a target and sets the state. */
function translateInFile(xml: string, id: string, target: string, state: string): string {
  const pattern = new RegExp(`(<segment id="${id}" state=")[^"]*("(?: subState="[^"]*")?>\\s*<source>[\\s\\S]*?</source>)(\\s*<target>[\\s\\S]*?</target>)?`);
  if (!pattern.test(xml)) throw new Error(`no segment ${id}`);
  return xml.replace(pattern, (_m, start: string, source: string) => `${start}${state}${source}<target>${target}</target>`);
}

describe('translation round trip across a source change (engine level)', () => {
  it('export → CAT tool → source changes meanwhile → import: exact outcomes, nothing lost', async () => {
    const zh = await segmentMarkdown(fixture('project-description.zh-CN.md'), 'zh-CN');
    const v1 = await segmentMarkdown(fixture('project-description.en.md'), 'en');
    const ids = v1.segments.map((s) => `s${s.ordinal + 1}`);
    const translations = new Map<string, Stored>([
      ['s1', { text: zh.segments[0].text, state: 'approved' }],
      ['s3', { text: zh.segments[2].text, state: 'reviewed' }],
      ['s5', { text: zh.segments[4].text, state: 'translated' }],
    ]);

    // 1. Export v1 for the translator.
    let xml = exportXliff20({
      fileId: 'doc-futian',
      sourceLocale: 'en',
      targetLocale: 'zh-CN',
      blocks: xliffBlocksFor(v1, (s) => {
        const stored = translations.get(ids[s.ordinal]);
        return { id: ids[s.ordinal], targetText: stored?.text, state: stored?.state ?? 'untranslated' };
      }),
    });

    // 2. The translator works in a CAT tool: two new segments, one revised, one of the removed-to-be.
    xml = translateInFile(xml, 's8', zh.segments[7].text, 'translated');
    xml = translateInFile(xml, 's9', zh.segments[8].text, 'translated');
    xml = translateInFile(xml, 's5', zh.segments[4].text.replace('200多种', '两百多种'), 'translated');
    xml = translateInFile(xml, 's6', zh.segments[5].text, 'translated');

    // 3. Meanwhile the author saves v2: the bird count changes (s5), the quote goes (s6), a sentence is added.
    const v2 = await segmentMarkdown(fixture('project-description.v2.en.md'), 'en');
    const alignment = alignSegments(
      v1.segments.map((s) => ({ id: ids[s.ordinal], hash: s.hash, text: s.text })),
      v2.segments,
    );
    const v2Ids = alignment.segments.map((a, i) => a.previousId ?? `new-${i}`);
    for (const aligned of alignment.segments) {
      const stored = aligned.previousId ? translations.get(aligned.previousId) : undefined;
      if (aligned.status === 'changed' && stored) Object.assign(stored, { outdated: true, previousSourceText: aligned.previousText });
    }
    expect(alignment.removed.map((r) => r.id)).toEqual(['s6']);
    expect(translations.get('s5')).toMatchObject({ outdated: true, state: 'translated' });
    expect(diffText(translations.get('s5')!.previousSourceText!, v2.segments[4].text, 'en').filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: '200' },
      { op: 'insert', text: '230' },
    ]);

    // 4. The file comes back and is planned against v2.
    const current: CurrentSegmentState[] = v2.segments.map((s, i) => {
      const stored = translations.get(v2Ids[i]);
      return {
        id: v2Ids[i],
        hash: s.hash,
        text: s.text,
        translation: stored ? { text: stored.text, state: stored.state, outdated: stored.outdated, version: 1 } : null,
      };
    });
    const plan = planXliffImport(importXliff(xml), current, { sourceLocale: 'en', targetLocale: 'zh-CN', maxState: 'translated' });
    const outcome = Object.fromEntries(plan.decisions.filter((d) => d.kind !== 'noTarget').map((d) => [d.id, d.kind]));
    expect(outcome).toEqual({
      s1: 'unchanged', // approved, same text: a translator's file does not lower it
      s3: 'unchanged',
      s5: 'staleSource', // translated for the old source: refused, reported with its text
      s6: 'unknownSegment', // archived in v2
      s8: 'apply',
      s9: 'apply',
    });
    const stale = plan.decisions.find((d) => d.id === 's5');
    expect(stale).toMatchObject({ kind: 'staleSource', targetText: expect.stringContaining('两百多种') });

    // 5. Apply, check QA and progress, rebuild the Chinese v2 with source fallback.
    for (const decision of plan.decisions) if (decision.kind === 'apply') translations.set(decision.id, { text: decision.targetText, state: decision.state });
    for (const [id, stored] of translations) {
      const ordinal = v2Ids.indexOf(id);
      if (ordinal < 0) continue;
      const findings = runQaChecks({ source: v2.segments[ordinal].text, target: stored.text, sourceLocale: 'en', targetLocale: 'zh-CN' });
      // s5 is outdated: its number no longer matches the new source, which is what QA must say.
      expect({ id, errors: findings.filter((f) => f.severity === 'error').map((f) => f.messageKey) }).toEqual({
        id,
        errors: id === 's5' ? ['documents.qa.numbers.missing'] : [],
      });
    }
    const progress = computeProgress(v2Ids.map((id) => translations.get(id) ?? { state: 'untranslated' }));
    expect(progress).toMatchObject({ segments: 17, outdated: 1, publishable: false });
    expect(progress.byState).toEqual({ untranslated: 12, draft: 0, translated: 3, reviewed: 1, approved: 1 });

    const rebuilt = await rebuildMarkdown(v2, (s) => translations.get(v2Ids[s.ordinal])?.text);
    expect(rebuilt.markdown).toContain('# 福田红树林碳汇项目');
    expect(rebuilt.markdown).toContain('2023年9月，深圳举办了全国首次红树林保护碳汇拍卖。本次共拍出3756吨');
    expect(rebuilt.markdown).toContain('The auction was organised by the Shenzhen Emissions Exchange.'); // new sentence, source fallback
    expect(rebuilt.fallbackOrdinals).toHaveLength(12);
  });
});
