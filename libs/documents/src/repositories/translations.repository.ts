import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedStatement, queryPrepared, returnedRows } from '@bluecarbon/platform';
import type { QaFinding } from '../domain/qa';
import type { TranslationState } from '../domain/translation-state';

/** A segment with its translation in one locale (no translation row: untranslated, version 0). */
export interface SegmentViewRow {
  segment_id: string;
  ordinal: number;
  kind: string;
  source_text: string;
  source_hash: string;
  previous_hash: string | null;
  next_hash: string | null;
  archived_at: Date | null;
  translation_id: string | null;
  text: string | null;
  state: TranslationState;
  outdated: boolean;
  previous_source_text: string | null;
  qa_findings: QaFinding[];
  translator_id: string | null;
  reviewer_id: string | null;
  version: number;
  /** Why the reviewer sent a draft back: the latest rejection's comment, unless the text has left draft since. */
  rejection_comment: string | null;
}

/** An active segment with what an XLIFF file needs of its translation; state null when none is stored. */
export interface InterchangeRow {
  id: string;
  ordinal: number;
  source_text: string;
  source_hash: string;
  previous_hash: string | null;
  next_hash: string | null;
  text: string | null;
  state: TranslationState | null;
  outdated: boolean | null;
  previous_source_text: string | null;
  /** The translation's version; 0 when none is stored. */
  version: number;
}

export interface TranslationHistoryRow {
  action: string;
  text: string | null;
  state: string;
  outdated: boolean;
  actor_id: string | null;
  comment: string | null;
  at: Date;
}

/** What a translator's save writes. */
export interface SavedText {
  text: string;
  state: TranslationState;
  /** The source hash the text was written for: the write is refused unless it is still the segment's. */
  sourceHash: string;
  findings: QaFinding[];
  translatorId: string;
}

/** One translation an XLIFF import writes over the version its plan saw (`expected`). */
export interface ImportedText {
  segmentId: string;
  text: string;
  state: TranslationState;
  hash: string;
  findings: QaFinding[];
  expected: number;
}

const SEGMENT_VIEW = `
  SELECT s.id AS segment_id, s.ordinal, s.kind, s.source_text, s.source_hash, s.previous_hash, s.next_hash,
         s.archived_at, t.id AS translation_id, t.text, coalesce(t.state, 'untranslated') AS state,
         coalesce(t.outdated, false) AS outdated, t.previous_source_text, coalesce(t.qa_findings, '[]') AS qa_findings,
         t.translator_id, t.reviewer_id, coalesce(t.version, 0) AS version, r.comment AS rejection_comment
    FROM document_segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.locale = $2
    LEFT JOIN LATERAL (
      SELECT h.comment FROM translation_history h
       WHERE t.state = 'draft' AND h.translation_id = t.id AND h.action = 'rejected'
         AND NOT EXISTS (SELECT 1 FROM translation_history later WHERE later.translation_id = t.id AND later.id > h.id AND later.state <> 'draft')
       ORDER BY h.id DESC LIMIT 1) r ON true`;

// The page a translator opens and scrolls: a prepared statement.
const SEGMENT_PAGE = preparedStatement(
  'documents_segment_page',
  `${SEGMENT_VIEW} WHERE s.document_id = $1 AND s.archived_at IS NULL AND s.ordinal > $3 ORDER BY s.ordinal LIMIT $4`,
);

const ONE_SEGMENT = preparedStatement('documents_segment_view', `${SEGMENT_VIEW} WHERE s.id = $1 AND s.document_id = $3`);

/**
 * The text was written for the source the client saw: a revision committed since then (which
 * bumps the version of existing translations, but cannot of rows not yet there) refuses it.
 */
const sourceStillCurrent = (segment: string, hash: string): string =>
  `EXISTS (SELECT 1 FROM document_segment WHERE id = ${segment} AND source_hash = ${hash} AND archived_at IS NULL)`;

/** The fingerprint of no rows (md5 of no rows is null). */
const EMPTY_FINGERPRINT = '';

/**
 * md5 of the rows' columns as JSON arrays, in document order: a digest that changes with any
 * read column of any row (JSON keeps every text apart from the next). The fingerprint queries
 * and the reads share it, so that a read's digest is comparable with a fingerprint's.
 */
