import { extractNumbers } from './numbers';

const values = (text: string, locale: string): string[] => extractNumbers(text, locale).map((t) => t.value);

describe('extractNumbers', () => {
  it('reads English groupings and decimals', () => {
    expect(values('68 plots, 3,756 tCO2e and 38,745.44 tCO2e; 0.42 and 1,821,660 yuan', 'en')).toEqual(['68', '3756', '38745.44', '0.42', '1821660']);
  });

  it('reads Brazilian Portuguese formats (38.745,44) and the same digits differently from English', () => {
    expect(values('38.745,44 tCO2e, 3.756 tCO2e e 0,42', 'pt-BR')).toEqual(['38745.44', '3756', '0.42']);
    expect(values('3.756', 'en')).toEqual(['3.756']);
    expect(values('3,756', 'pt-BR')).toEqual(['3.756']);
  });

  it('understands Chinese 万 and 亿, full-width digits, and leaves 千克 alone', () => {
    expect(values('3.8万平方米、182.166万元、1.2亿元、３７５６吨', 'zh-CN')).toEqual(['38000', '1821660', '120000000', '3756']);
    expect(values('5千克', 'zh-CN')).toEqual(['5']);
    expect(values('3千公顷', 'zh-CN')).toEqual(['3000']);
  });

  it('understands scale words in English and Portuguese', () => {
    expect(values('3.8 thousand hectares and 1.2 billion yuan', 'en')).toEqual(['3800', '1200000000']);
    expect(values('1,2 milhão de reais e 38 mil hectares', 'pt-BR')).toEqual(['1200000', '38000']);
  });

  it('skips formulas and codes (CO2, tCO2e), reads ranges and signs', () => {
    expect(values('CO2 and tCO2e', 'en')).toEqual([]);
    expect(values('2020-2039, a change of -3 and 5-10', 'en')).toEqual(['2020', '2039', '-3', '5', '10']);
  });

  it('counts a month written as a word next to a date', () => {
    expect(values('25 November 2023', 'en')).toEqual(['25', '11', '2023']);
    expect(values('25 de novembro de 2023', 'pt-BR')).toEqual(['25', '11', '2023']);
    expect(values('Prices may rise in May 2024', 'en')).toEqual(['5', '2024']);
  });
});
