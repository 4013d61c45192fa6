import type { Document } from '../entities/document.entity';
import type { RevisionRow } from '../repositories/documents.repository';
import type { RevisionSummary } from './revision-writer';

/** What the API shows of a document: everything but who created it and the jurisdiction's internal id. */
const VIEW_FIELDS = [
  'id',
  'title',
  'subjectType',
  'subjectId',
  'sourceLocale',
  'targetLocales',
  'jurisdictionCode',
  'ownerOrganisationId',
  'status',
  'dueOn',
  'currentRevision',
  'createdAt',
  'updatedAt',
  'version',
] as const satisfies readonly (keyof Document)[];

export type DocumentView = Pick<Document, (typeof VIEW_FIELDS)[number]>;

export function toDocumentView(document: Document): DocumentView {
  return Object.fromEntries(VIEW_FIELDS.map((field) => [field, document[field]])) as DocumentView;
}

export function withRevisionSummary({
  document,
  revision,
}: {
  document: Document;
  revision: RevisionSummary;
}): DocumentView & { revisionSummary: RevisionSummary } {
  return { ...toDocumentView(document), revisionSummary: revision };
}

/** One revision as the API shows it: who, when, why, and how it aligned with the one before. */
export interface RevisionView {
  number: number;
  message: string | null;
  authorName: string | null;
  createdAt: Date;
  segments: number;
  /** How its segments aligned with the revision before (all `new` for the first). */
  counts: RevisionSummary['counts'];
}

const ALIGNMENT_STATUSES = ['unchanged', 'moved', 'changed', 'new', 'removed'] as const;

export function toRevisionView(row: RevisionRow): RevisionView {
  return {
    number: Number(row.number),
    message: row.message,
    authorName: row.author_name,
    createdAt: new Date(row.created_at),
    segments: Number(row.segment_count),
    // A revision written without its alignment holds the column's default, `{}`: zero of each.
    counts: Object.fromEntries(ALIGNMENT_STATUSES.map((status) => [status, Number(row.alignment[status] ?? 0)])) as RevisionSummary['counts'],
  };
}
