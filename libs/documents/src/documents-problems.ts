import { problemCatalogue, Problems } from '@bluecarbon/platform';
import { DocumentsEngineError, DocumentsErrorCode } from './domain/errors';
import type { QaFinding } from './domain/qa';

/**
 * Every problem code the documents lib sends, with its status: the service layer's and the
 * engine's (DocumentsErrorCode). One code, one message `errors.<code>.title|detail` in each
 * locale file (the translations spec checks all three).
 */
export const DOCUMENTS_PROBLEMS = problemCatalogue({
  documents_locale_not_targeted: 422,
  documents_locale_published: 409,
  documents_segment_archived: 409,
  documents_qa_blocks_approval: 422,
  documents_translation_outdated: 409,
  documents_review_not_allowed: 409,
  documents_not_publishable: 409,
  documents_nothing_to_render: 404,
  documents_xliff_content_type: 415,
  documents_xml_content_type: 415,
  [DocumentsErrorCode.FileTooLarge]: 413,
  [DocumentsErrorCode.XmlMalformed]: 400,
  [DocumentsErrorCode.XmlDoctypeForbidden]: 400,
  [DocumentsErrorCode.XmlTooDeep]: 400,
  [DocumentsErrorCode.XliffUnsupported]: 400,
  [DocumentsErrorCode.XliffInvalid]: 400,
  [DocumentsErrorCode.XliffDuplicateSegment]: 400,
  [DocumentsErrorCode.XliffLocaleMismatch]: 422,
  [DocumentsErrorCode.I18nextInvalid]: 400,
  [DocumentsErrorCode.InvalidIdentifier]: 400,
  [DocumentsErrorCode.TmxInvalid]: 400,
  [DocumentsErrorCode.TbxInvalid]: 400,
});

const problem = DOCUMENTS_PROBLEMS.problem;

/** The service layer's problems, by what went wrong. */
export const DocumentsProblems = {
  localeNotTargeted: (locale: string, targets: readonly string[]) =>
    problem('documents_locale_not_targeted', { params: { locale, targets: targets.join(', ') } }),
  localePublished: (locales: string[]) =>
    problem('documents_locale_published', { params: { locales: locales.join(', ') }, extensions: { publishedLocales: locales } }),
  segmentArchived: () => problem('documents_segment_archived'),
  qaBlocksApproval: (findings: QaFinding[]) =>
    problem('documents_qa_blocks_approval', {
      params: { count: findings.filter((finding) => finding.severity === 'error').length },
      extensions: { findings },
    }),
  outdated: (previousSourceText: string | null) => problem('documents_translation_outdated', { extensions: { previousSourceText } }),
  reviewNotAllowed: (state: string, target: string) => problem('documents_review_not_allowed', { params: { state, target } }),
  notPublishable: (pending: number, total: number) => problem('documents_not_publishable', { params: { pending, total }, extensions: { pending, total } }),
  nothingToRender: (locale: string) => problem('documents_nothing_to_render', { params: { locale } }),
  xliffContentType: () => problem('documents_xliff_content_type'),
  xmlContentType: () => problem('documents_xml_content_type'),
  /** Target locales that leave nothing once the source locale is taken out. */
  noTargetLocale: () => Problems.invalidFields([{ field: 'targetLocales', rule: 'notOnlySourceLocale' }]),
};

/** Runs engine code and turns its refusals into translated problem+json (line/column kept as members). */
export function asProblem<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DocumentsEngineError) {
      throw problem(error.code, { params: error.params, extensions: { ...error.params } });
    }
    throw error;
  }
}
