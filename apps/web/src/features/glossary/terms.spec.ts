import { editableLocales, pageCount, pageFrom, sameTerms, sortTerms, termsToSave } from './terms';

describe('glossary terms', () => {
  it('orders preferred, admitted, forbidden, then by text', () => {
    expect(
      sortTerms([
        { text: 'mangrove swamp', status: 'forbidden' },
        { text: 'mangrove forest', status: 'admitted' },
        { text: 'mangrove', status: 'preferred' },
        { text: 'mangal', status: 'admitted' },
      ]).map((term) => term.text),
    ).toEqual(['mangrove', 'mangal', 'mangrove forest', 'mangrove swamp']);
    expect(sortTerms(undefined)).toEqual([]);
  });

  it('lets reviewers edit their own locales only, administrators every one, nobody else any', () => {
    expect(editableLocales([{ role: 'reviewer', locales: ['zh-CN'] }])).toEqual(['zh-CN']);
    expect(
      editableLocales([
        { role: 'reviewer', locales: ['pt-BR'] },
        { role: 'translator', locales: ['en'] },
      ]),
    ).toEqual(['pt-BR']);
    expect(editableLocales([{ role: 'translator', locales: ['zh-CN', 'en'] }])).toEqual([]);
    expect(editableLocales([{ role: 'steward', locales: [] }])).toEqual([]);
    expect(editableLocales([{ role: 'admin', locales: [] }])).toEqual(['en', 'zh-CN', 'pt-BR']);
  });

  it('trims and drops blank rows, refuses a text twice or too long', () => {
    expect(
      termsToSave([
        { text: '  红树林 ', status: 'preferred' },
        { text: '', status: 'admitted' },
        { text: 'mangue  vermelho', status: 'forbidden' },
      ]),
    ).toEqual({
      terms: [
        { text: '红树林', status: 'preferred' },
        { text: 'mangue vermelho', status: 'forbidden' },
      ],
    });
    expect(
      termsToSave([
        { text: '红树林', status: 'preferred' },
        { text: '红树林 ', status: 'forbidden' },
      ]),
    ).toEqual({ problem: { kind: 'duplicate', text: '红树林' } });
    expect(termsToSave([{ text: 'x'.repeat(201), status: 'preferred' }])).toMatchObject({ problem: { kind: 'tooLong' } });
  });

  it('compares terms whatever their order', () => {
    const a = [
      { text: 'a', status: 'preferred' as const },
      { text: 'b', status: 'forbidden' as const },
    ];
    expect(sameTerms(a, [...a].reverse())).toBe(true);
    expect(sameTerms(a, [{ text: 'a', status: 'preferred' }])).toBe(false);
    expect(sameTerms(a, [{ text: 'a', status: 'admitted' }, a[1]!])).toBe(false);
  });

  it('counts pages and reads a page number from the address bar', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
    expect(pageFrom('2', 3)).toBe(2);
    expect(pageFrom('4', 3)).toBe(1);
    expect(pageFrom('1.5', 3)).toBe(1);
    expect(pageFrom(null, 3)).toBe(1);
  });
});
