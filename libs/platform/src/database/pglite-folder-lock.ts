import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ConfigurationError } from '../config/load-environment';

// Lock files this process holds: its own pid in any other file is a leftover of an earlier life.
const held = new Set<string>();

/**
 * PGlite works on an in-memory copy of its folder. A second process on the same folder (a
 * `db:seed` or `admin:create` while `npm start` runs) neither sees the other's changes nor
 * keeps its own: whichever writes last wins. So the first process to open a folder holds
 * `<folder>.lock` (its pid; next to the folder, which PGlite wants to itself) until it closes
 * the database, and any other is refused with the holder's pid. A holder that died leaves a
 * stale file, which is taken over; so does a file naming this process that this process does
 * not hold: a container's API gets the same pid on every start, so after a crash the lock on
 * its volume names the new process itself. Returns the release.
 */
export function lockPgliteFolder(dataDir: string): () => void {
  const file = `${dataDir.replace(/\/+$/, '')}.lock`;
  for (;;) {
    try {
      // Written whole under another name, then linked into place (which fails if the lock
      // exists): nobody can read a lock half made, take it for stale and remove it.
      const draft = `${file}.${process.pid}.tmp`;
      writeFileSync(draft, String(process.pid));
      try {
        linkSync(draft, file);
      } finally {
        rmSync(draft, { force: true });
      }
      held.add(file);
      return () => {
        held.delete(file);
        if (holderOf(file) === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(file);
      const mine = holder === process.pid && held.has(file);
      if (holder !== null && (mine || (holder !== process.pid && isRunning(holder)))) {
        throw new ConfigurationError(
          `Invalid configuration: PGLITE_DATA_DIR: ${dataDir} is in use by process ${holder}; the embedded database belongs to one process, so stop that one first (or use a PostgreSQL server)`,
        );
      }
      rmSync(file, { force: true });
    }
  }
}

function holderOf(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
