import { planXliffImport } from './import-plan';
import { segmentMarkdown, type SegmentedDocument } from './segmenter';
import { fixture } from './testing/fixtures';
import { validateXliff12 } from './testing/xliff-schema';
import { local, xpath } from './testing/xpath';
import { xliffBlocksFor, type SegmentTranslation } from './xliff-export';
import { importXliff } from './xliff-import';
import { exportXliff12 } from './xliff12-export';

const segmentId = (ordinal: number): string => `s${ordinal + 1}`;

describe('XLIFF 1.2 export', () => {
  let en: SegmentedDocument;
  let xml: string;

  const translations: Record<number, Omit<SegmentTranslation, 'id'>> = {
    0: { state: 'approved', targetText: '福田红树林碳汇项目', version: 4 },
    2: { state: 'reviewed', targetText: '福田红树林国家级自然保护区位于广东省深圳湾北岸。', version: 3 },
    3: { state: 'approved', targetText: '保护区面积368公顷。', outdated: true, previousSourceText: 'It covers 368 hectares.', version: 5 },
    4: { state: 'translated', targetText: '区内红树林以{2}白骨壤{/2}和{1}秋茄{/1}为主，每年冬季有200多种鸟类在此栖息。', version: 1 },
    9: { state: 'draft', targetText: '拍卖所得用于{1}生态修复{/1}', version: 2 },
    12: { state: 'translated', targetText: '{1}方法学{2}{/1}：红树林保护碳汇方法学{/2}', version: 1 }, // crossed pairs
  };

  beforeAll(async () => {
    en = await segmentMarkdown(fixture('project-description.en.md'), 'en');
    xml = exportXliff12({
      fileId: 'doc-futian',
      original: 'documents/futian/revisions/1.md',
      sourceLocale: 'en',
      targetLocale: 'zh-CN',
      blocks: xliffBlocksFor(en, (s) => ({ id: segmentId(s.ordinal), version: 0, ...(translations[s.ordinal] ?? { state: 'untranslated' }) })),
    });
  });

  it('validates against the OASIS XLIFF 1.2 strict schema', async () => {
    expect(await validateXliff12(xml)).toEqual({ valid: true, errors: [] });
  });

  it('is checked by a validator that does reject an invalid file', async () => {
    const result = await validateXliff12(xml.replace('state="signed-off"', 'state="proofread"'));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain('proofread');
  });

  it('reads back in libxml2 with one trans-unit per segment, the states mapped and the versions kept', async () => {
    expect(await xpath(xml, `count(${local('//trans-unit')})`)).toBe(String(en.segments.length));
    const unit = (id: string, what: string) => xpath(xml, `string(${local(`//trans-unit`)}[@id='${id}']${what})`);
    expect(await unit('s1', `/${local('target')}/@state`)).toBe('final');
    expect(await unit('s1', '/@approved')).toBe('yes');
    expect(await unit('s1', '/@extradata')).toBe('bcp:version=4');
    expect(await unit('s2', `/${local('target')}`)).toBe('Overview');
    expect(await unit('s2', `/${local('target')}/@state`)).toBe('needs-translation');
    expect(await unit('s3', `/${local('target')}/@state`)).toBe('signed-off');
    expect(await unit('s4', `/${local('target')}/@state`)).toBe('needs-translation');
    expect(await unit('s4', `/${local('target')}/@state-qualifier`)).toBe('x-bcp-outdated');
    expect(await unit('s4', '/@approved')).toBe('');
    expect(await unit('s4', `/${local('note')}[@annotates='source']`)).toBe(
      'The source changed since this translation. It was translated from: It covers 368 hectares.',
    );
    expect(await unit('s5', `/${local('target')}/@state`)).toBe('translated');
    expect(await unit('s5', `/${local('target')}`)).toBe('区内红树林以白骨壤和秋茄为主，每年冬季有200多种鸟类在此栖息。');
    expect(await unit('s10', `/${local('target')}/@state`)).toBe('new');
    expect(await unit('s1', `/${local('note')}`)).toBe('Heading level 1');
  });

  it('writes pairs as <g>, standalone codes as <x/> and crossed pairs as <bx/>/<ex/>', () => {
    expect(xml).toContain('<target state="translated">区内红树林以<g id="p1_2" ctype="italic">白骨壤</g>和<g id="p1_1" ctype="italic">秋茄</g>为主');
    expect(xml).toContain('<g id="p1_2" ctype="link">');
    expect(xml).toMatch(/<target state="translated"><bx id="p1_1" rid="p1_1" ctype="bold"\/>方法学<bx id="p1_2"/);
  });

  it('comes back through import: texts, placeholders, states, outdated flags, versions and source hashes', () => {
    const imported = importXliff(xml);
    expect(imported).toMatchObject({ version: '1.2', sourceLocale: 'en', targetLocale: 'zh-CN' });
    expect(imported.segments.map((s) => s.sourceHash)).toEqual(en.segments.map((s) => s.hash));
    const byId = new Map(imported.segments.map((s) => [s.id, s]));
    expect(byId.get('s1')).toMatchObject({ state: 'approved', targetText: '福田红树林碳汇项目', version: 4, outdated: false });
    expect(byId.get('s2')).toMatchObject({ state: 'untranslated', targetText: null, version: 0 });
    expect(byId.get('s3')).toMatchObject({ state: 'reviewed', version: 3 });
    expect(byId.get('s4')).toMatchObject({ state: 'draft', outdated: true, version: 5 });
    expect(byId.get('s5')).toMatchObject({ state: 'translated', targetText: translations[4].targetText });
    expect(byId.get('s10')).toMatchObject({ state: 'draft', targetText: '拍卖所得用于{1}生态修复{/1}' });
    expect(byId.get('s13')?.targetText).toBe(translations[12].targetText);
  });

  // Made by OmegaT 3.6.0 (Debian 12's `omegat`) in console mode (`--mode=console-translate`) from
  // this document's 1.2 export, s1 approved at version 3, with a TMX of our own export in the
  // project's tm/auto/ holding s2 and s3: what a translator's CAT tool really returns.
  it('imports what OmegaT 3.6 wrote from such an export: its pre-translations as drafts, the rest as exported', async () => {
    const file = fixture('project-description.en-zh-CN.omegat-3.6.xlf');
    expect(await validateXliff12(file)).toEqual({ valid: true, errors: [] });
    const imported = importXliff(file);
    expect(imported.segments.map((s) => s.sourceHash)).toEqual(en.segments.map((s) => s.hash));
    expect(imported.segments.filter((s) => s.targetText !== null).map((s) => [s.id, s.targetText, s.state, s.version])).toEqual([
      ['s1', '福田红树林碳汇项目', 'approved', 3],
      ['s2', '概述', 'draft', 0],
      ['s3', '福田红树林国家级自然保护区位于广东省深圳湾北岸。', 'draft', 0],
    ]);
  });

  it('lets the plan refuse a translation changed since the export, and a source changed since, as for 2.0', () => {
    const edited = importXliff(xml.replace('>区内红树林以<g', '>保护区内红树林以<g'));
    const current = en.segments.map((s) => ({
      id: segmentId(s.ordinal),
      hash: s.ordinal === 2 ? 'changed-source' : s.hash,
      text: s.text,
      translation: translations[s.ordinal]
        ? {
            text: translations[s.ordinal].targetText ?? null,
            state: translations[s.ordinal].state,
            version: s.ordinal === 4 ? 2 : (translations[s.ordinal].version ?? 0),
          }
        : null,
    }));
    const plan = planXliffImport(edited, current, { sourceLocale: 'en', targetLocale: 'zh-CN' });
    const byId = new Map(plan.decisions.map((d) => [d.id, d]));
    expect(byId.get('s5')).toMatchObject({ kind: 'changedSince', fileVersion: 1, currentVersion: 2 });
    expect(byId.get('s3')).toMatchObject({ kind: 'staleSource' });
    expect(byId.get('s1')).toMatchObject({ kind: 'unchanged' });
  });
});
