import { METHODOLOGY_ERROR_CODES, NAMED_ISSUE_CODES } from '../methodology-problems';
import en from './en.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (value && typeof value === 'object' ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
const lookup = (tree: object, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string;

describe('methodology messages', () => {
  const reference = keysOf(en).sort();

  it('has a title and detail for every error code and a name for every named issue kind', () => {
    for (const code of METHODOLOGY_ERROR_CODES) expect(reference).toEqual(expect.arrayContaining([`errors.${code}.title`, `errors.${code}.detail`]));
    for (const code of NAMED_ISSUE_CODES) expect(reference).toContain(`methodology.issues.${code}`);
  });

  it.each([
    ['zh-CN', zhCN],
    ['pt-BR', ptBR],
  ])('%s has exactly the English keys and placeholders', (_locale, bundle) => {
    expect(keysOf(bundle).sort()).toEqual(reference);
    for (const key of reference) expect({ key, p: placeholders(lookup(bundle, key)) }).toEqual({ key, p: placeholders(lookup(en, key)) });
  });
});
