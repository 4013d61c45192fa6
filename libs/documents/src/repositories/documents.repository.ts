import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { insertedId, preparedStatement, queryPrepared } from '@bluecarbon/platform';
import type { SegmentationRules } from '../domain/segmentation-rules';
import { Document } from '../entities/document.entity';

/** The columns a new document is written with; the rest take their defaults. */
export type NewDocument = Pick<
  Document,
  | 'title'
  | 'subjectType'
  | 'subjectId'
  | 'sourceLocale'
  | 'targetLocales'
  | 'ownerOrganisationId'
  | 'jurisdictionId'
  | 'jurisdictionCode'
  | 'status'
  | 'dueOn'
  | 'currentRevision'
  | 'createdBy'
>;

export interface RevisionTextRow {
  markdown: string;
  segment_count: number;
}

/** One revision as its list shows it: who wrote it, why, and how it aligned with the one before. */
export interface RevisionRow {
  number: number;
  message: string | null;
  author_name: string | null;
  segment_count: number;
  alignment: Partial<Record<string, number>>;
  created_at: Date;
}

export interface NewRevision {
  documentId: string;
  number: number;
  markdown: string;
  message: string | null;
  authorId: string;
  segmentCount: number;
  alignment: object;
  segmentation: SegmentationRules;
}

/**
 * The entity's columns under its property names, as TypeORM hydrates them (a date as its
 * `YYYY-MM-DD` text); the e2e suite checks the two agree on every column.
 */
const DOCUMENT = preparedStatement(
  'documents_document',
  `SELECT id, title, subject_type AS "subjectType", subject_id AS "subjectId", source_locale AS "sourceLocale", target_locales AS "targetLocales",
          owner_organisation_id AS "ownerOrganisationId", jurisdiction_id AS "jurisdictionId", jurisdiction_code AS "jurisdictionCode", status,
          to_char(due_on, 'YYYY-MM-DD') AS "dueOn", current_revision AS "currentRevision", created_by AS "createdBy", created_at AS "createdAt",
          updated_at AS "updatedAt", version
     FROM document WHERE id = $1`,
);

/** Named queries over `document` and `document_revision` (a revision belongs to its document). */
@Injectable()
export class DocumentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every read of a document starts here: one prepared statement, no query builder. */
  async find(manager: EntityManager, id: string): Promise<Document | null> {
    const [row] = await queryPrepared<Document>(manager, DOCUMENT, [id]);
    return row ? Object.assign(new Document(), row) : null;
  }

  /** A document that must exist (written earlier in the same transaction). */
  get(manager: EntityManager, id: string): Promise<Document> {
    return manager.findOneByOrFail(Document, { id });
  }

  /** Up to `size` documents, newest first, after `position` (created_at, id) when given. */
  page(position: { sortKey: string; id: string } | null, size: number): Promise<Document[]> {
    const query = this.dataSource.getRepository(Document).createQueryBuilder('d').orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC').take(size);
    if (position) query.where('(d.created_at, d.id) < (:at, :id)', { at: position.sortKey, id: position.id });
    return query.getMany();
  }

  /** The documents about one subject (a project), oldest first, after `position` when given; `limit + 1` rows. */
  ofSubject(subjectType: string, subjectId: string, position: { sortKey: string; id: string } | null, limit: number): Promise<Document[]> {
    const query = this.dataSource
      .getRepository(Document)
      .createQueryBuilder('d')
      .where('d.subject_type = :subjectType AND d.subject_id = :subjectId', { subjectType, subjectId });
    if (position) query.andWhere(`(date_trunc('milliseconds', d.created_at), d.id) > (:at::timestamptz, :id::uuid)`, { at: position.sortKey, id: position.id });
    return query
      .orderBy(`date_trunc('milliseconds', d.created_at)`)
      .addOrderBy('d.id')
      .take(limit + 1)
      .getMany();
  }

  async insert(manager: EntityManager, values: NewDocument): Promise<Document> {
    const inserted = await manager.insert(Document, values);
    return this.get(manager, insertedId(inserted));
  }

  async setCurrentRevision(manager: EntityManager, id: string, revision: number): Promise<void> {
    await manager.update(Document, { id }, { currentRevision: revision });
  }

  /** Published from now on; the version moves, so the ETag a client holds goes stale. */
  async markPublished(manager: EntityManager, id: string): Promise<void> {
    await manager.update(Document, { id }, { status: 'published', version: () => 'version + 1' } as never);
  }

  /** Locks the row until commit: a revision (which updates it first) waits. */
  async lock(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`SELECT id FROM document WHERE id = $1 FOR UPDATE`, [id]);
  }

  async revisionText(manager: EntityManager, documentId: string, number: number): Promise<RevisionTextRow | undefined> {
    const [row]: RevisionTextRow[] = await manager.query(`SELECT markdown, segment_count FROM document_revision WHERE document_id = $1 AND number = $2`, [
      documentId,
      number,
    ]);
    return row;
  }

  /** Up to `limit + 1` revisions of a document, newest first, below `before` (a revision number) when given. */
  revisions(documentId: string, before: number | null, limit: number): Promise<RevisionRow[]> {
    return this.dataSource.query(
      `SELECT r.number, r.message, u.display_name AS author_name, r.segment_count, r.alignment, r.created_at
         FROM document_revision r LEFT JOIN app_user u ON u.id = r.author_id
        WHERE r.document_id = $1 AND ($2::int IS NULL OR r.number < $2::int)
        ORDER BY r.number DESC LIMIT $3`,
      [documentId, before, limit + 1],
    );
  }

  /** One revision with its Markdown, or undefined when the document has no such number. */
  async revision(documentId: string, number: number): Promise<(RevisionRow & { markdown: string }) | undefined> {
    const [row]: (RevisionRow & { markdown: string })[] = await this.dataSource.query(
      `SELECT r.number, r.message, u.display_name AS author_name, r.segment_count, r.alignment, r.created_at, r.markdown
         FROM document_revision r LEFT JOIN app_user u ON u.id = r.author_id
        WHERE r.document_id = $1 AND r.number = $2`,
      [documentId, number],
    );
    return row;
  }

  /** The segmentation rules a revision was written with; 1 for revisions older than the column. */
  async segmentationOf(manager: EntityManager, documentId: string, number: number): Promise<SegmentationRules> {
    const [row]: { segmentation: number }[] = await manager.query(`SELECT segmentation FROM document_revision WHERE document_id = $1 AND number = $2`, [
      documentId,
      number,
    ]);
    return (row?.segmentation ?? 1) as SegmentationRules;
  }

  async insertRevision(manager: EntityManager, revision: NewRevision): Promise<void> {
    await manager.query(
      `INSERT INTO document_revision (document_id, number, markdown, message, author_id, segment_count, alignment, segmentation) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        revision.documentId,
        revision.number,
        revision.markdown,
        revision.message,
        revision.authorId,
        revision.segmentCount,
        JSON.stringify(revision.alignment),
        revision.segmentation,
      ],
    );
  }
}
