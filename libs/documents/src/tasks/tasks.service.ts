import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AuthenticatedActor, LOCALE_ROLES } from '@bluecarbon/identity';
import { decodeCursor, encodeCursor, type Page, Problems } from '@bluecarbon/platform';
import { readDecision } from '../documents/document-access';
import type { Document } from '../entities/document.entity';

export interface TranslationTask {
  documentId: string;
  title: string;
  jurisdictionCode: string | null;
  locale: string;
  dueOn: string | null;
  segments: number;
  untranslated: number;
  outdated: number;
  awaitingReview: number;
}

interface TaskRow {
  id: string;
  title: string;
  jurisdiction_code: string | null;
  jurisdiction_id: string | null;
  owner_organisation_id: string;
  status: Document['status'];
  locale: string;
  due_on: string | null;
  segments: string;
  untranslated: string;
  outdated: string;
  awaiting_review: string;
}

/**
 * The translator's queue: documents with untranslated, outdated or unreviewed segments in the
 * caller's locales, soonest due first (undated last). Paged by position: the queue is short
 * and its order changes as work is done, which a keyset would not make more stable.
 */
@Injectable()
export class TasksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async queue(actor: AuthenticatedActor, locale: string | undefined, limit: number, cursor?: string): Promise<Page<TranslationTask>> {
    const mine = [...new Set(actor.memberships.filter((m) => LOCALE_ROLES.includes(m.role)).flatMap((m) => m.locales))];
    if (locale && !mine.includes(locale)) throw Problems.forbidden();
    const locales = locale ? [locale] : mine;
    const offset = cursor ? Number(decodeCursor(cursor, 'integer', 'none').sortKey) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw Problems.invalidCursor();
    const rows: TaskRow[] = await this.dataSource.query(
      `SELECT d.id, d.title, d.jurisdiction_code, d.jurisdiction_id, d.owner_organisation_id, d.status, l.locale,
              to_char(d.due_on, 'YYYY-MM-DD') AS due_on, count(*) AS segments,
              count(*) FILTER (WHERE t.id IS NULL OR t.state IN ('untranslated', 'draft')) AS untranslated,
              count(*) FILTER (WHERE t.outdated) AS outdated,
              count(*) FILTER (WHERE t.state IN ('translated', 'reviewed') AND NOT t.outdated) AS awaiting_review
         FROM document d CROSS JOIN LATERAL unnest(d.target_locales) AS l(locale)
         JOIN document_segment s ON s.document_id = d.id AND s.archived_at IS NULL
         LEFT JOIN translation t ON t.segment_id = s.id AND t.locale = l.locale
        WHERE l.locale = ANY($1::text[]) AND d.status <> 'archived'
        GROUP BY d.id, l.locale
       HAVING count(*) FILTER (WHERE t.id IS NULL OR t.state <> 'approved' OR t.outdated) > 0
        ORDER BY d.due_on ASC NULLS LAST, d.created_at, d.id, l.locale
        OFFSET $2 LIMIT $3`,
      [locales, offset, limit + 1],
    );
    // Read through this row's locale only: a queue entry is work in that locale.
    const visible = rows.filter(
      (row) =>
        readDecision(actor, {
          jurisdictionId: row.jurisdiction_id,
          jurisdictionCode: row.jurisdiction_code,
          ownerOrganisationId: row.owner_organisation_id,
          targetLocales: [row.locale],
          status: row.status,
        }) === 'allow',
    );
    const items = visible.slice(0, limit).map((row) => ({
      documentId: row.id,
      title: row.title,
      jurisdictionCode: row.jurisdiction_code,
      locale: row.locale,
      dueOn: row.due_on,
      segments: Number(row.segments),
      untranslated: Number(row.untranslated),
      outdated: Number(row.outdated),
      awaitingReview: Number(row.awaiting_review),
    }));
    return { items, nextCursor: rows.length > limit ? encodeCursor({ sortKey: String(offset + limit), id: '' }) : null };
  }
}
