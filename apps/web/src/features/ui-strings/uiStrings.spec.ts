import { completeness, downloadName, importableLocales } from './uiStrings';

const LOCALES = ['en', 'zh-CN', 'pt-BR'];

describe('UI strings', () => {
  it('offers an upload for the locales a translator or reviewer works in, every locale to an administrator', () => {
    expect(importableLocales([{ role: 'translator', locales: ['pt-BR'] }], LOCALES)).toEqual(['pt-BR']);
    expect(
      importableLocales(
        [
          { role: 'reviewer', locales: ['zh-CN'] },
          { role: 'translator', locales: ['en'] },
        ],
        LOCALES,
      ),
    ).toEqual(['en', 'zh-CN']);
    expect(importableLocales([{ role: 'steward', locales: [] }], LOCALES)).toEqual([]);
    expect(importableLocales([{ role: 'admin', locales: [] }], LOCALES)).toEqual(LOCALES);
  });

  it('names a download after its namespace and locale', () => {
    expect(downloadName('portal', 'pt-BR')).toBe('portal.pt-BR.json');
  });

  it('measures how much of the source a locale covers, rounding down so that 100 means nothing missing', () => {
    const gaps = (missing: number) => ({ locale: 'pt-BR', keys: 0, missingKeys: Array.from({ length: missing }, (_, i) => `k${i}`), missingPlurals: [] });
    expect(completeness(gaps(0), 3)).toBe(100);
    expect(completeness(gaps(1), 3)).toBe(66);
    expect(completeness(gaps(1), 1000)).toBe(99);
    expect(completeness(gaps(3), 3)).toBe(0);
    expect(completeness(gaps(0), 0)).toBe(100);
  });
});
