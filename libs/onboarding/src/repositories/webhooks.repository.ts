import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A delivery still to make, with where to and the sealed secret to sign with. */
export interface PendingDeliveryRow {
  id: string;
  url: string;
  secret: string;
}

/** An active subscription as delivery planning filters it. */
export interface ActiveSubscriptionRow {
  id: string;
  jurisdiction_code: string | null;
  event_types: string[];
}

export interface DeliveryRow {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  status: string;
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: Date | null;
  delivered_at: Date | null;
  created_at: Date | string;
}

/** How an attempt went, as the delivery row records it. */
export interface DeliveryOutcome {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/**
 * Named queries over `webhook_subscription` and `webhook_delivery` that the entity manager
 * does not answer on its own. Delivery runs outside a transaction: each statement stands alone.
 */
@Injectable()
export class WebhooksRepository {
  /** Subscriptions that existed when the event happened. */
  activeSince(manager: EntityManager, eventCreatedAt: Date): Promise<ActiveSubscriptionRow[]> {
    return manager.query(`SELECT id, jurisdiction_code, event_types FROM webhook_subscription WHERE active AND created_at <= $1`, [eventCreatedAt]);
  }

  /** One delivery row per subscription and event, however often the event is handled. */
  async planDelivery(manager: EntityManager, subscriptionId: string, eventId: string, eventType: string): Promise<void> {
    await manager.query(
      `INSERT INTO webhook_delivery (subscription_id, event_id, event_type) VALUES ($1, $2, $3) ON CONFLICT (subscription_id, event_id) DO NOTHING`,
      [subscriptionId, eventId, eventType],
    );
  }

  /** The event's deliveries still pending to subscriptions still active, oldest first. */
  pendingDeliveries(manager: EntityManager, eventId: string): Promise<PendingDeliveryRow[]> {
    return manager.query(
      `SELECT d.id, s.url, s.secret FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
        WHERE d.event_id = $1 AND d.status = 'pending' AND s.active ORDER BY d.created_at, d.id`,
      [eventId],
    );
  }

  /** Records an attempt: delivered, pending for the next try, or dead after the last one. */
  async recordAttempt(manager: EntityManager, deliveryId: string, outcome: DeliveryOutcome, lastAttempt: boolean): Promise<void> {
    await manager.query(
      `UPDATE webhook_delivery
          SET attempts = attempts + 1, last_attempt_at = now(), last_status_code = $2, last_error = $3,
              status = CASE WHEN $4::boolean THEN 'delivered' WHEN $5::boolean THEN 'dead' ELSE 'pending' END,
              delivered_at = CASE WHEN $4::boolean THEN now() ELSE NULL END
        WHERE id = $1`,
      [deliveryId, outcome.status, outcome.error, outcome.ok, lastAttempt],
    );
  }

  /** The subscription's deliveries, newest first, one row more than the page. */
  deliveries(manager: EntityManager, subscriptionId: string, after: { sortKey: string; id: string } | null, limit: number): Promise<DeliveryRow[]> {
    return manager.query(
      `SELECT id, subscription_id, event_id, event_type, status, attempts, last_status_code, last_error, last_attempt_at, delivered_at, created_at
         FROM webhook_delivery
        WHERE subscription_id = $1
          AND ($2::timestamptz IS NULL OR (date_trunc('milliseconds', created_at), id) < ($2::timestamptz, $3::uuid))
        ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC LIMIT $4`,
      [subscriptionId, after?.sortKey ?? null, after?.id ?? null, limit + 1],
    );
  }

  /** Secrets still stored in plain text (they start with `prefix`). */
  plainSecrets(manager: EntityManager, prefix: string): Promise<{ id: string; secret: string }[]> {
    return manager.query(`SELECT id, secret FROM webhook_subscription WHERE starts_with(secret, $1)`, [prefix]);
  }

  /** Replaces the plain secret by its sealed form, unless another process changed it first. */
  async sealSecret(manager: EntityManager, id: string, plain: string, sealed: string): Promise<void> {
    await manager.query(`UPDATE webhook_subscription SET secret = $3 WHERE id = $1 AND secret = $2`, [id, plain, sealed]);
  }
}
