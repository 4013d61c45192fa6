import { Glossary, TermIndex } from './glossary';
import { glossaryFixture } from './testing/fixtures';

describe('glossary matching', () => {
  const glossary = new Glossary(glossaryFixture());

  it('finds Chinese terms without word boundaries, longest first (碳汇拍卖 over 碳汇)', () => {
    const matches = glossary.match('2023年9月，深圳举办了全国首次红树林保护碳汇拍卖。', 'zh-CN', 'en');
    expect(matches.map((m) => [m.conceptId, m.sourceTerm, m.expected])).toEqual([
      ['mangrove', '红树林', ['mangrove', 'mangrove forest']],
      ['carbon-sink-auction', '碳汇拍卖', ['carbon sink auction']],
    ]);
    expect(matches[0].forbidden).toEqual(['mangrove swamp']);
    expect(matches[0].note).toContain('Intertidal');
  });

  it('finds every occurrence when asked for all, overlapping ones included', () => {
    const all = glossary.index('zh-CN').find('蓝碳与碳汇拍卖');
    expect(all.map((o) => o.term)).toEqual(['蓝碳', '碳汇拍卖', '碳汇']);
  });

  it('matches Latin terms case-insensitively on word boundaries, with plural and possessive endings', () => {
    const index = glossary.index('en');
    const found = (text: string): string[] => index.find(text, { longestOnly: true }).map((o) => text.slice(o.start, o.end));
    expect(found('Mangroves store Blue Carbon; the mangrove’s roots trap sediment.')).toEqual(['Mangroves', 'Blue Carbon', 'mangrove']);
    expect(found('Mangrovesque shapes and bluecarbon.org are not terms.')).toEqual([]);
    expect(found('A carbon sink auction in the Futian nature reserve.')).toEqual(['carbon sink auction', 'nature reserve']);
  });

  it('finds a Latin term next to Chinese characters', () => {
    const index = new TermIndex([{ id: 'ccer', terms: { 'zh-CN': [{ text: 'CCER', status: 'preferred' }] } }], 'zh-CN');
    expect(index.find('该CCER项目已登记').map((o) => o.term)).toEqual(['CCER']);
    expect(index.find('该CCERS项目').map((o) => o.term)).toEqual(['CCER']);
    expect(index.find('XCCER').map((o) => o.term)).toEqual([]);
  });

  it('resolves a locale to its language (zh → zh-CN terms) and serves Portuguese', () => {
    expect(glossary.match('O manguezal é um sumidouro de carbono.', 'pt-BR', 'zh').map((m) => [m.conceptId, m.expected])).toEqual([
      ['mangrove', ['红树林']],
      ['carbon-sink', ['碳汇', '碳吸收汇']],
    ]);
  });
});
