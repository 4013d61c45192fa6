import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { addTranslations, hasTranslation } from '../i18n/i18n';
import { type Locale, SUPPORTED_LOCALES } from '../i18n/negotiate-locale';
import { type ProblemCatalogue, problemMessageKeys } from '../http/problem.exception';

type Tree = { readonly [key: string]: unknown };

export interface TranslationCoverage {
  /** The lib's message files, one per supported locale. */
  bundles: Readonly<Record<Locale, Tree>>;
  /** Its problem catalogue: every code needs `errors.<code>.title|detail`. */
  problems?: ProblemCatalogue<string>;
  /**
   * Other keys the code builds (issue names, QA messages). With placeholder names, the
   * English text may use only those: they are all the code passes.
   */
  keys?: readonly string[] | Readonly<Record<string, readonly string[]>>;
  /**
   * A source folder whose field errors (`rule: 'name'`) need `validation.<name>`, in this lib's
   * files or the platform's.
   */
  rulesIn?: string;
}

/** Every leaf key of a message tree, dotted (`errors.not_found.title`). */
export function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as Tree, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function lookup(tree: Tree, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
  return typeof value === 'string' ? value : undefined;
}

function placeholders(text: string | undefined): string[] {
  return [...(text ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    // Spec helpers (this file among them) send no field errors.
    if (statSync(full).isDirectory()) return name === 'testing' ? [] : sourceFiles(full);
    return full.endsWith('.ts') && !full.endsWith('.spec.ts') ? [full] : [];
  });
}

/**
 * The one translation-coverage spec every lib runs on its message files: the same keys and
 * placeholders in zh-CN, en and pt-BR, and a message for everything the lib can send.
 */
export function describeTranslations(name: string, coverage: TranslationCoverage): void {
  const { bundles } = coverage;
  const reference = keysOf(bundles.en).sort();

  describe(`${name} translations`, () => {
    it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('%s has exactly the English keys and placeholders', (locale) => {
      expect(keysOf(bundles[locale]).sort()).toEqual(reference);
      for (const key of reference) {
        expect({ key, placeholders: placeholders(lookup(bundles[locale], key)) }).toEqual({ key, placeholders: placeholders(lookup(bundles.en, key)) });
      }
    });

    if (coverage.problems) {
      const codes = coverage.problems.codes;
      it('has a title and a detail for every problem code', () => {
        expect(codes.length).toBeGreaterThan(0);
        for (const code of codes) expect(reference).toEqual(expect.arrayContaining(problemMessageKeys(code)));
      });
    }

    if (coverage.keys) {
      const keys = coverage.keys;
      it('has every message the code builds, using only the placeholders it passes', () => {
        for (const key of Array.isArray(keys) ? keys : Object.keys(keys)) {
          expect({ key, present: reference.includes(key) }).toEqual({ key, present: true });
          if (Array.isArray(keys)) continue;
          const passed = (keys as Readonly<Record<string, readonly string[]>>)[key] ?? [];
          for (const variable of placeholders(lookup(bundles.en, key)))
            expect({ key, variable, passed: passed.includes(variable) }).toEqual({ key, variable, passed: true });
        }
      });
    }

    if (coverage.rulesIn) {
      const dir = coverage.rulesIn;
      it('has a message for every field-error rule the code sends', () => {
        addTranslations(bundles as unknown as Parameters<typeof addTranslations>[0]);
        const text = sourceFiles(dir)
          .map((file) => readFileSync(file, 'utf8'))
          .join('\n');
        const rules = new Set([...text.matchAll(/rule: '([A-Za-z]+)'/g)].map((match) => match[1] ?? ''));
        for (const locale of SUPPORTED_LOCALES) {
          for (const rule of rules) expect({ locale, rule, ok: hasTranslation(locale, `validation.${rule}`) }).toEqual({ locale, rule, ok: true });
        }
      });
    }
  });
}
