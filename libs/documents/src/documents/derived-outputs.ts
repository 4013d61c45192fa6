import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';

/** Outputs held; a 2,000-segment render is about 100 kB, its XLIFF file about 1 MB. */
const CAPACITY = 16;

/**
 * Outputs computed from a revision and its translations (renders, XLIFF files), kept by a
 * fingerprint of every input they are computed from. Rebuilding and serialising 2,000
 * segments costs about ten times the query that reads their translations, and readers ask
 * for the same render again and again: the caller still reads its inputs on every request,
 * so a saved translation changes the fingerprint and the next request computes afresh, on
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
}
