import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { localizedName, localizedTextDto } from './localized-text';

class ShortName extends localizedTextDto(5) {}
class LongText extends localizedTextDto(10) {}

const failures = (cls: new () => object, body: object) =>
  validateSync(plainToInstance(cls, body)).map((error) => [error.property, Object.keys(error.constraints ?? {})]);

describe('localizedTextDto', () => {
  it('requires English and holds every language to the given length', () => {
    expect(failures(ShortName, { en: 'Enping', 'zh-CN': '恩平市' })).toEqual([['en', ['maxLength']]]);
    expect(failures(ShortName, { 'pt-BR': 'Enp' })).toEqual([['en', ['maxLength', 'minLength', 'isString']]]);
    expect(failures(ShortName, { en: 'Enp', 'pt-BR': 'Cidade' })).toEqual([['pt-BR', ['maxLength']]]);
    expect(failures(LongText, { en: 'Enping', 'pt-BR': 'Cidade' })).toEqual([]);
  });
});

describe('localizedName', () => {
  it('falls back to English, then to any language present', () => {
    expect(localizedName({ en: 'Enping', 'zh-CN': '恩平市' }, 'zh-CN')).toBe('恩平市');
    expect(localizedName({ en: 'Enping' }, 'pt-BR')).toBe('Enping');
    expect(localizedName({ 'zh-CN': '恩平市' }, 'pt-BR')).toBe('恩平市');
  });
});
