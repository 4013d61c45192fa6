import { EventEmitter } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { PGlite, types } from '@electric-sql/pglite';
import { lockPgliteFolder } from './pglite-folder-lock';
import type { pg_trgm as PgTrgmExtension } from '@electric-sql/pglite/contrib/pg_trgm' with { 'resolution-mode': 'import' };

// The contrib entry points ship a CommonJS build but declare ESM types only, so TypeScript
// refuses a plain import from CommonJS: load it with require and borrow the ESM types.
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: typeof PgTrgmExtension };

/**
 * A `pg`-shaped module over PGlite, handed to TypeORM as `driver`.
 *
 * PGlite is one Postgres session. If two TypeORM transactions interleave on it, one
 * transaction's COMMIT also commits the other's work (and a ROLLBACK undoes it). The "pool"
 * below therefore hands out its single session to one query runner at a time: a transaction
 * holds it from BEGIN until release, and everyone else waits in FIFO order. That gives the
 * same isolation a real server gives to separate connections, at the cost of concurrency —
 * which is why the embedded engine is for one machine and one user at a time.
 */

type Callback<T> = (err: Error | null, result?: T) => void;

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command?: string;
  fields: { name: string; dataTypeID: number }[];
}

// Match node-postgres: 64-bit integers come back as strings so no precision is lost.
const PG_COMPATIBLE_PARSERS = { [types.INT8]: (value: string) => value };

class SessionLock {
  private tail: Promise<void> = Promise.resolve();
  /** Callers holding or awaiting the session, for the pool metrics. */
  queued = 0;

  acquire(): Promise<() => void> {
    this.queued += 1;
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      let done = false;
      release = () => {
        if (!done) this.queued -= 1;
        done = true;
        resolve();
      };
    });
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => released);
    return acquired;
  }
}

class PgliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  /** `query` may be a named statement's `{ name, text }` (queryPrepared): PGlite parses each query anyway, so only the text counts. */
  query(query: string | { text: string }, params?: unknown[] | Callback<PgLikeResult>, callback?: Callback<PgLikeResult>) {
    const values = typeof params === 'function' ? undefined : params;
    const done = typeof params === 'function' ? params : callback;
    const promise = this.run(typeof query === 'string' ? query : query.text, values);
    if (!done) return promise;
    promise.then(
      (result) => done(null, result),
      (error: Error) => done(error),
    );
    return undefined;
  }

  private async run(text: string, values?: unknown[]): Promise<PgLikeResult> {
    if (values && values.length > 0) {
      return toPgResult(await this.db.query(text, values, { parsers: PG_COMPATIBLE_PARSERS }));
    }
    // Without parameters, allow several statements (migrations) like pg's simple protocol.
    const results = await this.db.exec(text, { parsers: PG_COMPATIBLE_PARSERS });
    return toPgResult(results[results.length - 1] ?? { rows: [], fields: [], affectedRows: 0 });
  }
}

function toPgResult(result: {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
  command?: string;
  rowCount?: number;
}): PgLikeResult {
  return {
    rows: result.rows,
    fields: result.fields,
    command: result.command,
    rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length,
  };
}

export interface PgliteEngine {
  /** The `driver` option for TypeORM's postgres DataSource. */
  driver: { Pool: new () => EventEmitter };
}

/** Opens PGlite at `dataDir` (a folder, or `memory://` for a throwaway database). */
export async function openPglite(dataDir: string): Promise<PgliteEngine> {
  // PGlite creates only the last folder of the path; `./.data/pglite` needs `./.data` first.
  const inFolder = !dataDir.includes('://');
  if (inFolder) await mkdir(dataDir, { recursive: true });
  const unlockFolder = inFolder ? lockPgliteFolder(dataDir) : () => undefined;
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  } catch (error) {
    unlockFolder();
    throw error;
  }
  const lock = new SessionLock();
  const client = new PgliteClient(db);

  class Pool extends EventEmitter {
    // node-postgres's counters, as metrics read them: one session, and whoever waits for it.
    readonly totalCount = 1;
    readonly options = { max: 1 };
    get idleCount(): number {
      return lock.queued === 0 ? 1 : 0;
    }
    get waitingCount(): number {
      return Math.max(0, lock.queued - 1);
    }

    connect(callback?: (err: Error | null, client?: PgliteClient, release?: () => void) => void) {
      const acquired = lock.acquire().then((unlock) => {
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          // Never hand the next caller a session still inside someone else's transaction.
          if (db.isInTransaction()) void db.exec('ROLLBACK').finally(unlock);
          else unlock();
        };
        return { release };
      });
      if (callback) {
        acquired.then(
          ({ release }) => callback(null, client, release),
          (error: Error) => callback(error),
        );
        return undefined;
      }
      return acquired.then(({ release }) => Object.assign(Object.create(client), { release }));
    }

    query(query: string | { text: string }, params?: unknown[]) {
      return lock.acquire().then(async (unlock) => {
        try {
          return await client.query(query, params);
        } finally {
          unlock();
        }
      });
    }

    /** TypeORM ends its pool when the DataSource is destroyed: the database closes with it. */
    end(callback?: (err?: Error) => void) {
      const closed = (db.closed ? Promise.resolve() : db.close()).finally(unlockFolder);
      closed.then(
        () => callback?.(),
        (error: Error) => callback?.(error),
      );
      return closed;
    }
  }

  return { driver: { Pool } };
}
