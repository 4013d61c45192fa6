import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { redactSecrets } from '../http/logging';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  actorId?: string | null;
  actorOrganisationId?: string | null;
  jurisdictionId?: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  before?: object | null;
  after?: object | null;
  requestId?: string | null;
  ip?: string | null;
}

/**
 * Records audit events. Callers pass the EntityManager of their own transaction so the event
 * commits or rolls back with the write it describes.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEvent, {
      actorId: entry.actorId ?? null,
      actorOrganisationId: entry.actorOrganisationId ?? null,
      jurisdictionId: entry.jurisdictionId ?? null,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      // Password hashes, tokens and secrets never reach the audit trail.
      before: redactSecrets(entry.before ?? null) as object | null,
      after: redactSecrets(entry.after ?? null) as object | null,
      requestId: entry.requestId ?? null,
      ip: entry.ip ?? null,
    });
  }
}
