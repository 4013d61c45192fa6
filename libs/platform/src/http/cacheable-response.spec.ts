import { contentTag, matchesNoneMatch } from './cacheable-response';

describe('cacheable responses', () => {
  it('the same content gives the same weak tag; If-None-Match compares weakly, lists and *', () => {
    const tag = contentTag('{"a":1}');
    expect(tag).toBe(contentTag('{"a":1}'));
    expect(tag).not.toBe(contentTag('{"a":2}'));
    expect(tag).toMatch(/^W\/"[\w-]+"$/);
    expect(matchesNoneMatch(tag, tag)).toBe(true);
    expect(matchesNoneMatch(`"other", ${tag.slice(2)}`, tag)).toBe(true);
    expect(matchesNoneMatch('*', tag)).toBe(true);
    expect(matchesNoneMatch('"other"', tag)).toBe(false);
    expect(matchesNoneMatch(undefined, tag)).toBe(false);
  });
});
