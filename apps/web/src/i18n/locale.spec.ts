import { chooseLocale, matchLocale } from './locale';

describe('the portal language', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_TW', 'zh-CN'],
    ['pt-PT', 'pt-BR'],
    ['PT-br', 'pt-BR'],
    ['en-GB', 'en'],
    ['fr-FR', null],
    ['', null],
  ])('matches %p to %p as the API does', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it("takes the user's preferred locale over this device's choice and the browser", () => {
    expect(chooseLocale({ preferred: 'pt-BR', stored: 'zh-CN', browser: ['en-US'] })).toBe('pt-BR');
  });

  it("falls back to the device's choice, then the first browser language the portal speaks", () => {
    expect(chooseLocale({ stored: 'zh-CN', browser: ['pt-BR'] })).toBe('zh-CN');
    expect(chooseLocale({ stored: 'xx', browser: ['fr-FR', 'pt-PT', 'en'] })).toBe('pt-BR');
  });

  it('ends in English when nothing matches', () => {
    expect(chooseLocale({ browser: ['de-DE', 'ja'] })).toBe('en');
    expect(chooseLocale({})).toBe('en');
  });
});
