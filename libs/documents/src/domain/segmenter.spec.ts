import { loadMarkdownToolkit } from './markdown-toolkit';
import { rebuildMarkdown, renderHtml } from './rebuild';
import { segmentMarkdown, type SegmentedDocument } from './segmenter';
import { sourceHash } from './text';
import { comparableTree, fixture } from './testing/fixtures';

const texts = (doc: SegmentedDocument): string[] => doc.segments.map((s) => s.text);

describe('segmentMarkdown on the bilingual fixtures', () => {
  let methodologyEn: SegmentedDocument;
  let methodologyZh: SegmentedDocument;
  let projectEn: SegmentedDocument;
  let projectZh: SegmentedDocument;

  beforeAll(async () => {
    methodologyEn = await segmentMarkdown(fixture('methodology-section.en.md'), 'en');
    methodologyZh = await segmentMarkdown(fixture('methodology-section.zh-CN.md'), 'zh-CN');
    projectEn = await segmentMarkdown(fixture('project-description.en.md'), 'en');
    projectZh = await segmentMarkdown(fixture('project-description.zh-CN.md'), 'zh-CN');
  });

  it('gives the English and Chinese versions the same segments, sentence for sentence', () => {
    expect(methodologyEn.segments).toHaveLength(25);
    expect(methodologyZh.segments).toHaveLength(25);
    expect(projectEn.segments).toHaveLength(17);
    expect(projectZh.segments).toHaveLength(17);
    expect(methodologyZh.segments.map((s) => [s.kind, s.unitIndex])).toEqual(methodologyEn.segments.map((s) => [s.kind, s.unitIndex]));
    expect(projectZh.segments.map((s) => [s.kind, s.unitIndex])).toEqual(projectEn.segments.map((s) => [s.kind, s.unitIndex]));
  });

  it('splits Chinese sentences at 。！？ and keeps an opening quote with its sentence', async () => {
    expect(texts(methodologyZh).slice(21, 24)).toEqual([
      '监测期内红树林面积是否减少？',
      '如有减少，必须全额扣除！',
      '结果以吨二氧化碳当量（tCO2e）报告，保留两位小数，如38,745.44 tCO2e。{1}',
    ]);
    const quoted = await segmentMarkdown('是的！“碳汇”很重要。', 'zh-CN');
    expect(texts(quoted)).toEqual(['是的！', '“碳汇”很重要。']);
  });

  it('does not split English after e.g., i.e., et al., Fig. 3 or No. 5', () => {
    const en = texts(methodologyEn);
    expect(en).toContain(
      'The carbon pools considered are above-ground biomass, below-ground biomass and soil organic carbon (SOC), i.e. the pools that change measurably within a 20-year crediting period.',
    );
    expect(en).toContain(
      'The above-ground biomass of each tree is estimated with species-specific allometric equations (e.g. Komiyama et al. 2005) from the diameter at breast height ({1}, in cm).',
    );
    expect(en).toContain('See Fig. 3 for the plot layout and {1}Annex B{/1} for the field protocol.');
    expect(en).toContain('Take soil cores to a depth of 1 m in plots No. 5 and No. 12 every five years.');
    expect(texts(projectEn)).toContain('A total of 3,756 tCO2e was sold at 485 yuan per tonne, i.e. 1,821,660 yuan in all.');
  });

  it('splits where a sentence really ends, also after an abbreviation that is not followed by a number', async () => {
    const doc = await segmentMarkdown('Dr. Chen surveyed the plots. Results follow in Fig. 4. The end is near! Is it?', 'en');
    expect(texts(doc)).toEqual(['Dr. Chen surveyed the plots.', 'Results follow in Fig. 4.', 'The end is near!', 'Is it?']);
  });

  it('turns inline markup into numbered placeholders, paired and standalone, numbered per segment', () => {
    const segment = projectEn.segments[4];
    expect(segment.text).toBe('Its mangroves, mainly {1}Kandelia obovata{/1} and {2}Avicennia marina{/2}, shelter more than 200 bird species every winter.');
    expect(segment.placeholders[1]).toEqual({ kind: 'paired', node: { type: 'emphasis', children: [] } });
    expect(projectEn.segments[12].text).toBe('{1}Methodology:{/1} {2}Mangrove conservation carbon sink methodology{/2}');
    expect(projectEn.segments[12].placeholders[2].node).toMatchObject({ type: 'link', url: 'https://bluecarbon.example.org/methodology/1.0' });
    expect(methodologyEn.segments[7].placeholders[1]).toEqual({ kind: 'standalone', node: { type: 'inlineCode', value: 'DBH' } });
    expect(methodologyEn.segments[23].placeholders[1].node).toMatchObject({ type: 'footnoteReference', identifier: '1' });
  });

  it('leaves code blocks, bare URLs and cells without words untranslated', () => {
    const all = [...texts(methodologyEn), ...texts(projectEn)].join('\n');
    expect(all).not.toContain('AGB = a');
    expect(all).not.toContain('0.1027');
    expect(all).not.toContain('bluecarbon.example.org');
    expect(texts(projectEn)).toContain('Questions can be sent to {1}.');
  });

  it('keeps a sentence whole when markup spans its end', async () => {
    const doc = await segmentMarkdown('**Mangroves store carbon. They also protect the coast.** Restoration pays.', 'en');
    expect(texts(doc)).toEqual(['{1}Mangroves store carbon. They also protect the coast.{/1}', 'Restoration pays.']);
    const bold = await segmentMarkdown('**Mangroves store carbon.** They also protect the coast.', 'en');
    expect(texts(bold)).toEqual(['{1}Mangroves store carbon.{/1}', 'They also protect the coast.']);
  });

  it('reads literal braces that look like placeholders as a standalone placeholder', async () => {
    const doc = await segmentMarkdown('Use {1} as the plot number, and {braces} stay text.', 'en');
    expect(doc.segments[0].text).toBe('Use {1} as the plot number, and {braces} stay text.');
    expect(doc.segments[0].placeholders[1]).toEqual({ kind: 'standalone', node: { type: 'text', value: '{1}' } });
  });

  it('hashes the normalised text: whitespace and line breaks do not change identity, words do', async () => {
    const a = await segmentMarkdown('Mangroves   store\ncarbon.', 'en');
    const b = await segmentMarkdown('Mangroves store carbon.', 'en');
    expect(a.segments[0].hash).toBe(b.segments[0].hash);
    expect(a.segments[0].hash).toBe(sourceHash('Mangroves store carbon.'));
    expect(a.segments[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceHash('Mangroves store more carbon.')).not.toBe(a.segments[0].hash);
    expect(projectEn.segments[3].previousHash).toBe(projectEn.segments[2].hash);
    expect(projectEn.segments[3].nextHash).toBe(projectEn.segments[4].hash);
  });
});

describe('rebuildMarkdown', () => {
  const markupSample = [
    '# Blue *carbon* in **Shenzhen**',
    '',
    'Mangroves store carbon, e.g. in ~~peat~~ soil. See [the map](https://example.org/map "Map") and ![plot](plot.png).',
    'A second line with `code` and a hard  ',
    'break, plus a footnote.[^n]',
    '',
    '> A **quote** with [a reference][ref].',
    '',
    '- [x] done item with *emphasis*',
    '- item two',
    '  - nested item',
    '',
    '| Name | Value |',
    '| :--- | ---: |',
    '| **Area** | 367.64 ha |',
    '',
    '<div>raw html</div>',
    '',
    '[ref]: https://example.org/ref',
    '[^n]: Footnote text.',
    '',
  ].join('\n');

  it.each([
    ['methodology-section.en.md', 'en'],
    ['methodology-section.zh-CN.md', 'zh-CN'],
    ['project-description.en.md', 'en'],
    ['project-description.zh-CN.md', 'zh-CN'],
    ['markup sample', 'en'],
  ])('rebuilds %s from its source segments into the same Markdown tree', async (name, locale) => {
    const markdown = name === 'markup sample' ? markupSample : fixture(name);
    const toolkit = await loadMarkdownToolkit();
    const doc = await segmentMarkdown(markdown, locale);
    const rebuilt = await rebuildMarkdown(doc, () => undefined);
    expect(comparableTree(toolkit.parse(rebuilt.markdown))).toEqual(comparableTree(toolkit.parse(markdown)));
    expect(rebuilt.fallbackOrdinals).toHaveLength(doc.segments.length);
  });

  it('puts translations in with their markup, joining Chinese sentences without spaces and English ones with', async () => {
    const zh = await segmentMarkdown(fixture('project-description.zh-CN.md'), 'zh-CN');
    const en = await segmentMarkdown(fixture('project-description.en.md'), 'en');
    const englishFor = new Map(zh.segments.map((s, i) => [s.ordinal, en.segments[i].text]));
    const rebuilt = await rebuildMarkdown(zh, (s) => englishFor.get(s.ordinal));
    expect(rebuilt.fallbackOrdinals).toEqual([]);
    expect(rebuilt.markdown).toContain(
      'The Futian Mangrove National Nature Reserve lies on the northern shore of Shenzhen Bay in Guangdong Province. It covers 367.64 hectares',
    );
    expect(rebuilt.markdown).toContain('Its mangroves, mainly *Kandelia obovata* and *Avicennia marina*, shelter');
    expect(rebuilt.markdown).toContain('- **Methodology:** [Mangrove conservation carbon sink methodology](https://bluecarbon.example.org/methodology/1.0)');

    const back = await rebuildMarkdown(en, (s) => zh.segments[s.ordinal].text);
    expect(back.markdown).toContain('福田红树林国家级自然保护区位于广东省深圳湾北岸。保护区面积367.64公顷');
  });

  it('lets a translator move markup, escapes Markdown typed as text, and marks fallbacks', async () => {
    const doc = await segmentMarkdown('The **reserve** covers [367.64 ha](https://example.org). It is protected.', 'en');
    const rebuilt = await rebuildMarkdown(doc, (s) => (s.ordinal === 0 ? '保护区面积为{2}367.64公顷{/2}，即{1}保护区{/1}的全部 *面积*。' : null));
    expect(rebuilt.markdown.trim()).toBe('保护区面积为[367.64公顷](https://example.org)，即**保护区**的全部 \\*面积\\*。It is protected.');
    expect(rebuilt.fallbackOrdinals).toEqual([1]);
  });

  it('survives broken placeholders in a draft (unknown, unclosed, stray) without losing text', async () => {
    const doc = await segmentMarkdown('The **reserve** is large.', 'en');
    // {/3} and {7} are not this segment's placeholders: they stay as text for QA to report.
    const rebuilt = await rebuildMarkdown(doc, () => '保护区{1}很大{/3}{7}。');
    expect(rebuilt.markdown.trim()).toBe('保护区**很大{/3}{7}。**');
    const stray = await rebuildMarkdown(doc, () => '保护区{/1}很大。');
    expect(stray.markdown.trim()).toBe('保护区很大。');
  });

  it('renders HTML without passing raw HTML through', async () => {
    const html = await renderHtml('# Title\n\n**Mangroves** <script>alert(1)</script> store carbon.');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>Mangroves</strong>');
    expect(html).not.toContain('<script>');
  });
});
