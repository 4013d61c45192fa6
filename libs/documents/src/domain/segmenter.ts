/**
 * Markdown (GFM) → translatable segments plus the skeleton to rebuild from.
 *
 * Units are the inline contents of headings, paragraphs (kind from the nearest list item,
 * block quote or footnote around them) and table cells; a unit without any letter (a number
 * cell, a lone URL, an image without alt text) stays in the skeleton untranslated, as do code blocks, HTML
 * blocks, definitions and front matter. Each unit is split into sentences; inline markup
 * becomes placeholders (see placeholders.ts).
 */
import type { Heading, Nodes, Paragraph, Root, TableCell } from 'mdast';
import { loadMarkdownToolkit } from './markdown-toolkit';
import { encodeInline, renumber, type PlaceholderTable } from './placeholders';
import { CURRENT_SEGMENTATION_RULES, type SegmentationRules } from './segmentation-rules';
import { splitSentences } from './sentences';
import { hasLetter, normalisedHash, normaliseText } from './text';

export type UnitKind = 'heading' | 'paragraph' | 'listItem' | 'blockquote' | 'tableCell' | 'footnote';

export interface SourceSegment {
  /** Position in the document, from 0. */
  ordinal: number;
  unitIndex: number;
  /** Position among the sentences of its unit, from 0. */
  indexInUnit: number;
  kind: UnitKind;
  /** Normalised source text with placeholders. */
  text: string;
  /** sha256 of the normalised text. */
  hash: string;
  placeholders: PlaceholderTable;
  /** Hashes of the neighbouring segments in the document, for in-context memory matches. */
  previousHash: string | null;
  nextHash: string | null;
  /** Whether the source had whitespace between this sentence and the one before in its unit. */
  spaceBefore: boolean;
}

export interface SegmentUnit {
  index: number;
  kind: UnitKind;
  /** Heading level 1–6 for headings. */
  depth?: number;
  segmentOrdinals: number[];
}

export interface SegmentedDocument {
  locale: string;
  /** The mdast tree without positions; each translatable block has empty children and `data.segmentUnit`. */
  skeleton: Root;
  units: SegmentUnit[];
  segments: SourceSegment[];
}

export async function segmentMarkdown(markdown: string, locale: string, rules: SegmentationRules = CURRENT_SEGMENTATION_RULES): Promise<SegmentedDocument> {
  const toolkit = await loadMarkdownToolkit();
  // A tree of its own: no copy needed (a 10,000-segment one is tens of MB to clone and collect).
  return segmentSkeleton(stripPositions(toolkit.parse(markdown)), locale, rules);
}

/** Segments an already parsed tree (it is copied, not changed). */
export function segmentTree(tree: Root, locale: string, rules: SegmentationRules = CURRENT_SEGMENTATION_RULES): SegmentedDocument {
  return segmentSkeleton(stripPositions(structuredClone(tree)), locale, rules);
}

/** Segments `skeleton` in place: it becomes the document's skeleton. */
function segmentSkeleton(skeleton: Root, locale: string, rules: SegmentationRules): SegmentedDocument {
  const units: SegmentUnit[] = [];
  const segments: SourceSegment[] = [];

  const addUnit = (block: Heading | Paragraph | TableCell, kind: UnitKind, depth?: number): void => {
    const { tokens, table } = encodeInline(block.children, { translateImages: rules >= 3 });
    const plain = tokens.map((t) => (t.type === 'text' ? t.value : '')).join('');
    if (!hasLetter(plain)) return;
    const unit: SegmentUnit = { index: units.length, kind, segmentOrdinals: [] };
    if (depth !== undefined) unit.depth = depth;
    for (const [indexInUnit, sentence] of splitSentences(tokens, locale, rules).entries()) {
      const own = renumber(sentence.tokens, table);
      const text = normaliseText(own.text);
      unit.segmentOrdinals.push(segments.length);
      segments.push({
        ordinal: segments.length,
        unitIndex: unit.index,
        indexInUnit,
        kind,
        text,
        hash: normalisedHash(text),
        placeholders: own.table,
        previousHash: null,
        nextHash: null,
        spaceBefore: sentence.spaceBefore,
      });
    }
    units.push(unit);
    block.data = { ...(block.data ?? {}), segmentUnit: unit.index } as typeof block.data;
    block.children = [];
  };

  const walk = (node: Nodes, container: UnitKind): void => {
    switch (node.type) {
      case 'heading':
        addUnit(node, 'heading', node.depth);
        return;
      case 'paragraph':
        addUnit(node, container);
        return;
      case 'tableCell':
        addUnit(node, 'tableCell');
        return;
      case 'listItem':
        node.children.forEach((child) => walk(child, 'listItem'));
        return;
      case 'blockquote':
        node.children.forEach((child) => walk(child, 'blockquote'));
        return;
      case 'footnoteDefinition':
        node.children.forEach((child) => walk(child, 'footnote'));
        return;
      case 'root':
      case 'list':
      case 'table':
      case 'tableRow':
        (node.children as Nodes[]).forEach((child) => walk(child, container));
        return;
      default:
        // code, html, thematicBreak, definition, yaml…: kept as they are.
        return;
    }
  };
  walk(skeleton, 'paragraph');

  segments.forEach((segment, i) => {
    segment.previousHash = segments[i - 1]?.hash ?? null;
    segment.nextHash = segments[i + 1]?.hash ?? null;
  });
  return { locale, skeleton, units, segments };
}

function stripPositions<T extends Nodes>(node: T): T {
  delete node.position;
  if ('children' in node) (node.children as Nodes[]).forEach(stripPositions);
  return node;
}
