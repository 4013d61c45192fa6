import en from './locales/en.json';
import ptBR from './locales/pt-BR.json';
import zhCN from './locales/zh-CN.json';

/** Every key of a bundle, plurals folded (`overdue_one`, `overdue_other` → `overdue`): Chinese has no `_one`. */
function keys(bundle: object, prefix = ''): string[] {
  return Object.entries(bundle)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(zero|one|other)$/, '')}`],
    )
    .filter((key, index, all) => all.indexOf(key) === index)
    .sort();
}

describe('the web portal in three languages', () => {
  it('has every English string in Chinese and in Portuguese', () => {
    expect(keys(zhCN)).toEqual(keys(en));
    expect(keys(ptBR)).toEqual(keys(en));
  });

  it('writes no Latin words in the Chinese UI strings (product names and placeholders aside)', () => {
    const latin = (bundle: object, path = ''): string[] =>
      Object.entries(bundle).flatMap(([key, value]) =>
        typeof value === 'object' && value !== null
          ? latin(value as object, `${path}${key}.`)
          : /[A-Za-z]{2,}/.test(String(value).replace(/\{\{\w+\}\}/g, ''))
            ? [`${path}${key}`]
            : [],
      );
    expect(latin(zhCN)).toEqual([]);
  });
});
