import { chineseNumbers, parseChineseNumeral } from './chinese-numerals';
import { extractNumbers } from './numbers';
import { checkNumbers, type QaFinding, type QaInput } from './qa';

const zhEn = (source: string, target: string): QaInput => ({ source, target, sourceLocale: 'zh-CN', targetLocale: 'en' });
const enZh = (source: string, target: string): QaInput => ({ source, target, sourceLocale: 'en', targetLocale: 'zh-CN' });
const described = (findings: QaFinding[]): string[] => findings.map((f) => `${f.messageKey.split('.').pop()}:${f.params.value}`);

describe('Chinese numerals', () => {
  it.each([
    ['二十', '20'],
    ['十二', '12'],
    ['三千七百五十六', '3756'],
    ['一百零五', '105'],
    ['一点五', '1.5'],
    ['两万', '20000'],
    ['三万五千', '35000'],
    ['一亿二千万', '120000000'],
    ['一万亿', '1000000000000'],
    ['二〇二四', '2024'],
  ])('reads %s as %s', (raw, value) => {
    expect(parseChineseNumeral(raw)).toBe(value);
  });

  it('leaves words that only contain a numeral alone: 一个, 统一, 万一, 千万 (by all means), 一一, 三四十', () => {
    expect(chineseNumbers('一个统一的方法，万一出错千万要一一核对，约三四十人。').map((n) => n.raw)).toEqual([]);
  });

  it('reads a month as a month, and 五千克 as five kilograms, not five thousand', () => {
    expect(chineseNumbers('八月和十二月').map(({ raw, value, month }) => ({ raw, value, month }))).toEqual([
      { raw: '八', value: '8', month: true },
      { raw: '十二', value: '12', month: true },
    ]);
    expect(chineseNumbers('二十五千克').map((n) => n.value)).toEqual(['25']);
  });

  it('sits beside digits and 万 in the same text', () => {
    expect(extractNumbers('3.8万平方米，三千七百五十六吨，一点五倍', 'zh-CN').map((t) => t.value)).toEqual(['38000', '3756', '1.5']);
  });
});

describe('number QA with Chinese numerals, both directions', () => {
  it('passes correct pairs', () => {
    expect(checkNumbers(zhEn('本次共拍出三千七百五十六吨，价格为二十元。', 'A total of 3,756 t was sold at 20 yuan.'))).toEqual([]);
    expect(checkNumbers(enZh('A total of 3,756 t was sold at 20 yuan.', '本次共拍出三千七百五十六吨，价格为二十元。'))).toEqual([]);
    expect(checkNumbers(zhEn('面积增加了一点五倍，达到两万公顷。', 'The area grew 1.5 times, to 20,000 hectares.'))).toEqual([]);
    expect(checkNumbers(enZh('The area grew 1.5 times, to 20,000 hectares.', '面积增加了一点五倍，达到两万公顷。'))).toEqual([]);
    expect(checkNumbers(enZh('The project earned 120 million yuan.', '该项目收入一亿二千万元。'))).toEqual([]);
  });

  it('catches a mistyped numeral either way', () => {
    expect(described(checkNumbers(zhEn('共拍出三千七百五十六吨。', 'A total of 3,765 t was sold.')))).toEqual(['missing:3756', 'unexpected:3765']);
    expect(described(checkNumbers(enZh('A total of 3,756 t was sold.', '共拍出三千七百六十五吨。')))).toEqual(['missing:3756', 'unexpected:3765']);
  });

  it('does not report month names as numbers, yet lets them match a date written with digits', () => {
    expect(checkNumbers(enZh('Monitoring starts in August 2027.', '监测于2027年夏季开始。'))).toEqual([]);
    expect(checkNumbers(enZh('Monitoring starts in August 2027.', '监测于2027年8月开始。'))).toEqual([]);
    expect(checkNumbers(zhEn('监测于2027年八月开始。', 'Monitoring starts in summer 2027.'))).toEqual([]);
    expect(
      checkNumbers({
        source: 'Monitoring starts in August 2027.',
        target: 'O monitoramento começa em agosto de 2027.',
        sourceLocale: 'en',
        targetLocale: 'pt-BR',
      }),
    ).toEqual([]);
    expect(described(checkNumbers(enZh('Monitoring starts in August 2027.', '监测于2028年八月开始。')))).toEqual(['missing:2027', 'unexpected:2028']);
  });
});
