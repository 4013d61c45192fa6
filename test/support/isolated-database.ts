import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/**
 * A database of its own for a test file that must see no other file's rows (e.g. the outbox
 * relay, which claims every pending event). On the server engine it creates a fresh database
 * next to DATABASE_URL's and drops it afterwards; the embedded engine is per-test already.
 */
export async function isolatedDatabase(): Promise<{ overrides: Record<string, string>; drop(): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) return { overrides: {}, drop: async () => undefined };
  const name = `bc_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await adminQuery(base, `CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    overrides: { DATABASE_URL: url.toString() },
    drop: () => adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(connectionString: string, sql: string): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
