import { lookup as dnsLookup } from 'node:dns/promises';
import { Inject, Injectable, Logger, type OnModuleInit, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Agent, fetch } from 'undici';
import { ANY_EVENT, AppConfig, type ClaimedEvent, MAX_DELIVERY_ATTEMPTS, OutboxRelay } from '@bluecarbon/platform';
import { type PendingDeliveryRow, WebhooksRepository } from '../repositories/webhooks.repository';
import { WebhookSecrets } from './webhook-secrets';
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, signatureHeader, subscriptionReceives } from './webhook-signature';
import { type Lookup, pinnedLookup, vetTarget } from './webhook-target';

const TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 5_000;

/** The resolver deliveries use (the system's by default); tests provide a scripted one. */
export const WEBHOOK_LOOKUP = Symbol('WEBHOOK_LOOKUP');

/**
 * Delivers onboarding events from the outbox to webhook subscriptions. Retries ride on the
 * outbox: a pass that leaves a delivery failing throws, so the relay retries the event with
 * exponential backoff, and deliveries already made are not repeated (their row says so).
 * On the outbox's last attempt the failing deliveries are dead-lettered. A worker dying
 * between the receiver's 2xx and our bookkeeping means the receiver may get an event twice:
 * at-least-once, with the event id in a header to dedupe on.
 */
@Injectable()
export class WebhookDispatcher implements OnModuleInit {
  private readonly logger = new Logger('Webhooks');

  constructor(
    private readonly relay: OutboxRelay,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly secrets: WebhookSecrets,
    private readonly webhooks: WebhooksRepository,
    @Optional() @Inject(WEBHOOK_LOOKUP) private readonly lookup: Lookup = dnsLookup as Lookup,
  ) {}

  onModuleInit(): void {
    this.relay.register(ANY_EVENT, (event) => this.deliver(event));
  }

  async deliver(event: ClaimedEvent): Promise<void> {
    if (!event.type.startsWith('onboarding.')) return;
    await this.planDeliveries(event);
    const pending = await this.webhooks.pendingDeliveries(this.dataSource.manager, event.id);
    if (!pending.length) return;
    const body = JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt, data: event.payload });
    const lastAttempt = event.attempts >= MAX_DELIVERY_ATTEMPTS;
    let failures = 0;
    for (const delivery of pending) {
      const outcome = await this.post(delivery, event, body);
      if (!outcome.ok) failures += 1;
      await this.webhooks.recordAttempt(this.dataSource.manager, delivery.id, outcome, lastAttempt);
    }
    if (failures) throw new Error(`${failures} of ${pending.length} webhook deliveries failed`);
  }

  /** One row per subscription that existed when the event happened and may receive it. */
  private async planDeliveries(event: ClaimedEvent): Promise<void> {
    const subscriptions = await this.webhooks.activeSince(this.dataSource.manager, event.createdAt);
    const jurisdictionCode = (event.payload.jurisdictionCode as string | null | undefined) ?? null;
    for (const subscription of subscriptions) {
      if (
        !subscriptionReceives(
          { jurisdictionCode: subscription.jurisdiction_code, eventTypes: subscription.event_types },
          { type: event.type, jurisdictionCode },
        )
      )
        continue;
      await this.webhooks.planDelivery(this.dataSource.manager, subscription.id, event.id, event.type);
    }
  }

  private async post(delivery: PendingDeliveryRow, event: ClaimedEvent, body: string): Promise<{ ok: boolean; status: number | null; error: string | null }> {
    const secret = this.secrets.open(delivery.secret);
    if (secret === null) return { ok: false, status: null, error: 'the signing secret cannot be opened (was the encryption key changed?)' };
    // Outside production the test receivers and a developer's own listen on 127.0.0.1.
    const target = await vetTarget(delivery.url, this.lookup, !this.config.isProduction);
    if ('refused' in target) return { ok: false, status: null, error: `refused: ${target.refused}` };
    // The connection goes to the address just vetted, never to a second lookup's answer; the
    // URL's host name still names the server for the Host header, SNI and its certificate.
    const agent = new Agent({ connect: { lookup: pinnedLookup(target), timeout: CONNECT_TIMEOUT_MS } });
    try {
      const response = await fetch(delivery.url, {
        dispatcher: agent,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'BlueCarbonPortal-Webhooks/1',
          [EVENT_ID_HEADER]: event.id,
          [EVENT_TYPE_HEADER]: event.type,
          [SIGNATURE_HEADER]: signatureHeader(secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
        redirect: 'manual', // a redirect is a failure, not a way to send signed events elsewhere
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.arrayBuffer().catch(() => undefined);
      return response.ok ? { ok: true, status: response.status, error: null } : { ok: false, status: response.status, error: `HTTP ${response.status}` };
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${(error.cause as Error | undefined)?.message ?? error.message}` : String(error);
      this.logger.warn({ deliveryId: delivery.id, eventId: event.id, error: message }, 'webhook delivery failed');
      // The subscriber sees no connection detail: "ECONNREFUSED 10.0.0.5:5432" would make the
      // delivery log a port scanner. The server log keeps it.
      return { ok: false, status: null, error: 'connection failed or timed out' };
    } finally {
      await agent.close();
    }
  }
}
