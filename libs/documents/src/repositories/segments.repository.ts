import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** An active segment as the aligner compares it with a new revision. */
export interface AlignableSegmentRow {
  id: string;
  hash: string;
  text: string;
}

/** A segment's columns as a revision writes them, one array per column (`unnest`), in this order. */
export type SegmentColumns = [
  ids: string[],
  ordinals: number[],
  kinds: string[],
  texts: string[],
  hashes: string[],
  previousHashes: (string | null)[],
  nextHashes: (string | null)[],
  words: number[],
];

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

  /** New segments, first and last seen in `revision`. */
  async insert(manager: EntityManager, documentId: string, revision: number, columns: SegmentColumns): Promise<void> {
    await manager.query(
      `INSERT INTO document_segment (id, document_id, ordinal, kind, source_text, source_hash, previous_hash, next_hash, words, first_revision, last_revision)
       SELECT v.id, $1, v.ordinal, v.kind, v.source_text, v.source_hash, v.previous_hash, v.next_hash, v.words, $2, $2
         FROM unnest($3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[])
           AS v(id, ordinal, kind, source_text, source_hash, previous_hash, next_hash, words)`,
      [documentId, revision, ...columns],
    );
  }

  /** Kept segments (same id) take their place and text in `revision`. */
  async update(manager: EntityManager, revision: number, columns: SegmentColumns): Promise<void> {
    await manager.query(
      `UPDATE document_segment s
          SET ordinal = v.ordinal, kind = v.kind, source_text = v.source_text, source_hash = v.source_hash,
              previous_hash = v.previous_hash, next_hash = v.next_hash, words = v.words, last_revision = $1
         FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[])
           AS v(id, ordinal, kind, source_text, source_hash, previous_hash, next_hash, words)
        WHERE s.id = v.id`,
      [revision, ...columns],
    );
  }

  async archive(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(`UPDATE document_segment SET archived_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
