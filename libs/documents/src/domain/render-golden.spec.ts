import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rebuildHtml, rebuildMarkdown, renderDocument, type TargetLookup } from './rebuild';
import { segmentMarkdown } from './segmenter';
import { FIXTURES, fixture } from './testing/fixtures';

/**
 * The render of two fixtures (markup, links, a table, a footnote, a block quote) with every
 * third segment left untranslated, so that source fallbacks sit between translations, and the
 * placeholders of each translation in reverse order. The expected Markdown and HTML were
 * written by the renderer before it was optimised: any change to its output fails here, byte
 * for byte. `UPDATE_RENDER_GOLDEN=1` rewrites them after an intended change.
 */
const CASES = ['project-description.en.md', 'methodology-section.en.md'];

/** Every third segment untranslated, the others with their placeholders in reverse order. */
const thirdsUntranslated: TargetLookup = (segment) => {
  if (segment.ordinal % 3 === 2) return undefined;
  const placeholders = segment.text.match(/\{\/?\d+\}/g) ?? [];
  return `译文${segment.ordinal}：${[...placeholders].reverse().join('甲')}。`.replace(/\{(\d+)\}甲\{\/\1\}/g, '{$1}甲{/$1}');
};

async function renderOf(name: string): Promise<{ markdown: string; html: string; fallbacks: number[] }> {
  const segmented = await segmentMarkdown(fixture(name), 'en');
  const target = thirdsUntranslated;
  const rebuilt = await rebuildMarkdown(segmented, target);
  return { markdown: rebuilt.markdown, html: await rebuildHtml(segmented, target, 'zh-CN'), fallbacks: rebuilt.fallbackOrdinals };
}

describe('render output is stable', () => {
  it.each(CASES)('%s renders to zh-CN exactly as before', async (name) => {
    const golden = path.join(FIXTURES, 'render-golden', `${name}.zh-CN.json`);
    const rendered = await renderOf(name);
    if (process.env.UPDATE_RENDER_GOLDEN === '1') writeFileSync(golden, `${JSON.stringify(rendered, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(golden, 'utf8')) as typeof rendered;
    expect(rendered.fallbacks.length).toBeGreaterThan(0);
    expect(rendered.html).toContain('class="source-fallback"');
    expect(rendered).toEqual(expected);
  });
});

describe('one tree for Markdown and HTML', () => {
  const sources = readdirSync(FIXTURES).filter((name) => name.endsWith('.md'));
  const lookups: Record<string, TargetLookup> = {
    'every third untranslated': thirdsUntranslated,
    'none translated': () => undefined,
    // Placeholders kept where they were: words replaced, markup around them.
    'all translated': (segment) => segment.text.replace(/\p{L}+/gu, 'palavra'),
    'odd ones in the source, with spaces': (segment) => (segment.ordinal % 2 ? undefined : ` texto ${segment.ordinal} `),
  };

  it.each(sources.flatMap((name) => Object.keys(lookups).map((lookup) => [name, lookup])))('%s (%s) renders as two trees did', async (name, lookup) => {
    const locale = name.includes('.zh-CN.') ? 'zh-CN' : name.includes('.pt-BR.') ? 'pt-BR' : 'en';
    const segmented = await segmentMarkdown(fixture(name), locale);
    const target = lookups[lookup];
    for (const renderLocale of [locale === 'en' ? 'zh-CN' : 'en', locale]) {
      const separate = await rebuildMarkdown(segmented, target);
      const together = await renderDocument(segmented, target, renderLocale);
      expect(together).toEqual({
        markdown: separate.markdown,
        html: await rebuildHtml(segmented, target, renderLocale),
        fallbackOrdinals: separate.fallbackOrdinals,
      });
    }
  });

  it('matches the golden renders', async () => {
    for (const name of CASES) {
      const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'render-golden', `${name}.zh-CN.json`), 'utf8')) as Awaited<ReturnType<typeof renderOf>>;
      const rendered = await renderDocument(await segmentMarkdown(fixture(name), 'en'), thirdsUntranslated, 'zh-CN');
      expect({ markdown: rendered.markdown, html: rendered.html, fallbacks: rendered.fallbackOrdinals }).toEqual(expected);
    }
  });
});
