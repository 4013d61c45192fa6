import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { segmentMarkdown, type SegmentedDocument } from '../domain/segmenter';
import { DocumentsRepository } from '../repositories/documents.repository';

/** Revisions held segmented; a 2,000-segment one is a few MB of tree. */
const CAPACITY = 16;

/**
 * Segmented revisions for rendering and export. A revision never changes once written, so
 * its segmentation (most of a render's CPU) is kept by document, number and locale; the
 * rebuild clones the skeleton, so sharing one is safe. A revision is segmented with the rules
 * it was written with (segmentation-rules.ts), read here so that every caller matches the
 * stored segments alike.
 */
@Injectable()
export class SegmentedRevisions {
  private readonly entries = new Map<string, Promise<SegmentedDocument>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsRepository,
  ) {}

  /** Inside a transaction, pass its manager: PGlite has one session, a second query would wait for it. */
  get(
    documentId: string,
    revision: number,
    locale: string,
    markdown: () => Promise<string>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SegmentedDocument> {
    const key = `${documentId}:${revision}:${locale}`;
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // most recently used last
    } else {
      entry = Promise.all([markdown(), this.documents.segmentationOf(manager, documentId, revision)]).then(([text, rules]) =>
        segmentMarkdown(text, locale, rules),
      );
      entry.catch(() => this.entries.delete(key));
    }
    this.entries.set(key, entry);
    while (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }
}
