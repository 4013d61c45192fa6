/**
 * Segmentation rules are versioned because stored segments are matched with a revision's
 * segmentation by ordinal (rendering, export): a revision is always segmented again with the
 * rules it was written with (`document_revision.segmentation`), and only a new revision
 * takes the current ones; aligned with the stored segments, unchanged sentences keep their
 * ids and translations.
 *
 * 1: ICU sentences with a shared abbreviation list.
 * 2: abbreviations per language, initialisms (U.S.), no sentence end inside quoted speech.
 * 3: image alt text and title translated, inside their sentence (see placeholders.ts).
 */
export type SegmentationRules = 1 | 2 | 3;

export const CURRENT_SEGMENTATION_RULES: SegmentationRules = 3;
