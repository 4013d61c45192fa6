import fc from 'fast-check';
import { stripPlaceholders } from './placeholders';
import { computeProgress, countWords } from './progress';

describe('computeProgress', () => {
  it('counts by state and outdated, and publishes only when all are approved and none outdated', () => {
    const progress = computeProgress([
      { state: 'approved', words: 10 },
      { state: 'approved', words: 5, outdated: true },
      { state: 'translated', words: 3 },
      { state: 'untranslated', words: 2 },
    ]);
    expect(progress.byState).toEqual({ untranslated: 1, draft: 0, translated: 1, reviewed: 0, approved: 2 });
    expect(progress.wordsByState.approved).toBe(15);
    expect(progress.percent.approved).toBe(50);
    expect(progress.percentOutdated).toBe(25);
    expect(progress.publishable).toBe(false);
    expect(computeProgress([{ state: 'approved' }, { state: 'approved' }]).publishable).toBe(true);
    expect(computeProgress([{ state: 'approved', outdated: true }]).publishable).toBe(false);
    expect(computeProgress([{ state: 'approved' }, { state: 'approved' }, { state: 'reviewed' }]).percent.approved).toBe(66.7);
  });
});

describe('countWords', () => {
  it('counts English and Portuguese words and Chinese characters, not placeholders or punctuation', () => {
    expect(countWords('Mangroves store {1}blue carbon{/1}.', 'en')).toBe(4);
    expect(countWords('O manguezal armazena carbono azul.', 'pt-BR')).toBe(5);
    expect(countWords('红树林储存{1}蓝碳{/1}。', 'zh-CN')).toBe(7);
    expect(countWords('共3756吨tCO2e。', 'zh-CN')).toBe(4);
  });

  /** The count by Intl.Segmenter alone, which the ASCII shortcut must agree with. */
  const byIntl = (text: string, locale: string): number =>
    [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(stripPlaceholders(text))].filter((s) => s.isWordLike).length;

  it('counts ASCII text exactly as Intl.Segmenter does', () => {
    expect(countWords("e.g. U.S.A. isn't 3,756.5 tCO2e at 10:30 or a:b", 'en')).toBe(byIntl("e.g. U.S.A. isn't 3,756.5 tCO2e at 10:30 or a:b", 'en'));
    // Joiners, every kind of ASCII punctuation, `_`, placeholders and a few non-ASCII letters.
    const alphabet = fc.constantFrom(...'aZq09 .,;:\'"!?()-/%&*+=<>[]#@$~^|`{}\\_\t', '{1}', '{/1}', 'é', 'ç', '红');
    const text = fc.array(alphabet, { maxLength: 14 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'pt-BR'), (sample, locale) => countWords(sample, locale) === byIntl(sample, locale)),
      { numRuns: 20_000 },
    );
  });
});
