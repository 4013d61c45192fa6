import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An active segment as the aligner compares it with a new revision. */
export interface AlignableSegmentRow {
  id: string;
  hash: string;
  text: string;
}

/** A segment as a revision writes it (its document and revision aside). */
export interface SegmentWrite {
  id: string;
  ordinal: number;
  kind: string;
  source_text: string;
  source_hash: string;
  previous_hash: string | null;
  next_hash: string | null;
  words: number;
}

/**
 * The rows of one statement, as one JSON array read by json_to_recordset: JSON.stringify is
 * native, where node-postgres escapes each element of a text[] parameter in JavaScript (a
 * tenth of a 10,000-segment import).
 */
const segmentRecords = (parameter: string): string =>
  `json_to_recordset(${parameter}::json) AS v(id uuid, ordinal int, kind text, source_text text, source_hash text, previous_hash text, next_hash text, words int)`;

/**
 * Named queries over `document_segment`. Segments are written by revisions only, in the
 * revision's transaction: every method takes its manager.
 */
@Injectable()
export class SegmentsRepository {
  /** The document's segments that are not archived, in document order. */
  active(manager: EntityManager, documentId: string): Promise<AlignableSegmentRow[]> {
    return manager.query(
      `SELECT id, source_hash AS hash, source_text AS text FROM document_segment
        WHERE document_id = $1 AND archived_at IS NULL ORDER BY ordinal`,
      [documentId],
    );
  }

  /** New segments, first and last seen in `revision`: one statement, whatever their number. */
  async insert(manager: EntityManager, documentId: string, revision: number, segments: readonly SegmentWrite[]): Promise<void> {
    await manager.query(
      `INSERT INTO document_segment (id, document_id, ordinal, kind, source_text, source_hash, previous_hash, next_hash, words, first_revision, last_revision)
       SELECT v.id, $1, v.ordinal, v.kind, v.source_text, v.source_hash, v.previous_hash, v.next_hash, v.words, $2, $2 FROM ${segmentRecords('$3')}`,
      [documentId, revision, JSON.stringify(segments)],
    );
  }

  /** Kept segments (same id) take their place and text in `revision`. */
  async update(manager: EntityManager, revision: number, segments: readonly SegmentWrite[]): Promise<void> {
    await manager.query(
      `UPDATE document_segment s
          SET ordinal = v.ordinal, kind = v.kind, source_text = v.source_text, source_hash = v.source_hash,
              previous_hash = v.previous_hash, next_hash = v.next_hash, words = v.words, last_revision = $1
         FROM ${segmentRecords('$2')}
        WHERE s.id = v.id`,
      [revision, JSON.stringify(segments)],
    );
  }

  async archive(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(`UPDATE document_segment SET archived_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
