import { readdirSync } from 'node:fs';
import { loadMarkdownToolkit } from './markdown-toolkit';
import { FIXTURES, fixture } from './testing/fixtures';

/**
 * The toolkit leaves out the GFM table and literal-autolink constructs for a text without
 * their characters: the tree must be the one full GFM gives, positions included, on texts at
 * the edge of each (a table without pipes, autolinks in any case, an `@` as an entity).
 */
const EDGES = [
  'a\n:-\n',
  'a\n-:\n',
  'a\n-\n',
  'Heading\n---\n\nText: with a colon - and a dash.\n',
  '| a | b |\n| - | - |\n| 1 | 2 |\n',
  'a | b\n--|--\n',
  'See www.example.com and WWW.EXAMPLE.COM today.',
  'Go to https://example.com/a?b#c or HTTP://EXAMPLE.COM.',
  'Write to ops@example.org, or mailto:ops@example.org, or xmpp:ops@example.org/x.',
  'Not a link: x&#64;example.org, www&#46;example.com.',
  '~~gone~~ and ~one~\n\n- [ ] task\n- [x] done\n',
  'A note.[^1]\n\n[^1]: The note, see <https://example.com>.\n',
  '红树林储存碳。镇海湾有六十八公顷红树林：\n\n1. 第一\n2. 第二\n',
  '```\n| not a table |\n```\n\n    www.example.com in code\n',
  'Plot 1 stores 1 tonnes of carbon in mangrove soil. Plot 2 stores 2 tonnes.\n',
];

describe('the toolkit parses as full GFM', () => {
  it.each([
    ...EDGES.map((text, i) => [`edge ${i + 1}`, text]),
    ...readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.md'))
      .map((name) => [name, fixture(name)]),
  ])('%s', async (_name, markdown) => {
    const toolkit = await loadMarkdownToolkit();
    const { fromMarkdown } = await import('mdast-util-from-markdown');
    const { gfm } = await import('micromark-extension-gfm');
    const { gfmFromMarkdown } = await import('mdast-util-gfm');
    expect(toolkit.parse(markdown)).toEqual(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
  });

  it('leaves nothing out where the characters occur: tables, autolinks and e-mail addresses are found', async () => {
    const toolkit = await loadMarkdownToolkit();
    const types = (markdown: string): string[] => {
      const found: string[] = [];
      const walk = (node: { type: string; children?: unknown[] }): void => {
        found.push(node.type);
        (node.children as { type: string }[] | undefined)?.forEach(walk);
      };
      walk(toolkit.parse(markdown));
      return found;
    };
    expect(types('a\n:-\n')).toContain('table');
    expect(types('| a |\n| - |\n')).toContain('table');
    expect(types('www.example.com')).toContain('link');
    expect(types('HTTPS://EXAMPLE.COM')).toContain('link');
    expect(types('ops@example.org')).toContain('link');
    expect(types('Plain prose, no link.')).not.toContain('link');
  });
});
