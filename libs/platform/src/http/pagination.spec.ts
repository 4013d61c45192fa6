import { decodeCursor, encodeCursor, toPage } from './pagination';
import { ProblemException } from './problem.exception';

describe('cursor paging', () => {
  it('round-trips a position', () => {
    const position = { sortKey: '2024-09-30T10:00:00.000Z', id: '0b9d3c1e-0000-4000-8000-000000000001' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['', 'not-base64!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')])(
    'refuses a cursor it did not issue: %p',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(ProblemException);
    },
  );

  it('gives a next cursor only when an extra row was fetched', () => {
    const rows = [1, 2, 3].map((n) => ({ id: String(n), at: `t${n}` }));
    const position = (row: { id: string; at: string }) => ({ sortKey: row.at, id: row.id });
    const full = toPage(rows, 2, position);
    expect(full.items.map((row) => row.id)).toEqual(['1', '2']);
    expect(decodeCursor(full.nextCursor!)).toEqual({ sortKey: 't2', id: '2' });
    expect(toPage(rows, 3, position).nextCursor).toBeNull();
  });
});
