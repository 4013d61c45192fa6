import type { Document } from '../entities/document.entity';
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
