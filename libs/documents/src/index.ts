// The documents lib: DocumentsModule (documents, translations, memory, glossary, XLIFF over
// HTTP) and its engine, pure functions (no Nest, no database, no HTTP) for segmenting,
// aligning, memory ranking, glossary matching, QA and XLIFF / i18next interchange.
export * from './engine/errors';
export { DOCUMENTS_TRANSLATIONS } from './i18n/translations';
export { CORE_GLOSSARY } from './seed/core-glossary';
export { normaliseText, sourceHash, isSpacelessLocale } from './engine/text';
export { loadMarkdownToolkit, type MarkdownToolkit } from './engine/markdown-toolkit';
export {
  decodeInline,
  encodeInline,
  stripPlaceholders,
  tokenize,
  type InlineToken,
  type PlaceholderKind,
  type PlaceholderSpec,
  type PlaceholderTable,
} from './engine/placeholders';
export { splitSentences } from './engine/sentences';
export { segmentMarkdown, segmentTree, type SegmentedDocument, type SegmentUnit, type SourceSegment, type UnitKind } from './engine/segmenter';
export { rebuildMarkdown, rebuildTree, renderHtml, type RebuiltDocument, type TargetLookup } from './engine/rebuild';
export { diffText, similarity, type DiffOp } from './engine/similarity';
export {
  alignSegments,
  type AlignedSegment,
  type Alignment,
  type AlignmentStatus,
  type AlignOptions,
  type CurrentSegment,
  type PreviousSegment,
} from './engine/aligner';
export { rankMemoryMatches, type MatchKind, type MemoryCandidate, type MemoryQuery, type MemorySuggestion, type RankOptions } from './engine/tm-ranking';
export {
  Glossary,
  TermIndex,
  termsFor,
  type GlossaryConcept,
  type GlossaryMatch,
  type GlossaryTerm,
  type TermOccurrence,
  type TermStatus,
} from './engine/glossary';
export { extractNumbers, type NumberToken } from './engine/numbers';
export {
  checkEmpty,
  checkGlossary,
  checkIdentical,
  checkNumbers,
  checkPlaceholders,
  checkPunctuation,
  checkWhitespace,
  hasBlockingFindings,
  runQaChecks,
  type QaCheck,
  type QaFinding,
  type QaInput,
  type QaOptions,
  type QaSeverity,
} from './engine/qa';
export { TRANSLATION_STATES, type TranslationState } from './engine/translation-state';
export { planXliffImport, type CurrentSegmentState, type CurrentTranslation, type ImportDecision, type ImportDecisionKind, type ImportPlan, type ImportPlanOptions } from './engine/import-plan';
export { computeProgress, countWords, type Progress, type ProgressItem } from './engine/progress';
export { parseXml, DEFAULT_MAX_XML_BYTES, type XmlElement, type XmlReadOptions } from './engine/xml';
export {
  exportXliff20,
  xliffBlocksFor,
  XLIFF_20_NAMESPACE,
  type SegmentTranslation,
  type XliffExportBlock,
  type XliffExportInput,
  type XliffExportSegment,
} from './engine/xliff-export';
export { importXliff, XLIFF_12_NAMESPACE, type ImportedSegment, type XliffImport } from './engine/xliff-import';
export {
  exportI18nextJson,
  flattenKeys,
  importI18nextJson,
  pluralCategories,
  unflattenKeys,
  type I18nextExport,
  type I18nextImport,
  type I18nextResource,
  type PluralCategory,
  type UiString,
} from './engine/i18next-json';
export { DocumentsModule } from './documents.module';
export { DOCUMENTS_ENTITIES } from './entities';
export { DocumentsService } from './documents/documents.service';
export { GlossaryService } from './glossary/glossary.service';
export { seedCoreGlossary } from './glossary/glossary-seeder';
export { seedDocumentsDemo } from './seed/seed-documents-demo';
