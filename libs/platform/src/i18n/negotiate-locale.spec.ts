import { matchLocale, negotiateLocale } from './negotiate-locale';

describe('negotiateLocale', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    ['*', 'en'],
  ])('maps Accept-Language %p to %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it('ranks by q-value, not by position', () => {
    expect(negotiateLocale('en;q=0.4, pt-BR;q=0.9, zh-CN;q=0.7')).toBe('pt-BR');
  });

  it('keeps header order between equal q-values', () => {
    expect(negotiateLocale('zh-CN, pt-BR')).toBe('zh-CN');
    expect(negotiateLocale('pt-BR, zh-CN')).toBe('pt-BR');
  });

  it('skips unsupported and refused (q=0) languages', () => {
    expect(negotiateLocale('de-DE, zh;q=0, pt;q=0.5')).toBe('pt-BR');
  });

  it('ignores malformed q-values instead of failing', () => {
    expect(negotiateLocale('zh-CN;q=abc, pt-BR;q=0.2')).toBe('pt-BR');
  });

  it('lets a supported ?lang= override win, and ignores an unsupported one', () => {
    expect(negotiateLocale('zh-CN', 'pt-BR')).toBe('pt-BR');
    expect(negotiateLocale('zh-CN', 'xx')).toBe('zh-CN');
  });

  it('matches locale tags case-insensitively', () => {
    expect(matchLocale('ZH-hant-TW')).toBe('zh-CN');
    expect(matchLocale('klingon')).toBeNull();
  });
});
