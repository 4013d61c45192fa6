import { Glossary } from './glossary';
import {
  checkEmpty,
  checkGlossary,
  checkIdentical,
  checkNumbers,
  checkPlaceholders,
  checkPunctuation,
  checkWhitespace,
  hasBlockingFindings,
  runQaChecks,
  type QaFinding,
  type QaInput,
} from './qa';
import { glossaryFixture } from './testing/fixtures';

const zhEn = (source: string, target: string): QaInput => ({ source, target, sourceLocale: 'zh-CN', targetLocale: 'en' });
const enZh = (source: string, target: string): QaInput => ({ source, target, sourceLocale: 'en', targetLocale: 'zh-CN' });
const keys = (findings: QaFinding[]): string[] => findings.map((f) => `${f.severity}:${f.messageKey}`);

describe('QA: numbers', () => {
  it('zh → en: passes when the numbers are rendered in English format, 万 included', () => {
    expect(checkNumbers(zhEn('本次共拍出3756吨二氧化碳当量，成交总额为182.166万元。', 'A total of 3,756 tCO2e was sold for 1,821,660 yuan in all.'))).toEqual(
      [],
    );
    expect(checkNumbers(zhEn('修复红树林3.8万平方米', 'Restored mangroves: 38,000 m²'))).toEqual([]);
  });

  it('zh → en: fails when a number is lost or changed', () => {
    const findings = checkNumbers(zhEn('本次共拍出3756吨，成交价为每吨485元。', 'A total of 3,765 tCO2e was sold at 485 yuan per tonne.'));
    expect(findings).toEqual([
      { check: 'numbers', severity: 'error', messageKey: 'documents.qa.numbers.missing', params: { number: '3756', value: '3756' } },
      { check: 'numbers', severity: 'warning', messageKey: 'documents.qa.numbers.unexpected', params: { number: '3,765', value: '3765' } },
    ]);
  });

  it('en → zh: passes with 38,745.44 kept and 68 written in Chinese text', () => {
    expect(checkNumbers(enZh('Results such as 38,745.44 tCO2e come from 68 plots.', '如38,745.44 tCO2e的结果来自68个样地。'))).toEqual([]);
  });

  it('en → zh: fails when the decimals are dropped', () => {
    expect(keys(checkNumbers(enZh('e.g. 38,745.44 tCO2e', '如38,745 tCO2e')))).toEqual([
      'error:documents.qa.numbers.missing',
      'warning:documents.qa.numbers.unexpected',
    ]);
  });

  it('en → pt-BR reads 38.745,44 as the same number', () => {
    const input = { source: 'e.g. 38,745.44 tCO2e', target: 'p. ex. 38.745,44 tCO2e', sourceLocale: 'en', targetLocale: 'pt-BR' };
    expect(checkNumbers(input)).toEqual([]);
    expect(keys(checkNumbers({ ...input, target: 'p. ex. 38,745.44 tCO2e' }))).toEqual(['warning:documents.qa.numbers.format']);
    expect(keys(checkNumbers({ ...input, source: 'a ratio of 0.42', target: 'uma razão de 0.42' }))).toEqual(['warning:documents.qa.numbers.format']);
    expect(checkNumbers({ ...input, source: 'a ratio of 0.42', target: 'uma razão de 0,42' })).toEqual([]);
    expect(checkNumbers({ ...input, source: '4.1 Scope and carbon pools', target: '4.1 Âmbito e reservatórios de carbono' })).toEqual([]);
  });
});