const digestOf = (columns: string, order: string): string =>
  `coalesce(md5(string_agg(json_build_array(${columns})::text, ',' ORDER BY ${order})), '${EMPTY_FINGERPRINT}')`;

const CURRENT_TEXTS_FROM = `
   FROM document_segment s JOIN translation t ON t.segment_id = s.id AND t.locale = $2
  WHERE s.document_id = $1 AND s.archived_at IS NULL AND NOT t.outdated AND t.text IS NOT NULL AND t.state = ANY($3::text[])`;
const CURRENT_TEXTS_FINGERPRINT = preparedStatement(
  'documents_current_texts_fingerprint',
  `SELECT ${digestOf('s.ordinal, t.text', 's.ordinal')} AS fingerprint ${CURRENT_TEXTS_FROM}`,
);
const CURRENT_TEXTS = preparedStatement(
  'documents_current_texts',
  `WITH r AS (SELECT s.ordinal, t.text ${CURRENT_TEXTS_FROM})
   SELECT r.ordinal, r.text, d.fingerprint FROM r, (SELECT ${digestOf('ordinal, text', 'ordinal')} AS fingerprint FROM r) d ORDER BY r.ordinal`,
);

const INTERCHANGE_SELECT = `
  SELECT s.id, s.ordinal, s.source_text, s.source_hash, s.previous_hash, s.next_hash, t.text, t.state, t.outdated, t.previous_source_text,
         coalesce(t.version, 0) AS version
    FROM document_segment s LEFT JOIN translation t ON t.segment_id = s.id AND t.locale = $2
   WHERE s.document_id = $1 AND s.archived_at IS NULL`;
/** What an export writes of a row besides the source (which is the revision's). */
const INTERCHANGE_DIGEST = digestOf('id, ordinal, text, state, outdated, previous_source_text, version', 'ordinal');
const INTERCHANGE_ROWS = preparedStatement('documents_interchange_rows', `${INTERCHANGE_SELECT} ORDER BY s.ordinal`);
const INTERCHANGE_FINGERPRINT = preparedStatement(
  'documents_interchange_fingerprint',
  `SELECT ${INTERCHANGE_DIGEST} AS fingerprint FROM (${INTERCHANGE_SELECT}) r`,
);
const FINGERPRINTED_INTERCHANGE_ROWS = preparedStatement(
  'documents_interchange_rows_fingerprinted',
  `WITH r AS (${INTERCHANGE_SELECT}) SELECT r.*, d.fingerprint FROM r, (SELECT ${INTERCHANGE_DIGEST} AS fingerprint FROM r) d ORDER BY r.ordinal`,
);

