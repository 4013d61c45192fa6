import { rebuildHtml, rebuildMarkdown, renderHtml } from './rebuild';
import { segmentMarkdown, type SegmentedDocument } from './segmenter';
import { validateXliff, validateXliff12 } from './testing/xliff-schema';
import { exportXliff20, xliffBlocksFor, type XliffExportInput } from './xliff-export';
import { importXliff } from './xliff-import';
import { exportXliff12 } from './xliff12-export';

const URL = 'https://example.org/zhenhai/seedlings.jpg';
const MARKDOWN = [
  `Volunteers plant ![young mangroves](${URL} "Zhenhai Bay, 2024") every spring.`,
  '',
  `![Kandelia obovata seedlings](${URL})`,
  '',
  `![](${URL})`,
  '',
].join('\n');

/** A translator's Chinese, placeholders kept as the segmenter numbered them. */
const CHINESE: Record<string, string> = {
  'Volunteers plant {1}young mangroves{2}Zhenhai Bay, 2024{/2}{/1} every spring.': '志愿者每年春天种植{1}红树林幼苗{2}镇海湾，2024年{/2}{/1}。',
  '{1}Kandelia obovata seedlings{/1}': '{1}秋茄幼苗{/1}',
};

describe('image alt text and title are translated inside their sentence', () => {
  let document: SegmentedDocument;
  beforeAll(async () => {
    document = await segmentMarkdown(MARKDOWN, 'en');
  });

  it('segments alt text and title as text in the image pair; an image without alt text stays out', () => {
    expect(document.segments.map((segment) => segment.text)).toEqual(Object.keys(CHINESE));
    const [inSentence] = document.segments;
    expect(inSentence.placeholders[1]).toMatchObject({ kind: 'paired', node: { type: 'image', url: URL } });
    expect(inSentence.placeholders[2]).toMatchObject({ kind: 'paired', node: { type: 'imageTitle' } });
  });

  it('keeps revisions written with rules 2 as they were segmented: the image one placeholder', async () => {
    const older = await segmentMarkdown(MARKDOWN, 'en', 2);
    expect(older.segments.map((segment) => segment.text)).toEqual(['Volunteers plant {1} every spring.']);
  });

  it('renders the alt text and title of the locale, the image address untouched', async () => {
    const html = await rebuildHtml(document, (segment) => CHINESE[segment.text], 'zh-CN');
    expect(html).toContain(`<img src="${URL}" alt="红树林幼苗" title="镇海湾，2024年">`);
    expect(html).toContain(`<img src="${URL}" alt="秋茄幼苗">`);
    expect(html).toContain(`<img src="${URL}" alt="">`);
    // An untranslated segment shows the source's words, marked as the source language.
    const partial = await rebuildHtml(document, (segment) => (segment.ordinal === 0 ? CHINESE[segment.text] : null), 'zh-CN');
    expect(partial).toContain(`<span lang="en" class="source-fallback"><img src="${URL}" alt="Kandelia obovata seedlings"></span>`);
  });

  it('exports Markdown with the translated alt text and title; a translation cannot reach the address', async () => {
    const { markdown } = await rebuildMarkdown(document, (segment) => CHINESE[segment.text]);
    expect(markdown).toContain(`志愿者每年春天种植![红树林幼苗](${URL} "镇海湾，2024年")。`);
    expect(markdown).toContain(`![秋茄幼苗](${URL})`);
    // Markdown typed into the alt text stays alt text; a dropped title falls back to the source's.
    const tampered = await rebuildMarkdown(document, (segment) =>
      segment.ordinal === 0 ? '志愿者种植{1}](https://evil.example/x.png) {/1}。' : '{1}秋茄{/1}',
    );
    const reread = await renderHtml(tampered.markdown);
    expect(reread).toContain(`src="${URL}"`);
    expect(reread).not.toMatch(/(src|href)="https:\/\/evil/);
    expect(tampered.tree.children[0]).toMatchObject({
      children: [{ type: 'text' }, { type: 'image', url: URL, alt: '](https://evil.example/x.png) ', title: 'Zhenhai Bay, 2024' }, { type: 'text' }],
    });
  });

  describe.each([
    ['2.0', exportXliff20, validateXliff],
    ['1.2', exportXliff12, validateXliff12],
  ] as const)('XLIFF %s', (version, exportXliff, validate) => {
    const input = (): XliffExportInput => ({
      fileId: 'doc-images',
      original: 'documents/images.md',
      sourceLocale: 'en',
      targetLocale: 'zh-CN',
      blocks: xliffBlocksFor(document, (segment) => ({ id: `s${segment.ordinal + 1}`, version: 0, state: 'untranslated' })),
    });

    it('carries the alt text and title as text inside the image code, valid against the schema, and back', async () => {
      const xml = exportXliff(input());
      expect(await validate(xml)).toEqual({ valid: true, errors: [] });
      if (version === '2.0') {
        expect(xml).toContain(
          `<pc id="p1_1" type="image" dispStart="![" dispEnd="](${URL})">young mangroves<pc id="p1_2" type="other" subType="bcp:imageTitle"`,
        );
      } else {
        expect(xml).toMatch(/<g id="[^"]+" ctype="x-image"[^>]*>young mangroves<g id="[^"]+" ctype="x-imageTitle"[^>]*>Zhenhai Bay, 2024<\/g><\/g>/);
      }
      // What a CAT tool gives back: the same codes around the translated words.
      const segments = importXliff(xml).segments;
      expect(segments.map((segment) => segment.sourceText)).toEqual(Object.keys(CHINESE));
      let translated = xml;
      for (const [source, target] of Object.entries(CHINESE)) {
        const words = (text: string) => text.split(/\{\/?\d\}/).filter(Boolean);
        const [sourceWords, targetWords] = [words(source), words(target)];
        translated = translated.replace(
          new RegExp(`(<source[^>]*>)((?:(?!</source>).)*?${escape(sourceWords[0])}(?:(?!</source>).)*)</source>`, 's'),
          (all, open, inner: string) => {
            let target = inner;
            sourceWords.forEach((word, i) => (target = target.replace(word, targetWords[i] ?? '')));
            return `${all}<target>${target}</target>`;
          },
        );
      }
      if (version === '2.0') translated = translated.replace(/<segment ([^>]*)state="initial"/g, '<segment $1state="translated"');
      const back = importXliff(translated).segments;
      expect(back.map((segment) => segment.targetText)).toEqual(Object.values(CHINESE));
    });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
