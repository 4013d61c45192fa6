import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type ActorContext, actorFields, type ActorMembership, type AuthenticatedActor } from '@bluecarbon/identity';
import { AppConfig, AuditService, decodeCursor, insertedId, type Page, Problems, toPage, updateVersioned } from '@bluecarbon/platform';
import type { CreateWebhookDto, DeliveryQuery, UpdateWebhookDto } from '../dto/webhook.dto';
import { WebhookDelivery } from '../entities/webhook-delivery.entity';
import { WebhookSubscription } from '../entities/webhook-subscription.entity';
import { subscriberMembership, subscriberOrganisations } from './webhook-access';
import { WebhooksRepository } from '../repositories/webhooks.repository';
import { WebhookSecrets } from './webhook-secrets';
import { isPrivateTarget } from './webhook-target';

const RESOURCE = 'webhook_subscription';

export type WebhookView = Omit<WebhookSubscription, 'secret' | 'createdBy'>;

/** Subscriptions belong to an organisation; only its members see them and their delivery log. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly secrets: WebhookSecrets,
    private readonly webhooks: WebhooksRepository,
  ) {}

  async create(ctx: ActorContext, input: CreateWebhookDto): Promise<WebhookView & { secret: string }> {
    const { actor } = ctx;
    const membership = await this.assertSubscriber(ctx, input.organisationId);
    this.assertPublicTarget(input.url);
    // Shown once in this answer (never in an Idempotency-Key replay); deliveries are signed
    // with it (HMAC-SHA256); the table keeps it sealed.
    const secret = this.secrets.create();
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.insert(WebhookSubscription, {
        organisationId: input.organisationId,
        // A city's subscription hears only about that city; the steward's side about every partner.
        jurisdictionCode: membership.organisationKind === 'jurisdiction' ? membership.jurisdictionCode : null,
        url: input.url,
        secret: secret.sealed,
        eventTypes: input.eventTypes ?? [],
        active: true,
        createdBy: actor.userId,
      });
      const created = await manager.findOneByOrFail(WebhookSubscription, { id: insertedId(inserted) });
      await this.audit.record(manager, {
        ...actorFields(actor),
        ...ctx.origin,
        action: 'onboarding.webhook.created',
        subjectType: RESOURCE,
        subjectId: created.id,
        after: { url: created.url, eventTypes: created.eventTypes, organisationId: created.organisationId },
      });
      return { ...toView(created), secret: secret.plain };
    });
  }

  async list(actor: AuthenticatedActor): Promise<WebhookView[]> {
    const organisations = subscriberOrganisations(actor);
    if (!organisations.length) return [];
    const rows = await this.dataSource
      .getRepository(WebhookSubscription)
      .createQueryBuilder('w')
      .where('w.organisation_id IN (:...organisations)', { organisations })
      .orderBy('w.created_at')
      .getMany();
    return rows.map(toView);
  }

  async get(ctx: ActorContext, id: string): Promise<WebhookSubscription> {
    const subscription = await this.dataSource.getRepository(WebhookSubscription).findOneBy({ id });
    if (!subscription) throw Problems.notFound(RESOURCE);
    await this.assertSubscriber(ctx, subscription.organisationId, 'not_found');
    return subscription;
  }

  async update(ctx: ActorContext, id: string, input: UpdateWebhookDto, ifMatch: number): Promise<WebhookView> {
    const { actor } = ctx;
    const current = await this.get(ctx, id);
    if (input.url !== undefined) this.assertPublicTarget(input.url);
    return this.dataSource.transaction(async (manager) => {
      const changes: Partial<WebhookSubscription> = {};
      if (input.url !== undefined) changes.url = input.url;
      if (input.eventTypes !== undefined) changes.eventTypes = input.eventTypes;
      if (input.active !== undefined) changes.active = input.active;
      const updated = await updateVersioned(manager, WebhookSubscription, id, ifMatch, changes, RESOURCE);
      await this.audit.record(manager, {
        ...actorFields(actor),
        ...ctx.origin,
        action: 'onboarding.webhook.updated',
        subjectType: RESOURCE,
        subjectId: id,
        before: toView(current),
        after: toView(updated),
      });
      return toView(updated);
    });
  }

  /** The delivery log, newest first: status, attempts, last HTTP status and error. */
  async deliveries(ctx: ActorContext, id: string, query: DeliveryQuery): Promise<Page<WebhookDelivery>> {
    await this.get(ctx, id);
    const after = query.cursor ? decodeCursor(query.cursor, 'time') : null;
    const rows = await this.webhooks.deliveries(this.dataSource.manager, id, after, query.limit);
    const deliveries = rows.map((row) =>
      Object.assign(new WebhookDelivery(), {
        id: row.id,
        subscriptionId: row.subscription_id,
        eventId: row.event_id,
        eventType: row.event_type,
        status: row.status,
        attempts: row.attempts,
        lastStatusCode: row.last_status_code,
        lastError: row.last_error,
        lastAttemptAt: row.last_attempt_at,
        deliveredAt: row.delivered_at,
        createdAt: new Date(row.created_at),
      }),
    );
    return toPage(deliveries, query.limit, (row) => ({ sortKey: row.createdAt.toISOString(), id: row.id }));
  }

  private assertPublicTarget(url: string): void {
    if (this.config.isProduction && isPrivateTarget(url)) {
      throw Problems.invalidFields([{ field: 'url', rule: 'publicUrl' }]);
    }
  }

  private async assertSubscriber(ctx: ActorContext, organisationId: string, refusal: 'forbidden' | 'not_found' = 'forbidden'): Promise<ActorMembership> {
    const { actor } = ctx;
    const membership = subscriberMembership(actor, organisationId);
    if (membership) return membership;
    await this.access.recordDenial(ctx, { action: 'manage', resource: RESOURCE, subjectId: organisationId, decision: refusal });
    throw refusal === 'not_found' ? Problems.notFound(RESOURCE) : Problems.forbidden();
  }
}

function toView(subscription: WebhookSubscription): WebhookView {
  const { id, organisationId, jurisdictionCode, url, eventTypes, active, createdAt, updatedAt, version } = subscription;
  return { id, organisationId, jurisdictionCode, url, eventTypes, active, createdAt, updatedAt, version };
}
