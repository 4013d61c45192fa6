import en from './locales/en.json';
import ptBR from './locales/pt-BR.json';
import zhCN from './locales/zh-CN.json';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
}

describe('platform messages', () => {
  const reference = keysOf(en).sort();

  it.each([
    ['zh-CN', zhCN],
    ['pt-BR', ptBR],
  ])('%s has exactly the English keys', (_locale, bundle) => {
    expect(keysOf(bundle).sort()).toEqual(reference);
  });

  it.each([
    ['zh-CN', zhCN],
    ['pt-BR', ptBR],
  ])('%s keeps every interpolation placeholder of the English text', (_locale, bundle) => {
    const lookup = (tree: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;
    for (const key of reference) {
      expect({ key, placeholders: placeholders(lookup(bundle, key)) }).toEqual({ key, placeholders: placeholders(lookup(en, key)) });
    }
  });
});
