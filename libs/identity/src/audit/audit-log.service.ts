import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, type Page, toPage } from '@bluecarbon/platform';
import type { AuthenticatedActor } from '../access/actor';
import type { AuditEventResponse, AuditQuery } from '../dto/audit.dto';

interface AuditRow {
  id: string;
  at_text: string;
  at: Date;
  actor_id: string | null;
  actor_organisation_id: string | null;
  jurisdiction_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  before: object | null;
  after: object | null;
  request_id: string | null;
}

/**
 * Reads the audit trail, newest first, with keyset paging. Admins and stewards read it all;
 * a coordinator reads the events of their own jurisdiction: those tagged with its linked
 * record, and, among events tagged with no jurisdiction, those made by members of its
 * organisation and those about the organisation.
 */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: AuthenticatedActor, query: AuditQuery): Promise<Page<AuditEventResponse>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const seesAll = actor.memberships.some((m) => m.role === 'admin' || m.role === 'steward');
    if (!seesAll) {
      const home = actor.memberships.filter((m) => m.role === 'coordinator' && m.organisationKind === 'jurisdiction');
      const organisationIds = home.map((m) => m.organisationId);
      const jurisdictionIds = home.map((m) => m.jurisdictionId).filter((id): id is string => id !== null);
      // Events about another jurisdiction's records stay out even when a member of this city
      // made them (someone in two organisations): their before/after may hold that city's drafts.
      where.push(
        `(jurisdiction_id = ANY(${param(jurisdictionIds)}::uuid[]) OR (jurisdiction_id IS NULL AND (` +
          `actor_organisation_id = ANY(${param(organisationIds)}::uuid[])` +
          ` OR (subject_type = 'organisation' AND subject_id = ANY(${param(organisationIds)}::text[])))))`,
      );
    }
    if (query.subjectType) where.push(`subject_type = ${param(query.subjectType)}`);
    if (query.subjectId) where.push(`subject_id = ${param(query.subjectId)}`);
    if (query.actorId) where.push(`actor_id = ${param(query.actorId)}`);
    if (query.from) where.push(`at >= ${param(query.from)}::timestamptz`);
    if (query.to) where.push(`at < ${param(query.to)}::timestamptz`);
    if (query.cursor) {
      const position = decodeCursor(query.cursor, 'time');
      // The sort key is the timestamp as Postgres prints it: exact to the microsecond.
      where.push(`(at, id) < (${param(position.sortKey)}::timestamptz, ${param(position.id)}::uuid)`);
    }
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT id, at::text AS at_text, at, actor_id, actor_organisation_id, jurisdiction_id, action, subject_type, subject_id,
              before, after, request_id
         FROM audit_event
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY at DESC, id DESC
        LIMIT ${param(query.limit + 1)}`,
      params,
    );
    const page = toPage(rows, query.limit, (row) => ({ sortKey: row.at_text, id: row.id }));
    return { items: page.items.map(toResponse), nextCursor: page.nextCursor };
  }
}

function toResponse(row: AuditRow): AuditEventResponse {
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
