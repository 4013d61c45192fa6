import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Problems } from './problem.exception';

/** The ETag of a versioned resource: its version number, as a strong validator. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * Reads the version a client based its edit on. A missing header is 428 (the client must
 * read first); a header that is not one of our ETags cannot match, so it is 412.
 */
export function versionFromIfMatch(ifMatch: string | undefined, resource: string, currentVersion?: number): number {
  if (!ifMatch) throw Problems.preconditionRequired();
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(ifMatch.trim());
  if (!match) throw Problems.preconditionFailed(resource, currentVersion ?? 0);
  return Number(match[1]);
}

/**
 * Applies `changes` only if the row still has `expectedVersion`, in one statement
 * (`UPDATE … WHERE id = $1 AND version = $2`), and bumps the version. TypeORM's
 * @VersionColumn increments but never checks, so every edit of a shared record goes here.
 * Returns the updated row; throws 404 if the row is gone and 412 if someone else won.
 */
export async function updateVersioned<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: Partial<T>,
  resource: string,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected === 1) {
    return manager.findOneOrFail(entity, { where: { id } as never });
  }
  const current = await manager.findOne(entity, { where: { id } as never, select: { version: true } as never });
  if (!current) throw Problems.notFound(resource);
  throw Problems.preconditionFailed(resource, (current as T).version);
}