describe('QA: placeholders and inline markup', () => {
  it('zh → en: passes when pairs are kept (moved is fine)', () => {
    expect(checkPlaceholders(zhEn('区内红树林以{1}秋茄{/1}和{2}白骨壤{/2}为主', 'Mainly {2}Avicennia marina{/2} and {1}Kandelia obovata{/1}'))).toEqual([]);
  });

  it('zh → en: fails on a missing, an invented and an unclosed placeholder', () => {
    expect(keys(checkPlaceholders(zhEn('拍卖所得用于{1}生态修复{/1}{2}', 'The proceeds fund {1}ecological restoration{3}')))).toEqual([
      'error:documents.qa.placeholders.missing',
      'error:documents.qa.placeholders.missing',
      'error:documents.qa.placeholders.unexpected',
      'error:documents.qa.placeholders.unbalanced',
    ]);
  });

  it('en → zh: passes a standalone placeholder kept once', () => {
    expect(checkPlaceholders(enZh('Questions can be sent to {1}.', '如有疑问，请发送邮件至{1}。'))).toEqual([]);
  });

  it('en → zh: fails on crossed pairs, a duplicate and Markdown typed as text', () => {
    const findings = checkPlaceholders(enZh('The {1}proceeds{/1} fund {2}restoration{/2}.', '{1}所得{2}用于{/1}修复{/2}，**重要**{2}'));
    expect(keys(findings)).toEqual([
      'error:documents.qa.placeholders.duplicated',
      'error:documents.qa.placeholders.unbalanced',
      'error:documents.qa.placeholders.unbalanced',
      'warning:documents.qa.placeholders.markupAsText',
    ]);
  });
});

describe('QA: glossary', () => {
  const glossary = new Glossary(glossaryFixture());

  it('zh → en: passes when the preferred or an admitted term is used (plural too)', () => {
    expect(checkGlossary(zhEn('红树林是重要的碳汇。', 'Mangroves are an important carbon sink.'), glossary)).toEqual([]);
    expect(checkGlossary(zhEn('红树林', 'mangrove forest'), glossary)).toEqual([]);
  });

  it('zh → en: warns on a missing term and rejects a forbidden variant', () => {
    expect(checkGlossary(zhEn('深圳举办了红树林保护碳汇拍卖。', 'Shenzhen auctioned credits from a mangrove swamp.'), glossary)).toEqual([
      { check: 'glossary', severity: 'warning', messageKey: 'documents.qa.glossary.missing', params: { term: '红树林', expected: 'mangrove' } },
      { check: 'glossary', severity: 'warning', messageKey: 'documents.qa.glossary.missing', params: { term: '碳汇拍卖', expected: 'carbon sink auction' } },
      { check: 'glossary', severity: 'error', messageKey: 'documents.qa.glossary.forbidden', params: { term: 'mangrove swamp', preferred: 'mangrove' } },
    ]);
  });

  it('en → zh: passes with 方法学 and fails with the forbidden 方法论', () => {
    expect(checkGlossary(enZh('Partner cities adapt the methodology.', '伙伴城市调整方法学。'), glossary)).toEqual([]);
    expect(keys(checkGlossary(enZh('Partner cities adapt the methodology.', '伙伴城市调整方法论。'), glossary))).toEqual([
      'warning:documents.qa.glossary.missing',
      'error:documents.qa.glossary.forbidden',
    ]);
  });
});

describe('QA: empty, identical, whitespace', () => {
  it('empty: fails on blank, passes on text, both directions', () => {
    expect(keys(checkEmpty(zhEn('红树林', '  ')))).toEqual(['error:documents.qa.empty.empty']);
    expect(keys(checkEmpty(enZh('Mangroves', '')))).toEqual(['error:documents.qa.empty.empty']);
    expect(checkEmpty(zhEn('红树林', 'Mangroves'))).toEqual([]);
    expect(checkEmpty(enZh('Mangroves', '红树林'))).toEqual([]);
  });

  it('identical: warns on an untranslated copy, not on a number or code', () => {
    expect(keys(checkIdentical(enZh('Mangroves store carbon.', 'Mangroves store carbon.')))).toEqual(['warning:documents.qa.identical.identical']);
    expect(keys(checkIdentical(zhEn('红树林储存碳。', '红树林储存碳。')))).toEqual(['warning:documents.qa.identical.identical']);
    expect(checkIdentical(enZh('Mangroves store carbon.', '红树林储存碳。'))).toEqual([]);
    expect(checkIdentical(zhEn('红树林储存碳。', 'Mangroves store carbon.'))).toEqual([]);
    expect(checkIdentical(zhEn('{1}', '{1}'))).toEqual([]);
    expect(checkIdentical(enZh('a', 'a'))).toEqual([]); // a formula variable in a table cell
  });

  it('whitespace: flags leading, trailing and doubled spaces that the source does not have', () => {
    expect(keys(checkWhitespace(zhEn('红树林储存碳。', ' Mangroves  store carbon. ')))).toEqual([
      'warning:documents.qa.whitespace.leading',
      'warning:documents.qa.whitespace.trailing',
      'warning:documents.qa.whitespace.double',
    ]);
    expect(keys(checkWhitespace(enZh('Mangroves store carbon. ', '红树林储存碳。')))).toEqual(['warning:documents.qa.whitespace.trailing']);
    expect(checkWhitespace(enZh('Mangroves store carbon.', '红树林储存碳。'))).toEqual([]);
    expect(checkWhitespace(zhEn('红树林储存碳。', 'Mangroves store carbon.'))).toEqual([]);
  });
});

