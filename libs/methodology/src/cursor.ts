import { decodeCursor, Problems } from '@bluecarbon/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A cursor's position, checked before it reaches SQL: a forged cursor whose parts are not a
 * uuid (or a time) would otherwise fail inside Postgres as a 500 instead of a 400.
 */
export function cursorPosition(cursor: string, sortKeyIsTime: boolean): { sortKey: string; id: string } {
  const position = decodeCursor(cursor);
  if (!UUID.test(position.id) || (sortKeyIsTime && Number.isNaN(Date.parse(position.sortKey)))) throw Problems.invalidCursor();
  return position;
}
