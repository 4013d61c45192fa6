import { collectNames, formatExpression } from './expression';
import { parseExpression } from './parser';

describe('formatExpression', () => {
  it.each([
    ['a+b*c', 'a + b * c'],
    ['((a+b))*c', '(a + b) * c'],
    ['a-(b-c)', 'a - (b - c)'],
    ['(a-b)-c', 'a - b - c'],
    ['a/(b*c)', 'a / (b * c)'],
    ['(-a)^2', '(-a) ^ 2'],
    ['-(a^2)', '-a ^ 2'],
    ['(a^b)^c', '(a ^ b) ^ c'],
    ['-(-a)', '-(-a)'],
    ['if(not(a<b)and(c>d),x,y)', 'if(not a < b and c > d, x, y)'],
    ['if(a<b and(c<d or e<f),x,y)', 'if(a < b and (c < d or e < f), x, y)'],
    ["if(k=='v',1,0)", 'if(k == "v", 1, 0)'],
    ['sum( stratum ,area*r )', 'sum(stratum, area * r)'],
    ['min(a,max(b,c))', 'min(a, max(b, c))'],
  ])('%s prints as %s', (source, printed) => {
    expect(formatExpression(parseExpression(source))).toBe(printed);
  });
});

describe('collectNames', () => {
  it('lists every name with its position and whether a sum encloses it', () => {
    expect(collectNames(parseExpression('a + sum(stratum, b * a) + if(c, d, 1)'))).toEqual([
      { name: 'a', pos: 0, inSum: false },
      { name: 'b', pos: 17, inSum: true },
      { name: 'a', pos: 21, inSum: true },
      { name: 'c', pos: 29, inSum: false },
      { name: 'd', pos: 32, inSum: false },
    ]);
  });
});
