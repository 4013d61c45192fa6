import { DocumentsEngineError, DocumentsErrorCode } from './errors';
import { exportI18nextJson, flattenKeys, importI18nextJson, pluralCategories, unflattenKeys, type UiString } from './i18next-json';

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
      projects: { count_one: '{{count}} project', count_other: '{{count}} projects', title: 'Projects' },
    });
    expect(en.missing).toEqual([]);

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
    expect(Object.keys(flattenKeys(pt.resource)).sort()).toEqual(['credits.sold_one', 'credits.sold_other', 'projects.count_many', 'projects.count_one', 'projects.count_other', 'projects.title']);
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

    const zh = importI18nextJson(JSON.stringify({ count_one: '{{count}}个', count_other: '{{count}}个' }), 'zh-CN');
    expect(zh.strings).toEqual([{ key: 'count', plural: { other: '{{count}}个' } }]);
    expect(zh.unexpected).toEqual(['count_one']);
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
    expect(code(() => unflattenKeys({ a: 'x', 'a.b': 'y' }))).toBe(DocumentsErrorCode.I18nextInvalid);
    expect(code(() => importI18nextJson(JSON.stringify({ a: 'x'.repeat(100) }), 'en', 50))).toBe(DocumentsErrorCode.FileTooLarge);
  });
});
