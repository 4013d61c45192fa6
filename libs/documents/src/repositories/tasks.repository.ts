import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Document } from '../entities/document.entity';

/** A document with work left in one locale; counts as the server sends them (bigint as text). */
export interface TaskRow {
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

/** Named queries of the translator's queue. */
@Injectable()
export class TasksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Documents (not archived) with segments in `locales` not yet approved or outdated, one row
   * per document and locale, soonest due first (undated last); `size` rows from `offset`.
   */
  openWork(locales: string[], offset: number, size: number): Promise<TaskRow[]> {
    return this.dataSource.query(
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
      [locales, offset, size],
    );
  }
}
