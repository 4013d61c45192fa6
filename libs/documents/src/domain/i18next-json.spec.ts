import { DocumentsEngineError, DocumentsErrorCode } from './errors';
import { exportI18nextJson, flattenKeys, importI18nextJson, missingKeys, pluralCategories, unflattenKeys, type UiString, unknownKeys } from './i18next-json';

const strings: UiString[] = [
  { key: 'projects.title', text: 'Projects' },
  { key: 'projects.count', plural: { one: '{{count}} project', many: '{{count}} de projetos', other: '{{count}} projects' } },
  { key: 'credits.sold', plural: { one: '{{count}} credit sold', other: '{{count}} credits sold' } },
];

describe('i18next JSON v4', () => {
  it('takes plural suffixes from Intl.PluralRules: zh only _other, en _one/_other, pt-BR _one/_many/_other', () => {
    expect(pluralCategories('zh-CN')).toEqual(['other']);
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('pt-BR')).toEqual(['one', 'many', 'other']);
  });

  it('exports nested JSON with the locale’s plural keys and reports missing forms', () => {
    const en = exportI18nextJson(strings, 'en');
    expect(en.resource).toEqual({
      credits: { sold_one: '{{count}} credit sold', sold_other: '{{count}} credits sold' },
      projects: { count_one: '{{count}} project', count_many: '{{count}} de projetos', count_other: '{{count}} projects', title: 'Projects' },
    });
    expect(en.missing).toEqual([]);
    // English has no "many": written out as stored, and named as a form no count selects.
    expect(en.unused).toEqual([{ key: 'projects.count_many', usedInstead: ['projects.count_one', 'projects.count_other'] }]);

    const zh = exportI18nextJson(
      [
        { key: 'projects.title', text: '项目' },
        { key: 'projects.count', plural: { other: '{{count}}个项目' } },
      ],
      'zh-CN',
    );
    expect(zh.resource).toEqual({ projects: { count_other: '{{count}}个项目', title: '项目' } });
    expect(JSON.parse(zh.json)).toEqual(zh.resource);

    const pt = exportI18nextJson(strings, 'pt-BR');
    expect(Object.keys(flattenKeys(pt.resource)).sort()).toEqual([
      'credits.sold_one',
      'credits.sold_other',
      'projects.count_many',
      'projects.count_one',
      'projects.count_other',
      'projects.title',
    ]);
    expect(pt.missing).toEqual(['credits.sold_many']);
  });

  it('imports plural groups per locale, reporting forms the locale lacks or does not have', () => {
    const json = JSON.stringify({
      projects: { title: 'Projetos', count_one: '{{count}} projeto', count_other: '{{count}} projetos' },
      help: { other_topics: 'Outros assuntos' },
    });
    const pt = importI18nextJson(json, 'pt-BR');
    expect(pt.strings).toEqual([
      { key: 'help.other_topics', text: 'Outros assuntos' },
      { key: 'projects.count', plural: { one: '{{count}} projeto', other: '{{count}} projetos' } },
      { key: 'projects.title', text: 'Projetos' },
    ]);
    expect(pt.missing).toEqual(['projects.count_many']);

    const zh = importI18nextJson(JSON.stringify({ count_one: '一个', count_other: '{{count}}个' }), 'zh-CN');
    expect(zh.strings).toEqual([{ key: 'count', plural: { one: '一个', other: '{{count}}个' } }]);
    expect(zh.unused).toEqual([{ key: 'count_one', usedInstead: ['count_other'] }]);
    expect(zh.missing).toEqual([]);
  });

  it('flattens and unflattens nested keys, round trip', () => {
    const nested = { a: { b: { c: 'x' }, d: 'y' }, e: 'z' };
    expect(flattenKeys(nested)).toEqual({ 'a.b.c': 'x', 'a.d': 'y', e: 'z' });
    expect(unflattenKeys(flattenKeys(nested))).toEqual(nested);
  });

  it('refuses what is not a namespace: bad JSON, arrays, keys with dots, string/object clashes, oversized files', () => {
    const code = (run: () => unknown): DocumentsErrorCode | undefined => {
      try {
        run();
      } catch (error) {
        return (error as DocumentsEngineError).code;
      }
      return undefined;
    };
    expect(code(() => importI18nextJson('{"a": ', 'en'))).toBe(DocumentsErrorCode.I18nextInvalid);
    expect(code(() => importI18nextJson('["a"]', 'en'))).toBe(DocumentsErrorCode.I18nextInvalid);
    expect(code(() => importI18nextJson('{"a": [1]}', 'en'))).toBe(DocumentsErrorCode.I18nextInvalid);
    expect(code(() => importI18nextJson('{"a.b": "x"}', 'en'))).toBe(DocumentsErrorCode.I18nextInvalid);
    expect(code(() => importI18nextJson(JSON.stringify({ group: { ['k'.repeat(251)]: 'x' } }), 'en'))).toBe(DocumentsErrorCode.I18nextInvalid);
    expect(importI18nextJson(JSON.stringify({ group: { ['k'.repeat(250)]: 'x' } }), 'en').strings).toHaveLength(1);
    expect(code(() => unflattenKeys({ a: 'x', 'a.b': 'y' }))).toBe(DocumentsErrorCode.I18nextInvalid);
    expect(code(() => importI18nextJson(JSON.stringify({ a: 'x'.repeat(100) }), 'en', 50))).toBe(DocumentsErrorCode.FileTooLarge);
  });
});

