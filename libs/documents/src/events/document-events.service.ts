import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';
import { actorFields, type AuthenticatedActor, requestOrigin } from '@bluecarbon/identity';
import { AuditService, OutboxService } from '@bluecarbon/platform';

export interface DocumentEvent {
  /** Dotted name, both the audit action and the outbox event type (`documents.translation.saved`). */
  type: string;
  actor: AuthenticatedActor;
  request?: FastifyRequest;
  subjectType: string;
  subjectId: string;
  /** The document concerned; null for shared material that is no document (glossary, UI strings). */
  document: { id: string; jurisdictionId: string | null; jurisdictionCode: string | null } | null;
  before?: object | null;
  after?: object | null;
  payload?: Record<string, unknown>;
}

/** Audit event and outbox event in the caller's transaction: both exist iff the write committed. */
@Injectable()
export class DocumentEvents {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async record(manager: EntityManager, event: DocumentEvent): Promise<void> {
    await this.audit.record(manager, {
      ...actorFields(event.actor),
      ...(event.request ? requestOrigin(event.request) : {}),
      action: event.type,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      jurisdictionId: event.document?.jurisdictionId ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
    });
    await this.outbox.enqueue(manager, event.type, {
      documentId: event.document?.id ?? null,
      jurisdictionCode: event.document?.jurisdictionCode ?? null,
      subjectId: event.subjectId,
      ...event.payload,
      actorId: event.actor.userId,
      occurredAt: new Date().toISOString(),
    });
  }
}
