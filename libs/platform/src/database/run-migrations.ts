import type { DataSource } from 'typeorm';
import type { DatabaseEngine } from '../config/app-config';

// Arbitrary but fixed: every replica of the portal contends for the same advisory lock.
const MIGRATION_LOCK_KEY = 7_351_020_231;

/**
 * Applies pending migrations, each in its own transaction. On a server, replicas starting
 * together take turns through a session advisory lock. The embedded engine has one session
 * and one process, so it needs no lock (and taking one would hold the only session).
 */
export async function runMigrations(dataSource: DataSource, engine: DatabaseEngine): Promise<string[]> {
  if (engine === 'embedded') return applyPending(dataSource);
  const lockRunner = dataSource.createQueryRunner();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await applyPending(dataSource);
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lockRunner.release();
  }
}

async function applyPending(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
