import { Injectable } from '@nestjs/common';
import { decodeCursor, type Page, toPage } from '@bluecarbon/platform';
import type { AuthenticatedActor } from '../access/actor';
import type { AuditEventResponse, AuditQuery } from '../dto/audit.dto';
import { type AuditEventRow, AuditEventsRepository, type AuditScope } from '../repositories/audit-events.repository';

/**
 * Reads the audit trail, newest first, with keyset paging. Admins and stewards read it all;
 * a coordinator reads the events of their own jurisdiction: those tagged with its linked
 * record, and, among events tagged with no jurisdiction, those made by members of its
 * organisation and those about the organisation.
 */
@Injectable()
export class AuditLogService {
  constructor(private readonly auditEvents: AuditEventsRepository) {}

  async list(actor: AuthenticatedActor, query: AuditQuery): Promise<Page<AuditEventResponse>> {
    // The sort key is the timestamp as Postgres prints it: exact to the microsecond.
    const position = query.cursor ? decodeCursor(query.cursor, 'time') : null;
    const rows = await this.auditEvents.page({
      scope: this.scopeOf(actor),
      subjectType: query.subjectType,
      subjectId: query.subjectId,
      actorId: query.actorId,
      from: query.from,
      to: query.to,
      before: position ? { at: position.sortKey, id: position.id } : undefined,
      limit: query.limit + 1,
    });
    const page = toPage(rows, query.limit, (row) => ({ sortKey: row.at_text, id: row.id }));
    return { items: page.items.map(toResponse), nextCursor: page.nextCursor };
  }

  /**
   * Admins and stewards see everything; a coordinator their jurisdiction's. Events about
   * another jurisdiction's records stay out even when a member of this city made them
   * (someone in two organisations): their before/after may hold that city's drafts.
   */
  private scopeOf(actor: AuthenticatedActor): AuditScope | null {
    if (actor.memberships.some((m) => m.role === 'admin' || m.role === 'steward')) return null;
    const home = actor.memberships.filter((m) => m.role === 'coordinator' && m.organisationKind === 'jurisdiction');
    return {
      organisationIds: home.map((m) => m.organisationId),
      jurisdictionIds: home.map((m) => m.jurisdictionId).filter((id): id is string => id !== null),
    };
  }
}

function toResponse(row: AuditEventRow): AuditEventResponse {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actorId: row.actor_id,
    actorOrganisationId: row.actor_organisation_id,
    jurisdictionId: row.jurisdiction_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
  };
}
