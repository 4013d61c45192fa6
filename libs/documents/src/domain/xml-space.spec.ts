import { layoutFreeSource, readDefaultSpace } from './xml-space';

describe('whitespace under xml:space="default"', () => {
  it.each([
    [
      'an indented code between English words keeps one space on each side',
      'Mangroves in\n    {1}Futian{/1}\n    store carbon.',
      'Mangroves in {1}Futian{/1} store carbon.',
    ],
    ['layout just inside a pair is dropped', 'in {1}\n  Futian\n  {/1} store', 'in {1}Futian{/1} store'],
    ['next to Chinese, layout is nothing', '区内红树林以\n  {1}白骨壤{/1}\n  为主', '区内红树林以{1}白骨壤{/1}为主'],
    ['between two codes of English words, one space', '\n  {1}Area:{/1}\n  {2}368 hectares{/2}\n', '{1}Area:{/1} {2}368 hectares{/2}'],
    ['at the edges, nothing', '\n   {1}单位{/1}\n   {2}\n ', '{1}单位{/1}{2}'],
    ['a plain space is content, runs become one', 'a  b {1}c{/1}\td', 'a b {1}c{/1} d'],
  ])('%s', (_case, read, expected) => {
    expect(readDefaultSpace(read)).toBe(expected);
  });

  it('compares sources without the whitespace next to codes, and only that', () => {
    expect(layoutFreeSource('restores {1}12{/1} hectares')).toBe(layoutFreeSource('restores{1}12{/1}\n hectares'));
    expect(layoutFreeSource('restores {1}12{/1} hectares')).not.toBe(layoutFreeSource('restores {1}15{/1} hectares'));
    expect(layoutFreeSource('two words')).not.toBe(layoutFreeSource('twowords'));
  });
});
