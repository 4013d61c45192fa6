import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { alignSegments, type AlignmentStatus } from '../domain/aligner';
import { CURRENT_SEGMENTATION_RULES } from '../domain/segmentation-rules';
import type { Document } from '../entities/document.entity';
import { DocumentsRepository } from '../repositories/documents.repository';
import { type SegmentWrite, SegmentsRepository } from '../repositories/segments.repository';
import { TranslationsRepository } from '../repositories/translations.repository';
import type { RevisionSource } from './revision-source';

export interface RevisionSummary {
  revision: number;
  segments: number;
  counts: Record<AlignmentStatus | 'removed', number>;
}

/**
 * Writes one revision: aligns its segments (made before the transaction, see SegmentationPool)
 * with the previous revision's active segments and persists the result in the caller's
 * transaction. Kept segments keep their id (and so their translations); changed ones mark
 * their translations outdated, keeping the source they were written for; removed ones are
 * archived. Every step is one statement over all the rows (JSON or `unnest` arrays), whatever
 * the number of segments.
 */
@Injectable()
export class RevisionWriter {
  constructor(
    private readonly documents: DocumentsRepository,
    private readonly segments: SegmentsRepository,
    private readonly translations: TranslationsRepository,
  ) {}

  async write(manager: EntityManager, document: Document, source: RevisionSource, authorId: string, message: string | null): Promise<RevisionSummary> {
    const number = document.currentRevision + 1;
    const { markdown, segments } = source;
    const previous = await this.segments.active(manager, document.id);
    const alignment = alignSegments(previous, segments);
    const counts = { unchanged: 0, moved: 0, changed: 0, new: 0, removed: alignment.removed.length };
    const kept: SegmentWrite[] = [];
    const added: SegmentWrite[] = [];
    const changed: { id: string; previousText: string }[] = [];
    for (const aligned of alignment.segments) {
      counts[aligned.status] += 1;
      const segment = segments[aligned.index];
      if (!segment) throw new Error(`the aligner answered segment ${aligned.index} of ${segments.length}`);
      const id = aligned.previousId ?? randomUUID();
      (aligned.previousId ? kept : added).push({
        id,
        ordinal: segment.ordinal,
        kind: segment.kind,
        source_text: segment.text,
        source_hash: segment.hash,
        previous_hash: segment.previousHash,
        next_hash: segment.nextHash,
        words: segment.words,
      });
      if (aligned.status === 'changed') changed.push({ id, previousText: aligned.previousText ?? '' });
    }

    if (added.length) await this.segments.insert(manager, document.id, number, added);
    if (kept.length) await this.segments.update(manager, number, kept);
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
      segmentCount: segments.length,
      alignment: counts,
      segmentation: CURRENT_SEGMENTATION_RULES,
    });
    return { revision: number, segments: segments.length, counts };
  }
}
