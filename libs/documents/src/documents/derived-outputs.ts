import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';

/** Outputs held; a 2,000-segment render is about 100 kB, its XLIFF file about 1 MB. */
const CAPACITY = 16;
/** Reads of a fingerprint before an output is computed uncached (saves racing every read). */
const ATTEMPTS = 3;

/** What an output is computed from, read together with the fingerprint of exactly these rows. */
export interface FingerprintedRows<R> {
  fingerprint: string;
  rows: R;
}

/**
 * Outputs computed from a revision and its translations (renders, XLIFF files), kept by a
 * fingerprint of every input they are computed from. Rebuilding and serialising 2,000
 * segments costs about ten times the query that reads their translations, and readers ask
 * for the same render again and again: the caller still reads the inputs' fingerprint on
 * every request, so a saved translation changes it and the next request computes afresh, on
 * every replica, with nothing to invalidate. Identical requests arriving together share one
 * computation.
 */
@Injectable()
export class DerivedOutputs {
  private readonly entries = new Map<string, Promise<unknown>>();

  /** `inputs` must hold everything `compute` reads (JSON-serialisable); its result must not be changed by callers. */
  get<T>(inputs: unknown, compute: () => Promise<T>): Promise<T> {
    const key = createHash('sha256').update(JSON.stringify(inputs)).digest('base64');
    let entry = this.entries.get(key) as Promise<T> | undefined;
    if (entry) {
      this.entries.delete(key); // most recently used last
    } else {
      entry = compute();
      entry.catch(() => this.entries.delete(key));
    }
    this.entries.set(key, entry);
    while (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }

  /**
   * An output of `inputs` (what never changes: document, revision, locale…) and of rows the
   * database fingerprints: a hit costs one `fingerprint()` (a digest computed where the rows
   * are, one row over the wire) instead of reading them all. On a miss the rows are read with
   * their own fingerprint in one statement; rows saved between the two reads are not kept
   * under the older fingerprint (a later request with that one would get the newer output):
   * the fingerprint is read again.
   */
  async fresh<R, T>(
    inputs: readonly unknown[],
    fingerprint: () => Promise<string>,
    read: () => Promise<FingerprintedRows<R>>,
    compute: (rows: R) => Promise<T>,
  ): Promise<T> {
    for (let attempt = 1; attempt < ATTEMPTS; attempt++) {
      const expected = await fingerprint();
      try {
        return await this.get([...inputs, expected], async () => {
          const current = await read();
          if (current.fingerprint !== expected) throw new InputsChanged();
          return compute(current.rows);
        });
      } catch (error) {
        if (!(error instanceof InputsChanged)) throw error;
      }
    }
    // Saves keep racing the reads: this request's output, from the rows as read, kept by their fingerprint.
    const current = await read();
    return this.get([...inputs, current.fingerprint], () => compute(current.rows));
  }
}

/** The rows changed between reading their fingerprint and reading them. */
class InputsChanged extends Error {}
