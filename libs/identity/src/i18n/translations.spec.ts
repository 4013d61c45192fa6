import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { hasTranslation, SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { registerIdentityTranslations } from './translations';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return full.endsWith('.ts') && !full.endsWith('.spec.ts') ? [full] : [];
  });
}

describe('identity translations', () => {
  registerIdentityTranslations();

  it('have the same keys in every locale', () => {
    const [en, ...others] = SUPPORTED_LOCALES.map((locale) =>
      keysOf(JSON.parse(readFileSync(path.join(__dirname, `${locale}.json`), 'utf8'))).sort(),
    );
    for (const keys of others) expect(keys).toEqual(en);
  });

  it('cover every error code and validation rule the lib throws, in every locale', () => {
    const text = sources(path.join(__dirname, '..')).map((file) => readFileSync(file, 'utf8')).join('\n');
    const codes = [...text.matchAll(/ProblemException\(\s*\d{3},\s*'([a-z_]+)'/g)].map((match) => match[1]);
    const rules = [...text.matchAll(/rule: '([A-Za-z]+)'/g)].map((match) => match[1]);
    expect(codes.length).toBeGreaterThan(10);
    for (const locale of SUPPORTED_LOCALES) {
      for (const code of new Set(codes)) {
        expect({ locale, code, title: hasTranslation(locale, `errors.${code}.title`), detail: hasTranslation(locale, `errors.${code}.detail`) }).toEqual({
          locale,
          code,
          title: true,
          detail: true,
        });
      }
      for (const rule of new Set(rules)) expect({ locale, rule, ok: hasTranslation(locale, `validation.${rule}`) }).toEqual({ locale, rule, ok: true });
    }
  });
});
