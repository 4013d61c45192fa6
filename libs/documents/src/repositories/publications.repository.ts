import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { firstRow } from '@bluecarbon/platform';
import type { TranslationState } from '../domain/translation-state';

export interface PublicationRow {
  revision: number;
  partial: boolean;
  fallback_ordinals: number[];
  markdown: string;
  html: string;
  published_at: Date;
}

export interface NewPublication {
  documentId: string;
  locale: string;
  revision: number;
  partial: boolean;
  fallbackOrdinals: number[];
  markdown: string;
  html: string;
  publishedBy: string;
}

/** One active segment in one target locale, as progress counts it. */
export interface ProgressRow {
  locale: string;
  state: TranslationState;
  outdated: boolean;
  words: number;
}

/** Named queries over `document_publication`, and the counts that decide a publication. */
@Injectable()
export class PublicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each active segment in each of `locales`, with its translation's state (untranslated when none). */
  async progressRows(manager: EntityManager, documentId: string, locales: string[]): Promise<ProgressRow[]> {
    const rows: ProgressRow[] = await manager.query(
      `SELECT l.locale, coalesce(t.state, 'untranslated') AS state, coalesce(t.outdated, false) AS outdated, s.words
         FROM document_segment s CROSS JOIN unnest($2::text[]) AS l(locale)
         LEFT JOIN translation t ON t.segment_id = s.id AND t.locale = l.locale
        WHERE s.document_id = $1 AND s.archived_at IS NULL`,
      [documentId, locales],
    );
    return rows.map((row) => ({ ...row, words: Number(row.words) }));
  }

  /** Active segments in `locale` that are not approved, or approved for an older source. */
  async pendingCount(manager: EntityManager, documentId: string, locale: string): Promise<number> {
    const { count }: { count: string } = firstRow(
      await manager.query(
        `SELECT count(*) AS count FROM document_segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.locale = $2
          WHERE s.document_id = $1 AND s.archived_at IS NULL AND (t.state IS DISTINCT FROM 'approved' OR t.outdated)`,
        [documentId, locale],
      ),
    );
    return Number(count);
  }

  /** Answers when it was published. */
  async insert(manager: EntityManager, publication: NewPublication): Promise<Date> {
    const row: { published_at: Date } = firstRow(
      await manager.query(
        `INSERT INTO document_publication (document_id, locale, revision, partial, fallback_ordinals, markdown, html, published_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING published_at`,
        [
          publication.documentId,
          publication.locale,
          publication.revision,
          publication.partial,
          publication.fallbackOrdinals,
          publication.markdown,
          publication.html,
          publication.publishedBy,
        ],
      ),
    );
    return row.published_at;
  }

  /** The latest publication in `locale`, if any. */
  async latest(documentId: string, locale: string): Promise<PublicationRow | undefined> {
    const [row]: PublicationRow[] = await this.dataSource.query(
      `SELECT revision, partial, fallback_ordinals, markdown, html, published_at FROM document_publication
        WHERE document_id = $1 AND locale = $2 ORDER BY published_at DESC, id DESC LIMIT 1`,
      [documentId, locale],
    );
    return row;
  }

  /** The source revision of the latest publication in any locale, if any. */
  async latestSource(documentId: string): Promise<{ number: number; markdown: string; published_at: Date } | undefined> {
    const [row]: { number: number; markdown: string; published_at: Date }[] = await this.dataSource.query(
      `SELECT r.number, r.markdown, p.published_at FROM document_publication p
         JOIN document_revision r ON r.document_id = p.document_id AND r.number = p.revision
        WHERE p.document_id = $1 ORDER BY p.published_at DESC, p.id DESC LIMIT 1`,
      [documentId],
    );
    return row;
  }

  /** Which of `locales` have been published at least once, sorted. */
  async publishedLocales(documentId: string, locales: string[]): Promise<string[]> {
    const rows: { locale: string }[] = await this.dataSource.query(
      `SELECT DISTINCT locale FROM document_publication WHERE document_id = $1 AND locale = ANY($2::text[]) ORDER BY locale`,
      [documentId, locales],
    );
    return rows.map((row) => row.locale);
  }
}
