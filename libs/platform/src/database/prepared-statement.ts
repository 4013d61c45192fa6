import { type EntityManager, QueryFailedError } from 'typeorm';

/**
 * A hot read run as a named prepared statement: on the server, node-postgres parses and plans
 * it once per pooled connection and afterwards only binds values (DESIGN.md: ~25k point
 * selects/s against ~15k as text). The embedded engine's client reads the text and ignores the
 * name. Keep it to fixed texts on paths every request takes (the actor, `me`); a statement
 * whose text is built per call has nothing to reuse. Not for a pooler in transaction mode
 * (PgBouncer), which does not keep a connection's prepared statements.
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

const declared = new Map<string, string>();

/**
 * Declares a statement once, at module load. The server refuses a second text under a name a
 * connection has prepared, so a name is checked here, at start-up, to mean one text only.
 */
export function preparedStatement(name: string, text: string): PreparedStatement {
  const earlier = declared.get(name);
  if (earlier !== undefined && earlier !== text) throw new Error(`prepared statement ${name} is declared twice with different texts`);
  declared.set(name, text);
  return Object.freeze({ name, text });
}

/** What both engines' pools offer (node-postgres's Pool, the embedded adapter's): one query on a pooled session. */
interface PoolLike {
  query(query: PreparedStatement, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a declared SELECT with the caller's manager and answers its rows. Inside a transaction
 * it goes through the manager's query runner (its connection). Outside one it goes to the
 * pool directly: TypeORM's per-query runner (created, connected, broadcast to, released) cost
 * about as much CPU as node-postgres itself on the signed-in reads. A failure is still logged
 * by TypeORM's logger and thrown as its QueryFailedError, so the problem filter maps it alike.
 */
export async function queryPrepared<T>(manager: EntityManager, statement: PreparedStatement, values: readonly unknown[]): Promise<T[]> {
  // TypeORM hands its first argument to the driver's query() untouched; node-postgres takes a
  // { name, text } config there, and so does the embedded engine's client (pglite-pg-adapter).
  if (manager.queryRunner) return manager.query(statement as unknown as string, [...values]);
  const pool = (manager.connection.driver as unknown as { master: PoolLike }).master;
  const parameters = [...values];
  try {
    return (await pool.query(statement, parameters)).rows as T[];
  } catch (error) {
    manager.connection.logger.logQueryError(error as Error, statement as unknown as string, parameters);
    throw new QueryFailedError(statement.text, parameters, error as Error);
  }
}
