import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { firstRow } from '../database/first-row';
import { returnedRows } from '../database/returned-rows';

export interface LimitState {
  count: number;
  retryAfterSeconds: number;
}

/** A growing delay: `freeAttempts` at once, then one attempt per delay, doubling up to a cap. */
export interface BackoffPolicy {
  freeAttempts: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** A key left alone this long starts again with its free attempts; longer than `maxDelaySeconds`. */
  forgetAfterSeconds: number;
}

export interface Admission {
  admitted: boolean;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters in Postgres (table `rate_limit_counter`), so every API replica counts
 * the same attempts: one upsert per hit, and a window that has ended starts again at 1. Keys
 * name what is counted, e.g. `login:ip:203.0.113.5` or `onboarding-apply:ip:…`.
 */
@Injectable()
export class RateLimiter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts one attempt against `key` and returns the count in the current window. */
  async hit(key: string, windowSeconds: number): Promise<LimitState> {
    const row: { count: number; retry_after: number } = firstRow(
      await this.dataSource.query(
        `INSERT INTO rate_limit_counter AS c (key, window_start, count)
            VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE
              SET count = CASE WHEN c.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE c.count + 1 END,
                  window_start = CASE WHEN c.window_start <= now() - make_interval(secs => $2) THEN now() ELSE c.window_start END
        RETURNING count, ${RETRY_AFTER}`,
        [key, windowSeconds],
      ),
    );
    return { count: row.count, retryAfterSeconds: Number(row.retry_after) };
  }

  /**
   * Admits one attempt against `key` or refuses it until its delay has passed (see
   * BackoffPolicy). Counting and deciding are one statement, so parallel attempts cannot all
   * read the same count and pass together: of N at once, exactly `freeAttempts` get through.
   * On such a key `window_start` is the time of the last admitted attempt.
   */
  async admit(key: string, policy: BackoffPolicy): Promise<Admission> {
    const params = [key, policy.freeAttempts, policy.baseDelaySeconds, policy.maxDelaySeconds, policy.forgetAfterSeconds];
    const admitted: unknown[] = await this.dataSource.query(
      `INSERT INTO rate_limit_counter AS c (key, window_start, count)
            VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE
              SET count = CASE WHEN c.window_start <= now() - make_interval(secs => $5) THEN 1 ELSE c.count + 1 END,
                  window_start = now()
            WHERE c.count < $2 OR c.window_start + ${BACKOFF_DELAY} <= now()
        RETURNING count`,
      params,
    );
    if (admitted.length > 0) return { admitted: true, retryAfterSeconds: 0 };
    // Only to tell the caller how long to wait; the decision above is already made.
    const rows: { retry_after: number }[] = await this.dataSource.query(
      `SELECT GREATEST(1, CEIL(EXTRACT(EPOCH FROM (c.window_start + ${BACKOFF_DELAY} - now()))))::int AS retry_after
         FROM rate_limit_counter c WHERE key = $1`,
      params.slice(0, 4),
    );
    return { admitted: false, retryAfterSeconds: Number(rows[0]?.retry_after ?? 1) };
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_counter WHERE key = $1`, [key]);
  }

  /** Deletes windows that ended a day ago (a backoff key's is its last admitted attempt); answers how many. */
  async sweepExpired(): Promise<number> {
    const swept = returnedRows(await this.dataSource.query(`DELETE FROM rate_limit_counter WHERE window_start < now() - interval '1 day' RETURNING key`));
    return swept.length;
  }
}

// The wait after the latest admitted attempt: none while free attempts remain, then doubling
// from $3 to the cap $4 (the exponent is bounded so the power never overflows).
const BACKOFF_DELAY = `make_interval(secs => CASE WHEN c.count < $2 THEN 0
  ELSE LEAST($4::float8, $3::float8 * power(2, LEAST(c.count - $2, 30))) END)`;

// Seconds until the window ends, at least 1 (a Retry-After of 0 invites a tight loop).
const RETRY_AFTER = `GREATEST(1, CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => $2) - now()))))::int AS retry_after`;
