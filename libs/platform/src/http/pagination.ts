import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Problems } from './problem.exception';

export const MAX_PAGE_SIZE = 100;

/** `?limit=&cursor=` for every list endpoint; extend it with the list's own filters. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = 20;

  @ApiPropertyOptional({ description: "Opaque cursor from the previous page's nextCursor" })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

/** Keyset position after the last item of a page: its sort value and id (the tie-breaker). */
export interface CursorPosition {
  sortKey: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.sortKey, position.id])).toString('base64url');
}

/** What a list sorts by: the shape its cursor's sort value must have to reach SQL. */
export type CursorSortKey = 'time' | 'text' | 'integer' | 'int4';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// ISO 8601 as toISOString() writes it, or Postgres's timestamptz text (`2026-12-02 01:02:03.123456+00`).
const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;
const SORT_KEY_SHAPES: Record<CursorSortKey, (value: string) => boolean> = {
  time: (value) => ISO_TIME.test(value) && !Number.isNaN(Date.parse(value)),
  text: (value) => value.length <= 200,
  integer: (value) => /^-?\d{1,15}$/.test(value),
  // A Postgres `int` (an ordinal, a revision number): beyond it, SQL would refuse the parameter.
  int4: (value) => /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= 2_147_483_647,
};

/**
 * Reads a cursor this API issued. Cursors are only base64 JSON, so anyone can forge one that
 * decodes: its parts are checked against what the list sorts by (and the id is a uuid unless
 * the list pages by position alone) before they reach SQL, and anything else is 400
 * invalid_cursor, never a database error.
 */
export function decodeCursor(cursor: string, sortKey: CursorSortKey, id: 'uuid' | 'none' = 'uuid'): CursorPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw Problems.invalidCursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || !decoded.every((part) => typeof part === 'string')) throw Problems.invalidCursor();
  const [value, tieBreaker] = decoded as [string, string];
  if (!SORT_KEY_SHAPES[sortKey](value) || (id === 'uuid' && !UUID.test(tieBreaker))) throw Problems.invalidCursor();
  return { sortKey: value, id: tieBreaker };
}

/**
 * Builds a page from `limit + 1` fetched rows: the extra row only tells whether a next page
 * exists, so no count query is needed.
 */
export function toPage<T>(rows: T[], limit: number, positionOf: (row: T) => CursorPosition): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(positionOf(last)) : null };
}
