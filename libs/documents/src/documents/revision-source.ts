import { countWords } from '../domain/progress';
import { CURRENT_SEGMENTATION_RULES } from '../domain/segmentation-rules';
import { segmentMarkdown, type UnitKind } from '../domain/segmenter';
import { wellFormed } from '../domain/text';

/** What a revision stores of one source segment. */
export interface SourceSegmentRow {
  ordinal: number;
  kind: UnitKind;
  text: string;
  hash: string;
  previousHash: string | null;
  nextHash: string | null;
  words: number;
}

/** A revision's Markdown as it will be stored, and its segments under the current rules. */
export interface RevisionSource {
  markdown: string;
  segments: SourceSegmentRow[];
}

export interface RevisionSourceTask {
  input: string;
  locale: string;
}

/**
 * Parses and segments a revision's Markdown and counts its words: all the CPU of an import,
 * no database. Plain data in and out, so it runs in a worker thread as well (SegmentationPool).
 */
export async function revisionSourceOf({ input, locale }: RevisionSourceTask): Promise<RevisionSource> {
  const markdown = wellFormed(input);
  const { segments } = await segmentMarkdown(markdown, locale, CURRENT_SEGMENTATION_RULES);
  return {
    markdown,
    segments: segments.map((segment) => ({
      ordinal: segment.ordinal,
      kind: segment.kind,
      text: segment.text,
      hash: segment.hash,
      previousHash: segment.previousHash,
      nextHash: segment.nextHash,
      words: countWords(segment.text, locale),
    })),
  };
}
