/**
 * Stable codes for what the documents engine refuses. A service turns one into a problem+json
 * answer whose detail is the i18n message `errors.<code>.detail`, interpolated with `params`.
 */
export enum DocumentsErrorCode {
  FileTooLarge = 'documents_file_too_large',
  XmlMalformed = 'documents_xml_malformed',
  XmlDoctypeForbidden = 'documents_xml_doctype_forbidden',
  XmlTooDeep = 'documents_xml_too_deep',
  XliffUnsupported = 'documents_xliff_unsupported',
  XliffInvalid = 'documents_xliff_invalid',
  XliffDuplicateSegment = 'documents_xliff_duplicate_segment',
  XliffLocaleMismatch = 'documents_xliff_locale_mismatch',
  I18nextInvalid = 'documents_i18next_invalid',
  InvalidIdentifier = 'documents_invalid_identifier',
  TmxInvalid = 'documents_tmx_invalid',
  TbxInvalid = 'documents_tbx_invalid',
}

export class DocumentsEngineError extends Error {
  constructor(
    readonly code: DocumentsErrorCode,
    /** Human-readable English detail for logs; clients get the translated message by code. */
    detail: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(detail);
    this.name = 'DocumentsEngineError';
  }
}
