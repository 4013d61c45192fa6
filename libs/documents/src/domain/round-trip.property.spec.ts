import fc from 'fast-check';
import { loadMarkdownToolkit } from './markdown-toolkit';
import { rebuildMarkdown } from './rebuild';
import { segmentMarkdown } from './segmenter';
import { comparableTree } from './testing/fixtures';

// Random documents from realistic pieces: segmenting then rebuilding with the source texts
// must give back the same Markdown tree, whatever the mix of blocks, markup and languages.
const words = fc.constantFrom(
  'mangroves',
  'store',
  'carbon',
  'e.g.',
  'Fig. 3',
  'No. 5',
  '3,756',
  'tCO2e',
  'Futian',
  'i.e.',
  'et al.',
  'Dr. Chen',
  '38,745.44',
  '红树林',
  '碳汇',
  '蓝碳',
  '3.8万',
  '福田',
  '深圳湾',
  '方法学',
);
const ends = fc.constantFrom('.', '?', '!', '。', '？', '！', ':', '');
const sentence = fc.tuple(fc.array(words, { minLength: 1, maxLength: 6 }), ends).map(([w, end]) => `${w.join(' ')}${end}`);
const inline = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 1, arbitrary: sentence.map((s) => `**${s}**`) },
  { weight: 1, arbitrary: sentence.map((s) => `*${s}*`) },
  { weight: 1, arbitrary: sentence.map((s) => `[${s}](https://example.org/a)`) },
  { weight: 1, arbitrary: fc.constantFrom('`DBH`', '![plot](p.png)', 'https://example.org/x', '{1}', '<sup>2</sup>', 'contact@example.org', '[^1]') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'a*b',
      '\\*not bold\\*',
      'x_y_z',
      '&amp;',
      '[not a link]',
      '5 < 6',
      '**“碳汇”**是',
      'line  \nbreak',
      '***both***',
      '[**bold link**](https://example.org/b)',
      '~~gone~~',
      '{braces}',
    ),
  },
);
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
const block = fc.oneof(
  line.map((l) => l),
  line.map((l) => `## ${l}`),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n')),
  line.map((l) => `> ${l}`),
  fc.tuple(line, line).map(([a, b]) => `| ${a.replace(/\|/g, '')} | 68 |\n| --- | --- |\n| ${b.replace(/\|/g, '')} | x |`),
  fc.constant('```\nAGB = a × DBH^b\n```'),
);

describe('segment → rebuild round trip (property)', () => {
  it('gives back the same Markdown tree for random documents', async () => {
    const toolkit = await loadMarkdownToolkit();
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom('en', 'zh-CN', 'pt-BR'), async (blocks, locale) => {
        const markdown = `${blocks.join('\n\n')}\n\n[^1]: A footnote.`;
        const doc = await segmentMarkdown(markdown, locale);
        const rebuilt = await rebuildMarkdown(doc, () => undefined);
        expect(comparableTree(toolkit.parse(rebuilt.markdown))).toEqual(comparableTree(toolkit.parse(markdown)));
      }),
      { numRuns: Number(process.env.ROUND_TRIP_RUNS ?? 150) },
    );
  });
});
