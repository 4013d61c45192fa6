import { rebuildHtml, renderHtml } from './rebuild';
import { segmentMarkdown } from './segmenter';

/** Every URL an `href` or `src` attribute of the rendered HTML carries. */
function urlsOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]);
}

describe('renderHtml keeps only safe URLs', () => {
  const unsafe: [string, string][] = [
    ['a javascript: link', '[go](javascript:alert(1))'],
    ['a mixed-case scheme', '[go](JaVaScRiPt:alert(1))'],
    ['a vbscript: link', '[go](vbscript:msgbox(1))'],
    ['a data: link', '[go](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zy8+)'],
    ['a javascript: image', '![x](javascript:alert(1))'],
    ['an entity-encoded scheme', '[go](jav&#x61;script&#58;alert(1))'],
    ['a named-entity colon', '[go](javascript&colon;alert(1))'],
    ['a whitespace-prefixed scheme', '[go](< javascript:alert(1)>)'],
    ['a tab inside the scheme', '[go](<java\tscript:alert(1)>)'],
    ['an autolink', '<javascript:alert(1)>'],
    ['a reference-style link', '[go][evil]\n\n[evil]: javascript:alert(1)'],
    ['a reference-style image', '![x][evil]\n\n[evil]: data:image/png;base64,AAAA'],
    ['raw HTML anchor', '<a href="javascript:alert(1)">go</a>'],
    ['raw HTML image', '<img src="javascript:alert(1)" onerror="alert(1)">'],
    ['inline raw HTML', 'Mangroves <a href="vbscript:x">here</a> store carbon.'],
  ];

  it.each(unsafe)('drops %s', async (_name, markdown) => {
    const html = await renderHtml(markdown);
    for (const url of urlsOf(html)) expect(url).toMatch(/^(https?:|mailto:|[^:]*$)/i);
    expect(html).not.toMatch(/<[^>]*(javascript:|vbscript:|data:|\son\w+=)/i);
  });

  const safe: [string, string, string][] = [
    ['an https link', '[site](https://example.org/a?b=1)', 'href="https://example.org/a?b=1"'],
    ['an http image', '![map](http://example.org/map.png)', 'src="http://example.org/map.png"'],
    ['a mailto link', '[mail](mailto:team@example.org)', 'href="mailto:team@example.org"'],
    ['a relative link', '[doc](../methodology/v1#section)', 'href="../methodology/v1#section"'],
    ['a fragment', '[top](#top)', 'href="#top"'],
    ['a reference-style link', '[site][ref]\n\n[ref]: https://example.org', 'href="https://example.org"'],
  ];

  it.each(safe)('keeps %s', async (_name, markdown, expected) => {
    expect(await renderHtml(markdown)).toContain(expected);
  });

  it('keeps footnotes linked to their notes', async () => {
    const html = await renderHtml('Carbon[^1].\n\n[^1]: Measured in 2025.');
    const target = html.match(/href="#(user-content-fn-1)"/)?.[1];
    expect(target).toBeDefined();
    expect(html).toContain(`id="${target}"`);
  });
});

describe('rendering a translation', () => {
  it('marks source-language fallback with its lang and a class, and labels footnotes in the locale', async () => {
    const source = await segmentMarkdown('Mangroves store carbon. They grow fast.[^1]\n\n[^1]: Measured in 2025.', 'en');
    const zh: Record<number, string> = { 0: '红树林储存碳。', 2: '2025年测得。' };
    const html = await rebuildHtml(source, (segment) => zh[segment.ordinal], 'zh-CN');
    expect(html).toContain('<p>红树林储存碳。<span lang="en" class="source-fallback">They grow fast.');
    expect(html).toContain('脚注');
    expect(html).not.toContain('Footnotes');
    const pt = await rebuildHtml(source, () => undefined, 'pt-BR');
    expect(pt).toContain('Notas de rodapé');
    // The source itself has no fallback to mark.
    expect(await rebuildHtml(source, () => undefined, 'en')).not.toContain('source-fallback');
  });
});
