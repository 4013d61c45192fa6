import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AuthenticatedActor, DomainEvents } from '@bluecarbon/identity';
import type { RequestContext } from '@bluecarbon/platform';

export interface DocumentEvent {
  /** Dotted name, both the audit action and the outbox event type (`documents.translation.saved`). */
  type: string;
  actor: AuthenticatedActor;
  /** Where the change was asked for (request id and address, for the audit entry). */
  context?: RequestContext;
  subjectType: string;
  subjectId: string;
  /** The document concerned; null for shared material that is no document (glossary, UI strings). */
  document: { id: string; jurisdictionId: string | null; jurisdictionCode: string | null } | null;
  before?: object | null;
  after?: object | null;
  payload?: Record<string, unknown>;
}

/**
 * Document changes, through identity's DomainEvents (audit and outbox in one transaction);
 * subscribers also get the document and the subject.
 */
@Injectable()
export class DocumentEvents {
  constructor(private readonly events: DomainEvents) {}

  record(manager: EntityManager, event: DocumentEvent): Promise<void> {
    const { document, payload, ...rest } = event;
    return this.events.record(manager, {
      ...rest,
      jurisdiction: document ? { id: document.jurisdictionId, code: document.jurisdictionCode } : null,
      payload: { documentId: document?.id ?? null, subjectId: event.subjectId, ...payload },
    });
  }
}
