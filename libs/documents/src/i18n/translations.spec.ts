import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DocumentsErrorCode } from '../engine/errors';
import { DOCUMENTS_TRANSLATIONS } from './translations';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));
}

function lookup(tree: Tree, key: string): string | undefined {
  const value = key.split('.').reduce<Tree | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  return typeof value === 'string' ? value : undefined;
}

const variables = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Every `finding(check, severity, detail, { params })` call in qa.ts, read from the source. */
function qaFindings(): { key: string; params: string[] }[] {
  const source = readFileSync(path.join(__dirname, '../engine/qa.ts'), 'utf8');
  return [...source.matchAll(/finding\('(\w+)', '(?:error|warning)', '(\w+)'(, \{)?/g)].map((m) => {
    let params: string[] = [];
    if (m[3]) {
      // The params object literal (balanced braces), nested calls and strings removed, split on commas.
      let depth = 1;
      let end = (m.index ?? 0) + m[0].length;
      for (; depth > 0; end++) depth += source[end] === '{' ? 1 : source[end] === '}' ? -1 : 0;
      let body = source.slice((m.index ?? 0) + m[0].length, end - 1);
      for (let before = ''; before !== body; ) {
        before = body;
        body = body.replace(/\([^()]*\)|\[[^[\]]*\]|`[^`]*`|'[^']*'|\{[^{}]*\}/g, '');
      }
      params = body.split(',').map((part) => part.split(':')[0].trim()).filter(Boolean);
    }
    return { key: `documents.qa.${m[1]}.${m[2]}`, params };
  });
}

describe('documents messages', () => {
  const en = DOCUMENTS_TRANSLATIONS.en as Tree;

  it('have the same keys and interpolation variables in every locale', () => {
    for (const [locale, bundle] of Object.entries(DOCUMENTS_TRANSLATIONS)) {
      expect({ locale, keys: keysOf(bundle as Tree).sort() }).toEqual({ locale, keys: keysOf(en).sort() });
      for (const key of keysOf(en)) expect({ locale, key, vars: variables(lookup(bundle as Tree, key) ?? '') }).toEqual({ locale, key, vars: variables(lookup(en, key) ?? '') });
    }
  });

  it('cover every QA finding, using only the params the finding carries', () => {
    const findings = qaFindings();
    expect(findings.length).toBe(19);
    for (const { key, params } of findings) {
      const text = lookup(en, key);
      expect({ key, present: text !== undefined }).toEqual({ key, present: true });
      for (const variable of variables(text ?? '')) expect({ key, variable, carried: params.includes(variable) }).toEqual({ key, variable, carried: true });
    }
  });

  it('give every error code a title and a detail', () => {
    for (const code of Object.values(DocumentsErrorCode)) {
      expect({ code, title: typeof lookup(en, `errors.${code}.title`), detail: typeof lookup(en, `errors.${code}.detail`) }).toEqual({ code, title: 'string', detail: 'string' });
    }
    expect(readdirSync(__dirname).filter((f) => f.endsWith('.json')).sort()).toEqual(['en.json', 'pt-BR.json', 'zh-CN.json']);
  });
});
