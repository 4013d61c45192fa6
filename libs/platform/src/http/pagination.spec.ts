import { decodeCursor, encodeCursor, toPage } from './pagination';
import { ProblemException } from './problem.exception';

describe('cursor paging', () => {
  it('round-trips a position', () => {
    const position = { sortKey: '2024-09-30T10:00:00.000Z', id: '0b9d3c1e-0000-4000-8000-000000000001' };
    expect(decodeCursor(encodeCursor(position), 'time')).toEqual(position);
  });

  it.each(['', 'not-base64!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')])(
    'refuses a cursor it did not issue: %p',
    (cursor) => {
      expect(() => decodeCursor(cursor, 'text')).toThrow(ProblemException);
    },
  );

  it.each([
    ['time', ['2026-13-45T99:00:00Z', '0b9d3c1e-0000-4000-8000-000000000001']],
    ['time', ['yesterday', '0b9d3c1e-0000-4000-8000-000000000001']],
    ['time', ['2026-01-01T00:00:00.000Z', 'not-a-uuid']],
    ['integer', ['NaN', '0b9d3c1e-0000-4000-8000-000000000001']],
    ['integer', ['1e999', '0b9d3c1e-0000-4000-8000-000000000001']],
    ['text', ['x'.repeat(201), '0b9d3c1e-0000-4000-8000-000000000001']],
    ['int4', ['2147483648', '0b9d3c1e-0000-4000-8000-000000000001']],
    ['int4', ['-2147483649', '0b9d3c1e-0000-4000-8000-000000000001']],
  ] as const)('refuses a forged cursor whose parts do not fit a %s list: %j', (sortKey, parts) => {
    expect(() => decodeCursor(Buffer.from(JSON.stringify(parts)).toString('base64url'), sortKey)).toThrow(ProblemException);
  });

  it.each(['2024-09-30T10:00:00.000Z', '2026-12-02 01:02:03.123456+00', '2026-12-02 01:02:03+05:30'])(
    'reads a time as JavaScript or Postgres writes it: %s',
    (time) => {
      const position = { sortKey: time, id: '0b9d3c1e-0000-4000-8000-000000000001' };
      expect(decodeCursor(encodeCursor(position), 'time')).toEqual(position);
    },
  );

  it('reads a position-only cursor without an id', () => {
    expect(decodeCursor(encodeCursor({ sortKey: '40', id: '' }), 'integer', 'none')).toEqual({ sortKey: '40', id: '' });
    expect(decodeCursor(encodeCursor({ sortKey: '2147483647', id: '' }), 'int4', 'none')).toEqual({ sortKey: '2147483647', id: '' });
  });

  it('gives a next cursor only when an extra row was fetched', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `0b9d3c1e-0000-4000-8000-00000000000${n}`, at: `t${n}` }));
    const position = (row: { id: string; at: string }) => ({ sortKey: row.at, id: row.id });
    const full = toPage(rows, 2, position);
    expect(full.items.map((row) => row.at)).toEqual(['t1', 't2']);
    expect(decodeCursor(full.nextCursor!, 'text')).toEqual({ sortKey: 't2', id: rows[1]?.id });
    expect(toPage(rows, 3, position).nextCursor).toBeNull();
  });
});
