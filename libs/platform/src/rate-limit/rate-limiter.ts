import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface LimitState {
  count: number;
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
    const [row]: { count: number; retry_after: number }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_counter AS c (key, window_start, count)
            VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE
              SET count = CASE WHEN c.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE c.count + 1 END,
                  window_start = CASE WHEN c.window_start <= now() - make_interval(secs => $2) THEN now() ELSE c.window_start END
        RETURNING count, ${RETRY_AFTER}`,
      [key, windowSeconds],
    );
    return { count: row.count, retryAfterSeconds: Number(row.retry_after) };
  }

  /** The current count without counting (0 when the window has ended). */
  async peek(key: string, windowSeconds: number): Promise<LimitState> {
    const rows: { count: number; retry_after: number }[] = await this.dataSource.query(
      `SELECT count, ${RETRY_AFTER} FROM rate_limit_counter
        WHERE key = $1 AND window_start > now() - make_interval(secs => $2)`,
      [key, windowSeconds],
    );
    return rows[0] ? { count: rows[0].count, retryAfterSeconds: Number(rows[0].retry_after) } : { count: 0, retryAfterSeconds: 0 };
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_counter WHERE key = $1`, [key]);
  }
}

// Seconds until the window ends, at least 1 (a Retry-After of 0 invites a tight loop).
const RETRY_AFTER = `GREATEST(1, CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => $2) - now()))))::int AS retry_after`;