describe('QA: punctuation equivalents', () => {
  it('zh → en: 。 ≡ . ？ ≡ ? ！ ≡ ! ： ≡ :', () => {
    expect(checkPunctuation(zhEn('监测期内红树林面积是否减少？', 'Did the mangrove area shrink?'))).toEqual([]);
    expect(checkPunctuation(zhEn('必须全额扣除！', 'It must be deducted in full!'))).toEqual([]);
    expect(checkPunctuation(zhEn('计入期：', 'Crediting period:'))).toEqual([]);
    expect(checkPunctuation(zhEn('保护区位于深圳湾北岸。', 'The reserve lies on Shenzhen Bay.'))).toEqual([]);
    expect(checkPunctuation(zhEn('见{1}附件B{/1}。', 'See {1}Annex B{/1}.'))).toEqual([]);
  });

  it('zh → en: fails on a question turned statement and on full-width marks in English', () => {
    expect(checkPunctuation(zhEn('是否减少？', 'Did it shrink.'))).toEqual([
      {
        check: 'punctuation',
        severity: 'warning',
        messageKey: 'documents.qa.punctuation.endMismatch',
        params: { expected: 'question', found: 'period', char: '.' },
      },
    ]);
    expect(keys(checkPunctuation(zhEn('保护区位于深圳湾北岸。', 'The reserve lies on Shenzhen Bay。')))).toEqual(['warning:documents.qa.punctuation.width']);
  });

  it('en → zh: passes with full-width marks, fails with ASCII after Chinese or a missing end mark', () => {
    expect(checkPunctuation(enZh('What comes next?', '下一步做什么？'))).toEqual([]);
    expect(checkPunctuation(enZh('“It works.”', '“有效。”'))).toEqual([]);
    expect(keys(checkPunctuation(enZh('What comes next?', '下一步做什么?')))).toEqual(['warning:documents.qa.punctuation.width']);
    expect(keys(checkPunctuation(enZh('The reserve is large.', '保护区很大')))).toEqual(['warning:documents.qa.punctuation.endMismatch']);
  });
});

describe('runQaChecks', () => {
  const glossary = new Glossary(glossaryFixture());

  it('passes a good translation of a real segment in both directions', () => {
    const zh = '本次共拍出3756吨二氧化碳当量（tCO2e），成交价为每吨485元，成交总额为182.166万元。';
    const en = 'A total of 3,756 tCO2e was sold at 485 yuan per tonne, i.e. 1,821,660 yuan in all.';
    expect(runQaChecks(zhEn(zh, en), { glossary })).toEqual([]);
    expect(runQaChecks(enZh(en, zh), { glossary })).toEqual([]);
  });

  it('blocks approval only for errors', () => {
    const findings = runQaChecks(zhEn('拍卖所得用于{1}生态修复{/1}。', 'The proceeds fund ecological restoration'), { glossary });
    expect(keys(findings)).toEqual([
      'error:documents.qa.placeholders.missing',
      'error:documents.qa.placeholders.missing',
      'warning:documents.qa.punctuation.endMismatch',
    ]);
    expect(hasBlockingFindings(findings)).toBe(true);
    expect(hasBlockingFindings(runQaChecks(zhEn('红树林。', 'Mangroves')))).toBe(false);
    expect(keys(runQaChecks(zhEn('红树林。', '')))).toEqual(['error:documents.qa.empty.empty']);
  });
});
