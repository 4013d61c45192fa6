import { bulkApprovable, matches, needsTranslation, nextIndex } from './navigation';
import type { Segment } from './types';

const segment = (ordinal: number, overrides: Partial<Segment> = {}): Segment => ({
  segmentId: `s${ordinal}`,
  ordinal,
  kind: 'paragraph',
  sourceText: `Source ${ordinal}`,
  text: `Target ${ordinal}`,
  state: 'translated',
  outdated: false,
  previousSourceText: null,
  sourceDiff: null,
  qaFindings: [],
  rejectionComment: null,
  version: 1,
  ...overrides,
});

const numberError = { check: 'numbers', severity: 'error' as const, messageKey: 'k', params: {}, message: 'm' };

describe('segment navigation', () => {
  const list = [
    segment(0, { state: 'approved' }),
    segment(1, { state: 'untranslated', text: null, version: 0 }),
    segment(2, { outdated: true }),
    segment(3, { qaFindings: [numberError] }),
    segment(4, { state: 'draft', sourceText: 'Mangrove area' }),
    segment(5, { state: 'draft', rejectionComment: 'The area is missing.' }),
  ];

  it('goes to the next untranslated, draft or outdated segment, wrapping around', () => {
    expect(nextIndex(list, 0, needsTranslation)).toBe(1);
    expect(nextIndex(list, 1, needsTranslation)).toBe(2);
    expect(nextIndex(list, 2, needsTranslation)).toBe(4);
    expect(nextIndex(list, 4, needsTranslation)).toBe(5);
    expect(nextIndex(list, 5, needsTranslation)).toBe(1);
    expect(nextIndex(list, 0, () => false)).toBeNull();
  });

  it('steps back and forth', () => {
    expect(nextIndex(list, 0)).toBe(1);
    expect(nextIndex(list, 0, undefined, -1)).toBe(5);
  });

  it('filters by state, outdated, rejected and errors, and searches source and translation', () => {
    const shown = (filter: Parameters<typeof matches>[1], search = '') => list.filter((s) => matches(s, filter, search)).map((s) => s.ordinal);
    expect(shown('untranslated')).toEqual([1]);
    expect(shown('outdated')).toEqual([2]);
    expect(shown('errors')).toEqual([3]);
    expect(shown('rejected')).toEqual([5]);
    expect(shown('draft')).toEqual([4, 5]);
    expect(shown('all', 'mangrove')).toEqual([4]);
    expect(shown('all', 'TARGET 3')).toEqual([3]);
  });

  it('bulk-approves only current, clean, translated or reviewed segments', () => {
    expect(list.filter(bulkApprovable).map((s) => s.ordinal)).toEqual([]);
    expect(bulkApprovable(segment(6))).toBe(true);
    expect(bulkApprovable(segment(7, { state: 'reviewed' }))).toBe(true);
  });
});
