import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface AuditEventRow {
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

/** Limits a reader to one city's trail: its jurisdictions' records, and its organisations' own doings. */
export interface AuditScope {
  jurisdictionIds: string[];
  organisationIds: string[];
}

export interface AuditFilter {
  /** Null: the whole trail. */
  scope: AuditScope | null;
  subjectType?: string;
  subjectId?: string;
  actorId?: string;
  from?: string;
  to?: string;
  /** Keyset position: rows strictly older than this (timestamp as Postgres prints it, id). */
  before?: { at: string; id: string };
  limit: number;
}

/** Reads the audit trail (`audit_event`), newest first. Writes go through `AuditService`/`DomainEvents`. */
@Injectable()
export class AuditEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  page(filter: AuditFilter): Promise<AuditEventRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (filter.scope) {
      const { jurisdictionIds, organisationIds } = filter.scope;
      where.push(
        `(jurisdiction_id = ANY(${param(jurisdictionIds)}::uuid[]) OR (jurisdiction_id IS NULL AND (` +
          `actor_organisation_id = ANY(${param(organisationIds)}::uuid[])` +
          ` OR (subject_type = 'organisation' AND subject_id = ANY(${param(organisationIds)}::text[])))))`,
      );
    }
    if (filter.subjectType) where.push(`subject_type = ${param(filter.subjectType)}`);
    if (filter.subjectId) where.push(`subject_id = ${param(filter.subjectId)}`);
    if (filter.actorId) where.push(`actor_id = ${param(filter.actorId)}`);
    if (filter.from) where.push(`at >= ${param(filter.from)}::timestamptz`);
    if (filter.to) where.push(`at < ${param(filter.to)}::timestamptz`);
    if (filter.before) where.push(`(at, id) < (${param(filter.before.at)}::timestamptz, ${param(filter.before.id)}::uuid)`);
    return this.dataSource.query(
      `SELECT id, at::text AS at_text, at, actor_id, actor_organisation_id, jurisdiction_id, action, subject_type, subject_id,
              before, after, request_id
         FROM audit_event
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY at DESC, id DESC
        LIMIT ${param(filter.limit)}`,
      params,
    );
  }
}