describe('i18next JSON v4: zero and ordinal forms', () => {
  const english = JSON.stringify({
    partners_zero: 'No partners yet',
    partners_one: '{{count}} partner',
    partners_other: '{{count}} partners',
    place_ordinal_one: '{{count}}st place',
    place_ordinal_two: '{{count}}nd place',
    place_ordinal_few: '{{count}}rd place',
    place_ordinal_other: '{{count}}th place',
  });

  it('keeps _zero and every ordinal form of the locale through import and export', () => {
    const imported = importI18nextJson(english, 'en');
    expect(imported).toMatchObject({ unused: [], missing: [] });
    expect(imported.strings).toEqual([
      { key: 'partners', plural: { zero: 'No partners yet', one: '{{count}} partner', other: '{{count}} partners' } },
      { key: 'place_ordinal', plural: { one: '{{count}}st place', two: '{{count}}nd place', few: '{{count}}rd place', other: '{{count}}th place' } },
    ]);
    const exported = exportI18nextJson(imported.strings, 'en');
    expect(exported.resource).toEqual(JSON.parse(english));
    expect(exported.missing).toEqual([]);
  });

  it('names the missing forms: ordinal ones by the ordinal rules, never _zero', () => {
    const partial = importI18nextJson(
      JSON.stringify({ place_ordinal_one: '{{count}}st', place_ordinal_other: '{{count}}th', sites_other: '{{count}} sites' }),
      'en',
    );
    expect(partial.missing).toEqual(['place_ordinal_two', 'place_ordinal_few', 'sites_one']);
    expect(exportI18nextJson(partial.strings, 'en').missing).toEqual(['place_ordinal_two', 'place_ordinal_few', 'sites_one']);
    // Portuguese ordinals have one form; a Chinese _zero is kept like any other.
    expect(importI18nextJson(JSON.stringify({ place_ordinal_one: '{{count}}º', place_ordinal_other: '{{count}}º lugar' }), 'pt-BR').unused).toEqual([
      { key: 'place_ordinal_one', usedInstead: ['place_ordinal_other'] },
    ]);
    expect(importI18nextJson(JSON.stringify({ sites_zero: '还没有地点', sites_other: '{{count}}个地点' }), 'zh-CN').strings).toEqual([
      { key: 'sites', plural: { zero: '还没有地点', other: '{{count}}个地点' } },
    ]);
  });

  it('loads in real i18next with the expected strings', async () => {
    const { createInstance } = await import('i18next');
    const portuguese = JSON.stringify({
      partners_zero: 'Nenhum parceiro',
      partners_one: '{{count}} parceiro',
      partners_many: '{{count}} de parceiros',
      partners_other: '{{count}} parceiros',
      place_ordinal_other: '{{count}}º lugar',
    });
    const resources = {
      en: { translation: exportI18nextJson(importI18nextJson(english, 'en').strings, 'en').resource },
      'pt-BR': { translation: exportI18nextJson(importI18nextJson(portuguese, 'pt-BR').strings, 'pt-BR').resource },
    };
    const i18n = createInstance();
    await i18n.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });
    const t = (lng: string, key: string, options: Record<string, unknown>): string => i18n.t(key, { lng, ...options }) as string;
    expect([0, 1, 5].map((count) => t('en', 'partners', { count }))).toEqual(['No partners yet', '1 partner', '5 partners']);
    expect([1, 2, 3, 4, 11, 22].map((count) => t('en', 'place', { count, ordinal: true }))).toEqual([
      '1st place',
      '2nd place',
      '3rd place',
      '4th place',
      '11th place',
      '22nd place',
    ]);
    expect([0, 1, 2, 1_000_000].map((count) => t('pt-BR', 'partners', { count }))).toEqual([
      'Nenhum parceiro',
      '1 parceiro',
      '2 parceiros',
      '1000000 de parceiros',
    ]);
    expect(t('pt-BR', 'place', { count: 3, ordinal: true })).toBe('3º lugar');
  });
});

