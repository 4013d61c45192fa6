/**
 * The rows of an UPDATE/DELETE … RETURNING run through `query()`. TypeORM answers those with
 * `[rows, affectedCount]` on node-postgres but may hand back the bare rows when the driver
 * reports no command tag (the embedded engine): accept both shapes.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