/** Named queries over `translation` and `translation_history`, read with their segments. */
@Injectable()
export class TranslationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Active segments after ordinal `after`, in document order, with their translation in `locale`. */
  segmentPage(documentId: string, locale: string, after: number, size: number): Promise<SegmentViewRow[]> {
    return queryPrepared(this.dataSource.manager, SEGMENT_PAGE, [documentId, locale, after, size]);
  }

  /** One segment of the document (archived ones too) with its translation in `locale`. */
  async segment(manager: EntityManager, documentId: string, segmentId: string, locale: string): Promise<SegmentViewRow | undefined> {
    const [row] = await queryPrepared<SegmentViewRow>(manager, ONE_SEGMENT, [segmentId, locale, documentId]);
    return row;
  }

  /** The first translation of a segment, unless one exists already or the source changed; answers its id. */
  async insertSaved(manager: EntityManager, target: { segmentId: string; documentId: string; locale: string }, saved: SavedText): Promise<string | undefined> {
    const rows = returnedRows<{ id: string }>(
      await manager.query(
        `INSERT INTO translation (segment_id, document_id, locale, text, state, based_on_source_hash, qa_findings, translator_id, translated_at)
         SELECT $6, $7, $8, $1, $2, $3, $4, $5, now() WHERE ${sourceStillCurrent('$6', '$3')}
         ON CONFLICT (segment_id, locale) DO NOTHING RETURNING id`,
        [saved.text, saved.state, saved.sourceHash, JSON.stringify(saved.findings), saved.translatorId, target.segmentId, target.documentId, target.locale],
      ),
    );
    return rows[0]?.id;
  }

  /**
   * A new text over version `expected`, unless another write came first or the source changed;
   * clears outdated and the review. Answers the id when written (never for a null id: a client
   * that sent a version for a translation that does not exist).
   */
  async updateSaved(manager: EntityManager, translationId: string | null, expected: number, saved: SavedText): Promise<string | undefined> {
    const rows = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE translation SET text = $1, state = $2, based_on_source_hash = $3, qa_findings = $4, translator_id = $5,
                translated_at = now(), outdated = false, previous_source_text = NULL, reviewer_id = NULL, reviewed_at = NULL,
                version = version + 1, updated_at = now()
          WHERE id = $6 AND version = $7 AND ${sourceStillCurrent('translation.segment_id', '$3')} RETURNING id`,
        [saved.text, saved.state, saved.sourceHash, JSON.stringify(saved.findings), saved.translatorId, translationId, expected],
      ),
    );
    return rows[0]?.id;
  }

  /** A reviewer's state over version `expected`; answers the id when written. */
  async updateReviewed(
    manager: EntityManager,
    translationId: string,
    expected: number,
    review: { state: TranslationState; findings: QaFinding[]; reviewerId: string },
  ): Promise<string | undefined> {
    const rows = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE translation SET state = $1, qa_findings = $2, reviewer_id = $3, reviewed_at = now(), version = version + 1, updated_at = now()
          WHERE id = $4 AND version = $5 RETURNING id`,
        [review.state, JSON.stringify(review.findings), review.reviewerId, translationId, expected],
      ),
    );
    return rows[0]?.id;
  }

  /** Appends the translations' state as it is now to their history, with the reviewer's comment if any. */
  async appendHistory(manager: EntityManager, translationIds: string[], action: string, actorId: string, comment: string | null = null): Promise<void> {
    await manager.query(
      `INSERT INTO translation_history (translation_id, action, text, state, outdated, source_hash, actor_id, comment)
       SELECT id, $2, text, state, outdated, based_on_source_hash, $3, $4 FROM translation WHERE id = ANY($1::uuid[])`,
      [translationIds, action, actorId, comment],
    );
  }

  /** Every change of one translation, oldest first. */
  history(translationId: string): Promise<TranslationHistoryRow[]> {
    return this.dataSource.query(`SELECT action, text, state, outdated, actor_id, comment, at FROM translation_history WHERE translation_id = $1 ORDER BY id`, [
      translationId,
    ]);
  }

  /**
   * Translations of changed segments become outdated (recorded in their history). One already
   * outdated keeps the older source: the one its text was actually written for.
   */
  async markOutdated(manager: EntityManager, changed: readonly { id: string; previousText: string }[]): Promise<void> {
    await manager.query(
      `WITH v AS (SELECT * FROM unnest($1::uuid[], $2::text[]) AS v(segment_id, previous_text)),
            updated AS (
              UPDATE translation t
                 SET outdated = true,
                     previous_source_text = CASE WHEN t.outdated THEN t.previous_source_text ELSE v.previous_text END,
                     version = t.version + 1, updated_at = now()
                FROM v
               WHERE t.segment_id = v.segment_id AND t.state <> 'untranslated'
           RETURNING t.id, t.text, t.state, t.based_on_source_hash)
       INSERT INTO translation_history (translation_id, action, text, state, outdated, source_hash)
       SELECT id, 'outdated', text, state, true, based_on_source_hash FROM updated`,
      [changed.map((c) => c.id), changed.map((c) => c.previousText)],
    );
  }

  /**
   * Digest of the texts in `states` of the active segments that answer the current source (what
   * a render is made from): one row, whatever the number of segments.
   */
  async currentTextsFingerprint(manager: EntityManager, documentId: string, locale: string, states: readonly TranslationState[]): Promise<string> {
    const [row] = await queryPrepared<{ fingerprint: string }>(manager, CURRENT_TEXTS_FINGERPRINT, [documentId, locale, states]);
    return row?.fingerprint ?? EMPTY_FINGERPRINT;
  }

  /** Those texts by ordinal, with the digest of exactly the rows read. */
  async currentTexts(
    manager: EntityManager,
    documentId: string,
    locale: string,
    states: readonly TranslationState[],
  ): Promise<{ fingerprint: string; rows: { ordinal: number; text: string }[] }> {
    const rows = await queryPrepared<{ ordinal: number; text: string; fingerprint: string }>(manager, CURRENT_TEXTS, [documentId, locale, states]);
    return { fingerprint: rows[0]?.fingerprint ?? EMPTY_FINGERPRINT, rows: rows.map(({ ordinal, text }) => ({ ordinal, text })) };
  }

  /** Digest of what interchangeRows reads that an XLIFF export writes (the source comes from the revision). */
  async interchangeFingerprint(manager: EntityManager, documentId: string, locale: string): Promise<string> {
    const [row] = await queryPrepared<{ fingerprint: string }>(manager, INTERCHANGE_FINGERPRINT, [documentId, locale]);
    return row?.fingerprint ?? EMPTY_FINGERPRINT;
  }

  /** The active segments in document order with their translation in `locale`, for XLIFF export and import. */
  interchangeRows(manager: EntityManager, documentId: string, locale: string): Promise<InterchangeRow[]> {
    return queryPrepared(manager, INTERCHANGE_ROWS, [documentId, locale]);
  }

  /** interchangeRows with the digest of exactly the rows read (interchangeFingerprint's). */
  async fingerprintedInterchangeRows(manager: EntityManager, documentId: string, locale: string): Promise<{ fingerprint: string; rows: InterchangeRow[] }> {
    const rows = await queryPrepared<InterchangeRow & { fingerprint: string }>(manager, FINGERPRINTED_INTERCHANGE_ROWS, [documentId, locale]);
    return { fingerprint: rows[0]?.fingerprint ?? EMPTY_FINGERPRINT, rows: rows.map(({ fingerprint: _, ...row }) => row) };
  }

  /**
   * Writes imported texts, each only over the version its plan saw (EXCLUDED.version is that
   * + 1): a save committed meanwhile is not reverted. Answers the rows written.
   */
  upsertImported(
    manager: EntityManager,
    target: { documentId: string; locale: string; actorId: string },
    writes: readonly ImportedText[],
  ): Promise<{ id: string; segment_id: string }[]> {
    return manager.query(
      `INSERT INTO translation (segment_id, document_id, locale, text, state, based_on_source_hash, qa_findings, translator_id, translated_at, reviewer_id, reviewed_at, version)
       SELECT v.segment_id, $1, $2, v.text, v.state, v.hash, v.findings::jsonb, $3, now(),
              CASE WHEN v.state IN ('reviewed', 'approved') THEN $3::uuid END, CASE WHEN v.state IN ('reviewed', 'approved') THEN now() END, v.expected + 1
         FROM unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[]) AS v(segment_id, text, state, hash, findings, expected)
       ON CONFLICT (segment_id, locale) DO UPDATE
          SET text = EXCLUDED.text, state = EXCLUDED.state, based_on_source_hash = EXCLUDED.based_on_source_hash,
              qa_findings = EXCLUDED.qa_findings, translator_id = EXCLUDED.translator_id, translated_at = now(),
              reviewer_id = EXCLUDED.reviewer_id, reviewed_at = EXCLUDED.reviewed_at,
              outdated = false, previous_source_text = NULL, version = translation.version + 1, updated_at = now()
        WHERE translation.version = EXCLUDED.version - 1
       RETURNING id, segment_id`,
      [
        target.documentId,
        target.locale,
        target.actorId,
        writes.map((w) => w.segmentId),
        writes.map((w) => w.text),
        writes.map((w) => w.state),
        writes.map((w) => w.hash),
        writes.map((w) => JSON.stringify(w.findings)),
        writes.map((w) => w.expected),
      ],
    );
  }

  /** The stored versions of some segments' translations in `locale`. */
  async versions(manager: EntityManager, segmentIds: string[], locale: string): Promise<Map<string, number>> {
    const rows: { segment_id: string; version: number }[] = await manager.query(
      `SELECT segment_id, version FROM translation WHERE segment_id = ANY($1::uuid[]) AND locale = $2`,
      [segmentIds, locale],
    );
    return new Map(rows.map((row) => [row.segment_id, Number(row.version)]));
  }
}
