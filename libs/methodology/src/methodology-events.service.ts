import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';
import { actorFields, type AuthenticatedActor, requestOrigin } from '@bluecarbon/identity';
import { AuditService, OutboxService } from '@bluecarbon/platform';

export interface MethodologyEvent {
  /** Dotted name, used both as the audit action and the outbox event type. */
  type: string;
  actor: AuthenticatedActor;
  request: FastifyRequest;
  subjectType: 'methodology_template' | 'methodology_version' | 'methodology_adaptation';
  subjectId: string;
  /** The city whose record it is; null for the shared methodology. */
  jurisdiction: { id: string | null; code: string } | null;
  before?: object | null;
  after?: object | null;
  payload: Record<string, unknown>;
}

/**
 * Every methodology change is audited and announced through the outbox in the caller's
 * transaction: both exist if and only if the change committed.
 */
@Injectable()
export class MethodologyEvents {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async record(manager: EntityManager, event: MethodologyEvent): Promise<void> {
    await this.audit.record(manager, {
      ...actorFields(event.actor),
      ...requestOrigin(event.request),
      action: event.type,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      jurisdictionId: event.jurisdiction?.id ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
    });
    await this.outbox.enqueue(manager, event.type, {
      ...event.payload,
      jurisdictionId: event.jurisdiction?.id ?? null,
      jurisdictionCode: event.jurisdiction?.code ?? null,
      actorId: event.actor.userId,
      occurredAt: new Date().toISOString(),
    });
  }
}
