import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { firstRow } from '../database/first-row';
import { Metrics } from './metrics';

/** What node-postgres's Pool (and the embedded engine's stand-in) tell about themselves. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/**
 * The database as an operator watches it: the connection pool (busy, idle, callers waiting)
 * and the outbox (events not yet delivered, the age of the oldest, dead letters). The outbox
 * figures are one query per scrape, the same on every replica.
 */
@Injectable()
export class DatabaseMetrics implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    const pool = () => (this.dataSource.driver as unknown as { master?: PoolCounts }).master;
    this.metrics.gauge(
      'bluecarbon_db_pool_connections',
      'Connections of this process to the database, by state (busy or idle)',
      () => {
        const counts = pool();
        if (!counts) return [];
        return [
          { labels: { state: 'busy' }, value: counts.totalCount - counts.idleCount },
          { labels: { state: 'idle' }, value: counts.idleCount },
        ];
      },
      ['state'],
    );
    this.metrics.gauge('bluecarbon_db_pool_waiting', 'Queries of this process waiting for a free connection', () => pool()?.waitingCount ?? 0);
    this.metrics.gauge('bluecarbon_db_pool_max_connections', 'Largest number of connections this process opens', () => pool()?.options?.max ?? 1);

    this.metrics.gauge(
      'bluecarbon_outbox_events',
      'Outbox events by state: pending (not yet delivered) or dead (gave up after too many attempts)',
      async () => {
        const row = await this.backlog();
        return [
          { labels: { state: 'pending' }, value: row.pending },
          { labels: { state: 'dead' }, value: row.dead },
        ];
      },
      ['state'],
    );
    this.metrics.gauge('bluecarbon_outbox_oldest_pending_age_seconds', 'Age of the oldest outbox event not yet delivered (0 when none)', async () => {
      const row = await this.backlog();
      return row.oldest_age;
    });
  }

  /** Throws when the database does not answer: the scrape then fails and says why. */
  private async backlog(): Promise<{ pending: number; dead: number; oldest_age: number }> {
    // An aggregate: always one row.
    return firstRow(
      await this.dataSource.query(
        `SELECT count(*) FILTER (WHERE dead_at IS NULL)::int AS pending,
              count(*) FILTER (WHERE dead_at IS NOT NULL)::int AS dead,
              coalesce(extract(epoch FROM now() - min(created_at) FILTER (WHERE dead_at IS NULL)), 0)::float8 AS oldest_age
         FROM outbox_event WHERE delivered_at IS NULL`,
      ),
    );
  }
}
