import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { insertedId } from '../database/first-row';
import { returnedRows } from '../database/returned-rows';
import { OutboxEvent } from './outbox-event.entity';

export interface ClaimedEvent {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  attempts: number;
  createdAt: Date;
}

export const MAX_DELIVERY_ATTEMPTS = 10;

/** Exponential backoff: 2 s, 4 s, 8 s … capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(2 ** attempts, 3600);
}

@Injectable()
export class OutboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Enqueue inside the caller's transaction: the event exists iff the change committed. */
  async enqueue(manager: EntityManager, type: string, payload: Record<string, unknown>): Promise<string> {
    const result = await manager.insert(OutboxEvent, { type, payload });
    return insertedId(result);
  }

  /**
   * Takes up to `limit` due events for this relay. `FOR UPDATE SKIP LOCKED` lets concurrent
   * relays pass over each other's rows instead of taking the same ones; the lease
   * (`locked_until`) keeps an event from being claimed again while it is being delivered,
   * and lets another relay take it over if this process dies mid-delivery.
   */
  async claim(limit: number, leaseSeconds: number): Promise<ClaimedEvent[]> {
    const rows = returnedRows<{ id: string; type: string; payload: Record<string, unknown>; attempts: number; created_at: Date }>(
      await this.dataSource.query(
        `UPDATE outbox_event
            SET attempts = attempts + 1, locked_until = now() + make_interval(secs => $2)
          WHERE id IN (
                SELECT id FROM outbox_event
                 WHERE delivered_at IS NULL AND dead_at IS NULL AND available_at <= now()
                   AND (locked_until IS NULL OR locked_until < now())
                 ORDER BY available_at, created_at
                 LIMIT $1
                   FOR UPDATE SKIP LOCKED)
        RETURNING id, type, payload, attempts, created_at`,
        [limit, leaseSeconds],
      ),
    );
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      payload: row.payload,
      attempts: row.attempts,
      createdAt: row.created_at,
    }));
  }

  async markDelivered(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE outbox_event SET delivered_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1`, [id]);
  }

  /** Gives back claimed events that were not tried: their claim does not count as an attempt. */
  async release(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.query(
      `UPDATE outbox_event SET locked_until = NULL, attempts = attempts - 1
        WHERE id = ANY($1::uuid[]) AND delivered_at IS NULL AND locked_until IS NOT NULL`,
      [ids],
    );
  }

  /** Schedules a retry with backoff, or dead-letters the event after too many attempts. */
  async markFailed(event: ClaimedEvent, error: string): Promise<void> {
    const dead = event.attempts >= MAX_DELIVERY_ATTEMPTS;
    await this.dataSource.query(
      `UPDATE outbox_event
          SET locked_until = NULL, last_error = $2,
              available_at = now() + make_interval(secs => $3),
              dead_at = CASE WHEN $4::boolean THEN now() ELSE NULL END
        WHERE id = $1`,
      [event.id, error.slice(0, 2000), retryDelaySeconds(event.attempts), dead],
    );
  }
}
