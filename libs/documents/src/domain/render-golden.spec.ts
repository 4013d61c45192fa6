import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rebuildHtml, rebuildMarkdown } from './rebuild';
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

async function renderOf(name: string): Promise<{ markdown: string; html: string; fallbacks: number[] }> {
  const segmented = await segmentMarkdown(fixture(name), 'en');
  const target = (segment: { ordinal: number; text: string }): string | undefined => {
    if (segment.ordinal % 3 === 2) return undefined;
    const placeholders = segment.text.match(/\{\/?\d+\}/g) ?? [];
    return `译文${segment.ordinal}：${[...placeholders].reverse().join('甲')}。`.replace(/\{(\d+)\}甲\{\/\1\}/g, '{$1}甲{/$1}');
  };
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
