import { RESERVED_WORDS } from './expression';
import { BUILT_INS } from './model';
import { formatDimensions, parseUnit } from './units';

describe('built-in names', () => {
  it('have readable units and are not words of the language', () => {
    expect(Object.fromEntries(Object.entries(BUILT_INS).map(([key, builtIn]) => [key, formatDimensions(parseUnit(builtIn.unit))]))).toEqual({
      area: 'ha',
      dt: 'yr',
      year_index: '1',
    });
    for (const key of Object.keys(BUILT_INS)) expect(RESERVED_WORDS.has(key)).toBe(false);
  });
});
