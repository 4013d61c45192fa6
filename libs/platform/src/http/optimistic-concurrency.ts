import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Problems } from './problem.exception';

/** The ETag of a versioned resource: its version number, as a strong validator. */
export function etagOf(version: number): string {
  return `"${version}"`;
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
