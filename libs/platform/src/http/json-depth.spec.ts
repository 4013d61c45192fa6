import { jsonNestingExceeds } from './json-depth';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('jsonNestingExceeds', () => {
  it('counts arrays and objects nested in each other', () => {
    expect(jsonNestingExceeds(nested(3), 3)).toBe(false);
    expect(jsonNestingExceeds(nested(4), 3)).toBe(true);
    expect(jsonNestingExceeds('{"a":{"b":[{"c":1}]}}', 4)).toBe(false);
    expect(jsonNestingExceeds('{"a":{"b":[{"c":[1]}]}}', 4)).toBe(true);
  });

  it('measures depth, not the number of containers side by side', () => {
    expect(jsonNestingExceeds(`[${Array(10_000).fill('{"a":[1]}').join(',')}]`, 3)).toBe(false);
  });

  it('ignores brackets and braces inside strings, escaped quotes included', () => {
    expect(jsonNestingExceeds(JSON.stringify({ text: '[[[[{{{{' }), 1)).toBe(false);
    expect(jsonNestingExceeds(JSON.stringify({ text: 'say "[[[[" \\\\', more: '{{{{' }), 1)).toBe(false);
    expect(jsonNestingExceeds(JSON.stringify({ text: 'a\\\\', deep: [[1]] }), 2)).toBe(true);
  });

  it('finds a body ten thousand deep', () => {
    expect(jsonNestingExceeds('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000), 64)).toBe(true);
    expect(jsonNestingExceeds(nested(10_000), 64)).toBe(true);
  });
});
