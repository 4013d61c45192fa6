import { DocumentsErrorCode } from './errors';
import { engineError } from './testing/engine-error';
import type { GlossaryConcept } from './glossary';
import { exportTbx, importTbx } from './tbx';
import { local, xpath } from './testing/xpath';
import { exportTmx, importTmx, sameLanguage } from './tmx';

describe('TMX 1.4b', () => {
  const units = [
    {
      sourceText: '恩平镇海湾有六十八公顷红树林。',
      targetText: 'Enping has 68 hectares of mangrove in Zhenhai Bay.',
      creationId: '李 & 王',
      changeDate: new Date('2026-11-30T08:09:10Z'),
      documentId: 'd-1',
      segmentId: 's-1',
    },
    {
      sourceText: '以{1}白骨壤{/1}为主{2}',
      targetText: 'Mostly {1}Avicennia marina{/1}{2}',
      creationId: 'maria',
      creationDate: '20250102T030405Z',
      changeDate: null,
      importedFrom: 'OmegaT',
      importedBy: 'Ana',
    },
  ];
  const xml = exportTmx({ sourceLocale: 'zh-CN', targetLocale: 'en', units });

  it('reads back in libxml2: one <tu> per pair, languages, origin as creationid/changedate and props', async () => {
    expect(await xpath(xml, `count(${local('//tu')})`)).toBe('2');
    expect(await xpath(xml, `string(${local('/tmx/header')}/@srclang)`)).toBe('zh-CN');
    expect(await xpath(xml, `string(${local('//tu')}[1]/@creationid)`)).toBe('李 & 王');
    expect(await xpath(xml, `string(${local('//tu')}[1]/@changedate)`)).toBe('20261130T080910Z');
    expect(await xpath(xml, `string(${local('//tu')}[1]/${local('prop')}[@type='x-bcp-document'])`)).toBe('d-1');
    expect(await xpath(xml, `string(${local('//tu')}[1]/${local('prop')}[@type='x-bcp-segment'])`)).toBe('s-1');
    expect(await xpath(xml, `string(${local('//tu')}[1]/${local('tuv')}[@xml:lang='en']/${local('seg')})`)).toBe(units[0].targetText);
    expect(await xpath(xml, `string(${local('//tu')}[2]/@creationdate)`)).toBe('20250102T030405Z');
    expect(await xpath(xml, `string(${local('//tu')}[2]/${local('prop')}[@type='x-bcp-imported-from'])`)).toBe('OmegaT');
    expect(await xpath(xml, `string(${local('//tu')}[2]/${local('prop')}[@type='x-bcp-imported-by'])`)).toBe('Ana');
    expect(await xpath(xml, `count(${local('//tu')}[2]/${local('tuv')}[@xml:lang='en']/${local('seg')}/${local('bpt')})`)).toBe('1');
    expect(await xpath(xml, `count(${local('//tu')}[2]/${local('tuv')}[@xml:lang='en']/${local('seg')}/${local('ph')})`)).toBe('1');
  });

  it('comes back through the import with texts and placeholders', () => {
    const read = importTmx(xml);
    expect(read.sourceLocale).toBe('zh-CN');
    expect(read.units.map((unit) => unit.variants)).toEqual(
      units.map((unit) => [
        { lang: 'zh-CN', text: unit.sourceText },
        { lang: 'en', text: unit.targetText },
      ]),
    );
  });

  it("reads another tool's file: its DOCTYPE (never fetched), <hi>, <ph>, <bpt>/<ept> and regional tags", () => {
    const other = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1"><header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" segtype="sentence" srclang="EN-US"/>
<body><tu tuid="7" creationid="maria" creationdate="20250102T030405Z"><tuv lang="EN-US"><seg>See <bpt i="1">&lt;b&gt;</bpt>Annex<ept i="1">&lt;/b&gt;</ept> <ph>&lt;br/&gt;</ph>now</seg></tuv>
<tuv lang="ZH-CN"><seg>见<hi>附件</hi><bpt i="1">&lt;b&gt;</bpt>B<ept i="1">&lt;/b&gt;</ept><ph/></seg></tuv></tu></body></tmx>`;
    const read = importTmx(other);
    expect(read.tool).toBe('OmegaT');
    expect(read.units[0]).toMatchObject({
      tuid: '7',
      creationId: 'maria',
      creationDate: '20250102T030405Z',
      variants: [
        { lang: 'EN-US', text: 'See {1}Annex{/1} {2}now' },
        { lang: 'ZH-CN', text: '见附件{1}B{/1}{2}' },
      ],
    });
    expect(sameLanguage('EN-US', 'en')).toBe(true);
    expect(sameLanguage('ZH-CN', 'zh-CN')).toBe(true);
    expect(sameLanguage('zh-TW', 'zh-CN')).toBe(false);
    expect(sameLanguage('pt-PT', 'pt-BR')).toBe(false);
  });

  it('refuses an internal DTD subset, a file that is not TMX, and too much input', () => {
    expect(engineError(() => importTmx('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x "y">]><tmx/>')).code).toBe(DocumentsErrorCode.XmlDoctypeForbidden);
    expect(engineError(() => importTmx('<xliff version="1.2"/>')).code).toBe(DocumentsErrorCode.TmxInvalid);
    expect(engineError(() => importTmx(xml, { maxBytes: 100 })).code).toBe(DocumentsErrorCode.FileTooLarge);
  });
});

describe('TBX-Basic', () => {
  const concepts: GlossaryConcept[] = [
    {
      id: 'mangrove',
      note: 'The intertidal forest <ecosystem>.',
      terms: {
        en: [
          { text: 'mangrove', status: 'preferred' },
          { text: 'mangrove swamp', status: 'forbidden' },
        ],
        'zh-CN': [{ text: '红树林', status: 'preferred' }],
      },
    },
    { id: 'carbon-sink', terms: { 'pt-BR': [{ text: 'sumidouro de carbono', status: 'admitted' }] } },
  ];
  const xml = exportTbx(concepts);

  it('reads back in libxml2: conceptEntry ids, languages, terms and administrative statuses', async () => {
    expect(await xpath(xml, `string(${local('/tbx')}/@type)`)).toBe('TBX-Basic');
    expect(await xpath(xml, `count(${local('//conceptEntry')})`)).toBe('2');
    expect(await xpath(xml, `string(${local('//conceptEntry')}[@id='mangrove']/${local('note')})`)).toBe('The intertidal forest <ecosystem>.');
    const status = (id: string, lang: string, term: string) =>
      xpath(
        xml,
        `string(${local('//conceptEntry')}[@id='${id}']/${local('langSec')}[@xml:lang='${lang}']/${local('termSec')}[${local('term')}='${term}']/${local('termNote')}[@type='administrativeStatus'])`,
      );
    expect(await status('mangrove', 'en', 'mangrove')).toBe('preferredTerm-admn-sts');
    expect(await status('mangrove', 'en', 'mangrove swamp')).toBe('deprecatedTerm-admn-sts');
    expect(await status('mangrove', 'zh-CN', '红树林')).toBe('preferredTerm-admn-sts');
    expect(await status('carbon-sink', 'pt-BR', 'sumidouro de carbono')).toBe('admittedTerm-admn-sts');
  });

  it('comes back through the import', () => {
    expect(importTbx(xml)).toEqual([
      {
        index: 1,
        id: 'mangrove',
        note: 'The intertidal forest <ecosystem>.',
        languages: [
          {
            lang: 'en',
            terms: [
              { text: 'mangrove', status: 'preferred' },
              { text: 'mangrove swamp', status: 'forbidden' },
            ],
          },
          { lang: 'zh-CN', terms: [{ text: '红树林', status: 'preferred' }] },
        ],
      },
      { index: 2, id: 'carbon-sink', note: null, languages: [{ lang: 'pt-BR', terms: [{ text: 'sumidouro de carbono', status: 'admitted' }] }] },
    ]);
  });

  it('reads TBX v2 (martif) as older tools write it', () => {
    const martif = `<martif type="TBX-Basic" xml:lang="en"><martifHeader/><text><body>
<termEntry id="C_1"><descrip type="definition">Blue carbon</descrip><langSet xml:lang="en"><tig><term>blue carbon</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig></langSet>
<langSet xml:lang="pt-BR"><ntig><termGrp><term>carbono azul</term></termGrp></ntig></langSet></termEntry></body></text></martif>`;
    expect(importTbx(martif)).toEqual([
      {
        index: 1,
        id: 'C_1',
        note: 'Blue carbon',
        languages: [
          { lang: 'en', terms: [{ text: 'blue carbon', status: 'forbidden' }] },
          { lang: 'pt-BR', terms: [{ text: 'carbono azul', status: null }] },
        ],
      },
    ]);
  });

  it('refuses a file that is not TBX and any internal DTD subset', () => {
    expect(engineError(() => importTbx('<tmx version="1.4"><body/></tmx>')).code).toBe(DocumentsErrorCode.TbxInvalid);
    expect(engineError(() => importTbx('<!DOCTYPE tbx [<!ENTITY a "aaaa">]><tbx/>')).code).toBe(DocumentsErrorCode.XmlDoctypeForbidden);
  });
});
