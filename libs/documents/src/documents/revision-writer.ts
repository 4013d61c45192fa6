import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { alignSegments, type AlignmentStatus } from '../domain/aligner';
import { countWords } from '../domain/progress';
import { CURRENT_SEGMENTATION_RULES } from '../domain/segmentation-rules';
import { segmentMarkdown } from '../domain/segmenter';
import type { Document } from '../entities/document.entity';
import { DocumentsRepository } from '../repositories/documents.repository';
import { type SegmentColumns, SegmentsRepository } from '../repositories/segments.repository';
import { TranslationsRepository } from '../repositories/translations.repository';

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
  constructor(
    private readonly documents: DocumentsRepository,
    private readonly segments: SegmentsRepository,
    private readonly translations: TranslationsRepository,
  ) {}

  async write(manager: EntityManager, document: Document, markdown: string, authorId: string, message: string | null): Promise<RevisionSummary> {
    const number = document.currentRevision + 1;
    const segmented = await segmentMarkdown(markdown, document.sourceLocale, CURRENT_SEGMENTATION_RULES);
    const previous = await this.segments.active(manager, document.id);
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

    if (added.size) await this.segments.insert(manager, document.id, number, added.arrays());
    if (kept.size) await this.segments.update(manager, number, kept.arrays());
    // Translations of changed segments become outdated, keeping the source they were written for.
    if (changed.length) await this.translations.markOutdated(manager, changed);
    if (alignment.removed.length)
      await this.segments.archive(
        manager,
        alignment.removed.map((segment) => segment.id),
      );
    await this.documents.insertRevision(manager, {
      documentId: document.id,
      number,
      markdown,
      message,
      authorId,
      segmentCount: segmented.segments.length,
      alignment: counts,
      segmentation: CURRENT_SEGMENTATION_RULES,
    });
    return { revision: number, segments: segmented.segments.length, counts };
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
  arrays(): SegmentColumns {
    return Array.from({ length: 8 }, (_, column) => this.rows.map((row) => row[column])) as SegmentColumns;
  }
}
