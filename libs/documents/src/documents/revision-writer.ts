import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { alignSegments, type AlignmentStatus } from '../domain/aligner';
import { countWords } from '../domain/progress';
import { CURRENT_SEGMENTATION_RULES } from '../domain/segmentation-rules';
import { segmentMarkdown } from '../domain/segmenter';
import type { Document } from '../entities/document.entity';

export interface RevisionSummary {
  revision: number;
  segments: number;
  counts: Record<AlignmentStatus | 'removed', number>;
}

/**
 * Writes one revision: segments the Markdown, aligns it with the previous revision's active
 * segments and persists the result in the caller's transaction. Kept segments keep their id
 * (and so their translations); changed ones mark their translations outdated, keeping the
 * source they were written for; removed ones are archived. Every step is one statement over
 * arrays (`unnest`), whatever the number of segments.
 */
@Injectable()
export class RevisionWriter {
  async write(manager: EntityManager, document: Document, markdown: string, authorId: string, message: string | null): Promise<RevisionSummary> {
    const number = document.currentRevision + 1;
    const segmented = await segmentMarkdown(markdown, document.sourceLocale, CURRENT_SEGMENTATION_RULES);
    const previous: { id: string; hash: string; text: string }[] = await manager.query(
      `SELECT id, source_hash AS hash, source_text AS text FROM document_segment
        WHERE document_id = $1 AND archived_at IS NULL ORDER BY ordinal`,
      [document.id],
    );
    const alignment = alignSegments(previous, segmented.segments);
    const counts = { unchanged: 0, moved: 0, changed: 0, new: 0, removed: alignment.removed.length };
    const kept = new Columns();
    const added = new Columns();
    const changed: { id: string; previousText: string }[] = [];
    for (const aligned of alignment.segments) {
      counts[aligned.status] += 1;
      const segment = segmented.segments[aligned.index];
      if (!segment) throw new Error(`the aligner answered segment ${aligned.index} of ${segmented.segments.length}`);
      const id = aligned.previousId ?? randomUUID();
      (aligned.previousId ? kept : added).push(id, segment, countWords(segment.text, document.sourceLocale));
      if (aligned.status === 'changed') changed.push({ id, previousText: aligned.previousText ?? '' });
    }

    if (added.size) {
      await manager.query(
        `INSERT INTO document_segment (id, document_id, ordinal, kind, source_text, source_hash, previous_hash, next_hash, words, first_revision, last_revision)
         SELECT v.id, $1, v.ordinal, v.kind, v.source_text, v.source_hash, v.previous_hash, v.next_hash, v.words, $2, $2
           FROM unnest($3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[])
             AS v(id, ordinal, kind, source_text, source_hash, previous_hash, next_hash, words)`,
        [document.id, number, ...added.arrays()],
      );
    }
    if (kept.size) {
      await manager.query(
        `UPDATE document_segment s
            SET ordinal = v.ordinal, kind = v.kind, source_text = v.source_text, source_hash = v.source_hash,
                previous_hash = v.previous_hash, next_hash = v.next_hash, words = v.words, last_revision = $1
           FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[])
             AS v(id, ordinal, kind, source_text, source_hash, previous_hash, next_hash, words)
          WHERE s.id = v.id`,
        [number, ...kept.arrays()],
      );
    }
    if (changed.length) await this.markOutdated(manager, changed);
    if (alignment.removed.length) {
      await manager.query(`UPDATE document_segment SET archived_at = now() WHERE id = ANY($1::uuid[])`, [alignment.removed.map((segment) => segment.id)]);
    }
    await manager.query(
      `INSERT INTO document_revision (document_id, number, markdown, message, author_id, segment_count, alignment, segmentation) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [document.id, number, markdown, message, authorId, segmented.segments.length, JSON.stringify(counts), CURRENT_SEGMENTATION_RULES],
    );
    return { revision: number, segments: segmented.segments.length, counts };
  }

  /**
   * Translations of changed segments become outdated. A translation already outdated keeps the
   * older source: the one its text was actually written for.
   */
  private async markOutdated(manager: EntityManager, changed: { id: string; previousText: string }[]): Promise<void> {
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
}

/** Column arrays for one `unnest` statement. */
class Columns {
  private readonly rows: unknown[][] = [];

  get size(): number {
    return this.rows.length;
  }

  push(
    id: string,
    segment: { ordinal: number; kind: string; text: string; hash: string; previousHash: string | null; nextHash: string | null },
    words: number,
  ): void {
    this.rows.push([id, segment.ordinal, segment.kind, segment.text, segment.hash, segment.previousHash, segment.nextHash, words]);
  }

  /** One array per column (id, ordinal, kind, text, hash, previous, next, words). */
  arrays(): unknown[][] {
    return Array.from({ length: 8 }, (_, column) => this.rows.map((row) => row[column]));
  }
}
