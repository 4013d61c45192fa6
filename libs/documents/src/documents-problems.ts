import { ProblemException } from '@bluecarbon/platform';
import { DocumentsEngineError, DocumentsErrorCode } from './engine/errors';
import type { QaFinding } from './engine/qa';

/** Problem codes of the service layer; each has `errors.<code>` in src/i18n/*.json. */
export const DocumentsProblems = {
  localeNotTargeted: (locale: string, targets: readonly string[]) =>
    new ProblemException(422, 'documents_locale_not_targeted', { params: { locale, targets: targets.join(', ') } }),
  segmentArchived: () => new ProblemException(409, 'documents_segment_archived'),
  qaBlocksApproval: (findings: QaFinding[]) =>
    new ProblemException(422, 'documents_qa_blocks_approval', {
      params: { count: findings.filter((finding) => finding.severity === 'error').length },
      extensions: { findings },
    }),
  outdated: (previousSourceText: string | null) =>
    new ProblemException(409, 'documents_translation_outdated', { extensions: { previousSourceText } }),
  reviewNotAllowed: (state: string, target: string) => new ProblemException(409, 'documents_review_not_allowed', { params: { state, target } }),
  notPublishable: (pending: number, total: number) =>
    new ProblemException(409, 'documents_not_publishable', { params: { pending, total }, extensions: { pending, total } }),
  nothingToRender: (locale: string) => new ProblemException(404, 'documents_nothing_to_render', { params: { locale } }),
  xliffContentType: () => new ProblemException(415, 'documents_xliff_content_type'),
  xmlContentType: () => new ProblemException(415, 'documents_xml_content_type'),
  /** Target locales that leave nothing once the source locale is taken out. */
  noTargetLocale: () => new ProblemException(400, 'validation_failed', { fieldErrors: [{ field: 'targetLocales', rule: 'notOnlySourceLocale' }] }),
};

const ENGINE_STATUS: Record<DocumentsErrorCode, number> = {
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
};

/** Runs engine code and turns its refusals into translated problem+json (line/column kept as members). */
export function asProblem<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DocumentsEngineError) {
      throw new ProblemException(ENGINE_STATUS[error.code], error.code, { params: error.params, extensions: { ...error.params } });
    }
    throw error;
  }
}
