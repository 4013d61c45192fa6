import type { ObjectLiteral } from 'typeorm';

/**
 * The row a statement must answer (an INSERT … RETURNING, a count, a row the caller holds a
 * lock on). None is a bug in the statement, not the client's doing, so it fails as one (500).
 */
export function firstRow<T>(rows: readonly T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error('expected the statement to answer a row, it answered none');
  return row;
}

/** The id TypeORM's `insert` answered for the one row it wrote. */
export function insertedId(result: { identifiers: ObjectLiteral[] }): string {
  return firstRow(result.identifiers)['id'] as string;
}