describe('i18next JSON v4: forms a locale does not have', () => {
  // Copied from the English file and translated: zh-CN has no "one" category in CLDR.
  const chinese = { sites_one: '一个地点', sites_other: '{{count}}个地点', title: '地点' };

  it('keeps them through import and export, and reports them as unused both ways', () => {
    const imported = importI18nextJson(JSON.stringify(chinese), 'zh-CN');
    expect(imported).toMatchObject({ unused: [{ key: 'sites_one', usedInstead: ['sites_other'] }], missing: [] });
    const exported = exportI18nextJson(imported.strings, 'zh-CN');
    expect(exported.resource).toEqual(chinese);
    expect(exported.unused).toEqual(imported.unused);
    expect(exportI18nextJson(imported.strings, 'en').unused).toEqual([]);
  });

  it('matches what real i18next does with them: loaded, never selected by a count', async () => {
    const { createInstance } = await import('i18next');
    const exported = exportI18nextJson(importI18nextJson(JSON.stringify(chinese), 'zh-CN').strings, 'zh-CN').resource;
    const i18n = createInstance();
    await i18n.init({ resources: { 'zh-CN': { translation: exported } }, lng: 'zh-CN', fallbackLng: false, interpolation: { escapeValue: false } });
    expect([0, 1, 2].map((count) => i18n.t('sites', { count }))).toEqual(['0个地点', '1个地点', '2个地点']);
    expect(i18n.t('sites_one')).toBe('一个地点');
  });
});

describe('missing and unknown keys against the source namespace', () => {
  const source = [
    { key: 'nav.home', text: 'Home' },
    { key: 'title', text: 'Partners' },
    { key: 'partners', plural: { one: '{{count}} partner', other: '{{count}} partners' } },
  ];

  it('counts a key absent, blank, or with every plural form blank as missing', () => {
    const translation = [
      { key: 'nav.home', text: '  ' },
      { key: 'partners', plural: { one: '', other: '' } },
    ];
    expect(missingKeys(source, translation)).toEqual(['nav.home', 'title', 'partners']);
    expect(
      missingKeys(source, [
        { key: 'nav.home', text: 'Início' },
        { key: 'title', text: 'Parceiros' },
        { key: 'partners', plural: { other: '{{count}} parceiros' } },
      ]),
    ).toEqual([]);
  });

  it('names the keys the source does not have', () => {
    expect(
      unknownKeys(source, [
        { key: 'nav.home', text: 'Início' },
        { key: 'nav.hom', text: 'Início' },
      ]),
    ).toEqual(['nav.hom']);
  });
});
