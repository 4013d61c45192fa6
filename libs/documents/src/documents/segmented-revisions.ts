import { Injectable } from '@nestjs/common';
import { segmentMarkdown, type SegmentedDocument } from '../engine/segmenter';

/** Revisions held segmented; a 2,000-segment one is a few MB of tree. */
const CAPACITY = 16;

/**
 * Segmented revisions for rendering and export. A revision never changes once written, so
 * its segmentation (most of a render's CPU) is kept by document, number and locale; the
 * rebuild clones the skeleton, so sharing one is safe.
 */
@Injectable()
export class SegmentedRevisions {
  private readonly entries = new Map<string, Promise<SegmentedDocument>>();

  get(documentId: string, revision: number, locale: string, markdown: () => Promise<string>): Promise<SegmentedDocument> {
    const key = `${documentId}:${revision}:${locale}`;
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // most recently used last
    } else {
      entry = markdown().then((text) => segmentMarkdown(text, locale));
      entry.catch(() => this.entries.delete(key));
    }
    this.entries.set(key, entry);
    while (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
    return entry;
  }
}
