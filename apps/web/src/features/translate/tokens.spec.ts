import { parts, sourceTokens, tokenProblems, widenToTokens } from './tokens';

describe('inline markup tokens', () => {
  it('splits text and placeholders, telling pairs from standalone ones', () => {
    expect(parts('{1}Crediting period{/1}: 20 years{2}')).toEqual([
      { kind: 'token', raw: '{1}', n: 1, role: 'open' },
      { kind: 'text', text: 'Crediting period' },
      { kind: 'token', raw: '{/1}', n: 1, role: 'close' },
      { kind: 'text', text: ': 20 years' },
      { kind: 'token', raw: '{2}', n: 2, role: 'standalone' },
    ]);
    expect(parts('a {b} {0} c')).toEqual([{ kind: 'text', text: 'a {b} {0} c' }]);
  });

  it('lists the source placeholders once each, in order', () => {
    expect(sourceTokens('{1}a{/1} {2} {1}b{/1}')).toEqual(['{1}', '{/1}', '{2}']);
  });

  it('accepts moved placeholders and refuses missing, repeated, invented or crossed ones', () => {
    const source = '{1}Crediting period{/1}: 20 years {2}';
    expect(tokenProblems(source, '{2} {1}计入期{/1}：20年')).toEqual([]);
    expect(tokenProblems(source, '计入期{/1}：20年 {2}')).toEqual([
      { rule: 'missing', placeholder: '{1}' },
      { rule: 'unbalanced', placeholder: '{/1}' },
    ]);
    expect(tokenProblems(source, '{1}计入期{/1}{2}{2}')).toEqual([{ rule: 'duplicated', placeholder: '{2}' }]);
    expect(tokenProblems(source, '{1}计入期{/1}{2}{3}')).toEqual([{ rule: 'unexpected', placeholder: '{3}' }]);
    expect(tokenProblems('{1}a{2}b{/2}{/1}', '{1}a{2}b{/1}{/2}')).toEqual([{ rule: 'unbalanced', placeholder: '{/1}' }]);
  });

  it('widens a deletion touching a placeholder to the whole placeholder', () => {
    const text = 'ab{12}cd';
    expect(widenToTokens(text, 3, 4)).toEqual([2, 6]);
    expect(widenToTokens(text, 0, 1)).toEqual([0, 1]);
    expect(widenToTokens('{1}x{/1}', 3, 4)).toEqual([3, 4]);
  });
});
