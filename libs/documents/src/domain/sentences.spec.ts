import { alignSegments } from './aligner';
import { segmentMarkdown } from './segmenter';

const sentences = async (text: string, locale: string, rules?: 1 | 2): Promise<string[]> =>
  (await segmentMarkdown(text, locale, rules)).segments.map((s) => s.text);

describe('sentences: abbreviations per locale and quoted speech', () => {
  it('does not end a sentence after an initialism', async () => {
    expect(await sentences('The U.S. EPA agrees! The U.N. report follows.', 'en')).toEqual(['The U.S. EPA agrees!', 'The U.N. report follows.']);
  });

  it('keeps each language its own abbreviations', async () => {
    expect(await sentences('O Sr. Silva chegou. Veja a pág. 3 do relatório. A Av. Atlântica fica ao lado.', 'pt-BR')).toEqual([
      'O Sr. Silva chegou.',
      'Veja a pág. 3 do relatório.',
      'A Av. Atlântica fica ao lado.',
    ]);
    expect(await sentences('Planting began in Aug. 2024 at Acme Corp. sites. Then it rained.', 'en')).toEqual([
      'Planting began in Aug. 2024 at Acme Corp. sites.',
      'Then it rained.',
    ]);
    // A Latin-script passage in a Chinese document reads with the English list.
    expect(await sentences('参见 Fig. 3。美国 U.S. EPA 同意。', 'zh-CN')).toEqual(['参见 Fig. 3。', '美国 U.S. EPA 同意。']);
  });

  it('keeps quoted speech whole, the closing quote with its sentence', async () => {
    expect(await sentences('He said "Stop. Now." Then he left.', 'en')).toEqual(['He said "Stop. Now."', 'Then he left.']);
    expect(await sentences('She wrote: “Plant more. Measure often.” It worked.', 'en')).toEqual(['She wrote: “Plant more. Measure often.”', 'It worked.']);
    expect(await sentences('他说：“停下。现在。”然后离开。', 'zh-CN')).toEqual(['他说：“停下。现在。”', '然后离开。']);
    expect(await sentences('“红树林很重要。”他说。', 'zh-CN')).toEqual(['“红树林很重要。”', '他说。']);
    expect(await sentences('Ela disse: "Pare. Agora." Depois saiu.', 'pt-BR')).toEqual(['Ela disse: "Pare. Agora."', 'Depois saiu.']);
  });

  it('does not let a quote that never closes swallow the paragraph', async () => {
    expect(await sentences('He said "Stop. Then he left. Nobody followed.', 'en')).toEqual(['He said "Stop.', 'Then he left.', 'Nobody followed.']);
  });

  it('keeps the first rules for revisions written with them', async () => {
    expect(await sentences('The U.S. EPA agrees!', 'en', 1)).toEqual(['The U.S.', 'EPA agrees!']);
  });

  it('keeps the ids of unchanged sentences when a revision written with the first rules is revised with the current ones', async () => {
    const markdown = 'Mangroves store carbon. The U.S. EPA agrees! Restoration pays.\n\nMonitoring is yearly.';
    const before = (await segmentMarkdown(markdown, 'en', 1)).segments.map((s, i) => ({ id: `s${i}`, hash: s.hash, text: s.text }));
    const after = await segmentMarkdown(markdown, 'en');
    const aligned = alignSegments(before, after.segments);
    const byText = Object.fromEntries(aligned.segments.map((a) => [after.segments[a.index].text, a.previousId ?? null]));
    expect(byText).toEqual({
      'Mangroves store carbon.': 's0',
      'The U.S. EPA agrees!': expect.anything(),
      'Restoration pays.': 's3',
      'Monitoring is yearly.': 's4',
    });
  });
});
