import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';
import { actorFields, type AuthenticatedActor, requestOrigin } from '@bluecarbon/identity';
import { AuditService, OutboxService } from '@bluecarbon/platform';
import type { PartnerRef } from './access/onboarding-access';

export interface OnboardingEvent {
  /** Dotted name, used both as the audit action and the outbox event type. */
  type: string;
  actor: AuthenticatedActor | null;
  request?: FastifyRequest;
  subjectType: string;
  subjectId: string;
  partner: PartnerRef | null;
  before?: object | null;
  after?: object | null;
  /** What webhook subscribers receive, besides the partner and the time. */
  payload: Record<string, unknown>;
}

/**
 * Every onboarding change is audited and announced through the outbox in the caller's
 * transaction: both exist if and only if the change committed.
 */
@Injectable()
export class OnboardingEvents {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async record(manager: EntityManager, event: OnboardingEvent): Promise<void> {
    await this.audit.record(manager, {
      ...(event.actor ? actorFields(event.actor) : {}),
      ...(event.request ? requestOrigin(event.request) : {}),
      action: event.type,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      jurisdictionId: event.partner?.jurisdictionId ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
    });
    await this.outbox.enqueue(manager, event.type, {
      ...event.payload,
      jurisdictionId: event.partner?.jurisdictionId ?? null,
      jurisdictionCode: event.partner?.jurisdictionCode ?? null,
      actorId: event.actor?.userId ?? null,
      occurredAt: new Date().toISOString(),
    });
  }
}
