import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returnedRows } from '@bluecarbon/platform';
import type { DeliveryChoice, NotificationKind } from '../domain/notification-kinds';

export interface DigestItemRow {
  kind: NotificationKind;
  params: Record<string, string>;
  created_at: Date;
}

/**
 * Who was told what: one `notification_delivery` row per (event, recipient), and the notices
 * waiting in a recipient's daily digest (`notification_digest_item`).
 */
@Injectable()
export class DeliveriesRepository {
  /**
   * The recipient's delivery of the event, created with `channel` the first time (the channel
   * chosen then holds for retries) and locked, so that a second worker waits for this one.
   */
  async claim(
    manager: EntityManager,
    delivery: { eventId: string; userId: string; kind: NotificationKind; channel: DeliveryChoice },
  ): Promise<{ channel: DeliveryChoice; sent_at: Date | null } | null> {
    await manager.query(
      `INSERT INTO notification_delivery (event_id, user_id, kind, channel) VALUES ($1, $2, $3, $4) ON CONFLICT (event_id, user_id) DO NOTHING`,
      [delivery.eventId, delivery.userId, delivery.kind, delivery.channel],
    );
    const rows: { channel: DeliveryChoice; sent_at: Date | null }[] = await manager.query(
      `SELECT channel, sent_at FROM notification_delivery WHERE event_id = $1 AND user_id = $2 FOR UPDATE`,
      [delivery.eventId, delivery.userId],
    );
    return rows[0] ?? null;
  }

  async markSent(manager: EntityManager, eventId: string, userId: string): Promise<void> {
    await manager.query(`UPDATE notification_delivery SET sent_at = now() WHERE event_id = $1 AND user_id = $2`, [eventId, userId]);
  }

  async queueForDigest(
    manager: EntityManager,
    item: { eventId: string; userId: string; kind: NotificationKind; params: Record<string, string> },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notification_digest_item (event_id, user_id, kind, params) VALUES ($1, $2, $3, $4) ON CONFLICT (event_id, user_id) DO NOTHING`,
      [item.eventId, item.userId, item.kind, JSON.stringify(item.params)],
    );
  }

  /** Users with a notice queued before `instant`: those whose digest may be due. */
  async usersWithQueuedNotices(manager: EntityManager, instant: Date): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(`SELECT DISTINCT user_id FROM notification_digest_item WHERE sent_at IS NULL AND created_at < $1`, [
      instant,
    ]);
    return rows.map((row) => row.user_id);
  }

  /**
   * Takes the user's notices queued before the start of their day at `now` in `timeZone`,
   * marking them sent. The start of the day comes from the database's time-zone rules, daylight
   * saving included.
   */
  async takeQueuedBeforeLocalDay(manager: EntityManager, userId: string, now: Date, timeZone: string): Promise<DigestItemRow[]> {
    return returnedRows<DigestItemRow>(
      await manager.query(
        `UPDATE notification_digest_item SET sent_at = now()
          WHERE user_id = $1 AND sent_at IS NULL
            AND created_at < (date_trunc('day', $2::timestamptz AT TIME ZONE $3) AT TIME ZONE $3)
      RETURNING kind, params, created_at`,
        [userId, now, timeZone],
      ),
    );
  }
}
