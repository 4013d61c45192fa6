import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import type { RevisionView } from '../documents/document-view';
import type { RevisionSummary } from '../documents/revision-writer';
import type { Progress } from '../domain/progress';
import type { QaCheck, QaSeverity } from '../domain/qa';
import type { DiffOp } from '../domain/similarity';
import { TRANSLATION_STATES, type TranslationState } from '../domain/translation-state';
import { SUBJECT_TYPES } from '../entities/document.entity';
import type { LocalizedFinding } from '../translations/findings-view';
import type { SegmentView } from '../translations/translation-row';

/**
 * The answers of documents' routes as OpenAPI sees them. Where the service names its type,
 * the class implements it, so a field added there fails the build until it is documented.
 */

const NULLABLE_STRING = { type: String, nullable: true } as const;
const NULLABLE_UUID = { type: String, format: 'uuid', nullable: true } as const;
const QA_CHECKS: QaCheck[] = ['empty', 'identical', 'whitespace', 'placeholders', 'numbers', 'glossary', 'punctuation'];
const QA_SEVERITIES: QaSeverity[] = ['error', 'warning'];
/** A count per translation state (`untranslated`, `draft`, …). */
const COUNT_BY_STATE: ApiPropertyOptions = {
  type: 'object',
  properties: Object.fromEntries(TRANSLATION_STATES.map((state) => [state, { type: 'number' }])),
  required: [...TRANSLATION_STATES],
  // `required` above names the states; the property itself is required too.
  selfRequired: true,
};
/** A term list per locale (`{ "zh-CN": [{ text, status }] }`). */
const TERMS_BY_LOCALE: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: {
    type: 'array',
    items: {
      type: 'object',
      required: ['text', 'status'],
      properties: { text: { type: 'string' }, status: { type: 'string', enum: ['preferred', 'admitted', 'forbidden'] } },
    },
  },
  description: 'Terms by locale',
};
const QA_PARAMS: ApiPropertyOptions = { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } };

export class DocumentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SUBJECT_TYPES }) subjectType!: string;
  @ApiProperty(NULLABLE_UUID) subjectId!: string | null;
  @ApiProperty() sourceLocale!: string;
  @ApiProperty({ type: [String] }) targetLocales!: string[];
  @ApiProperty({ format: 'uuid' }) ownerOrganisationId!: string;
  @ApiProperty(NULLABLE_STRING) jurisdictionCode!: string | null;
  @ApiProperty({ enum: ['draft', 'published', 'archived'] }) status!: string;
  @ApiProperty({ ...NULLABLE_STRING, format: 'date' }) dueOn!: string | null;
  @ApiProperty() currentRevision!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiProperty({ description: 'The edit counter: send it back as If-Match' }) version!: number;
}

/** Segments by how they aligned with the revision before (unchanged, moved, changed, new, removed). */
const ALIGNMENT_COUNTS: ApiPropertyOptions = {
  type: 'object',
  properties: Object.fromEntries(['unchanged', 'moved', 'changed', 'new', 'removed'].map((status) => [status, { type: 'number' }])),
  required: ['unchanged', 'moved', 'changed', 'new', 'removed'],
  selfRequired: true,
  description: 'Segments by how they align with the previous revision',
};

class RevisionSummaryResponse implements RevisionSummary {
  @ApiProperty() revision!: number;
  @ApiProperty() segments!: number;
  @ApiProperty(ALIGNMENT_COUNTS)
  counts!: RevisionSummary['counts'];
}

export class RevisionResponse implements RevisionView {
  @ApiProperty() number!: number;
  @ApiProperty({ ...NULLABLE_STRING, description: 'Why it was saved, as its author wrote' }) message!: string | null;
  @ApiProperty({ ...NULLABLE_STRING, description: "The author's display name" }) authorName!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ description: 'Segments in this revision' }) segments!: number;
  @ApiProperty(ALIGNMENT_COUNTS) counts!: RevisionSummary['counts'];
}

export class RevisionTextResponse extends RevisionResponse {
  @ApiProperty({ description: 'The Markdown of this revision, in the source locale' }) markdown!: string;
}

export class DocumentRevisionResponse extends DocumentResponse {
  @ApiProperty({ type: RevisionSummaryResponse }) revisionSummary!: RevisionSummaryResponse;
}

export class ProgressResponse implements Progress {
  @ApiProperty() segments!: number;
  @ApiProperty() words!: number;
  @ApiProperty(COUNT_BY_STATE) byState!: Record<TranslationState, number>;
  @ApiProperty(COUNT_BY_STATE) wordsByState!: Record<TranslationState, number>;
  @ApiProperty() outdated!: number;
  @ApiProperty({ ...COUNT_BY_STATE, description: 'Percent of segments (one decimal) by state' }) percent!: Record<TranslationState, number>;
  @ApiProperty() percentOutdated!: number;
  @ApiProperty() publishable!: boolean;
}

/** Progress per target locale (ProgressResponse must be among the document's models: ApiExtraModels). */
export const PROGRESS_BY_LOCALE = {
  type: 'object' as const,
  additionalProperties: { $ref: '#/components/schemas/ProgressResponse' },
  description: 'By target locale',
};

export class DocumentDetailResponse extends DocumentResponse {
  @ApiProperty({ description: 'The current revision, in the source locale' }) markdown!: string;
  @ApiProperty(PROGRESS_BY_LOCALE) progress!: Record<string, Progress>;
}

export class RenderingResponse {
  @ApiProperty({ format: 'uuid' }) documentId!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() sourceLocale!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ description: 'Some segments fell back to the source' }) partial!: boolean;
  @ApiProperty({ type: [Number], description: 'Ordinals of the segments shown in the source' }) fallbackOrdinals!: number[];
  @ApiProperty({ type: Date, nullable: true }) publishedAt!: Date | null;
  @ApiProperty() markdown!: string;
  @ApiProperty() html!: string;
}

class DiffOpResponse implements DiffOp {
  @ApiProperty({ enum: ['equal', 'delete', 'insert'] }) op!: DiffOp['op'];
  @ApiProperty() text!: string;
}

class FindingResponse implements LocalizedFinding {
  @ApiProperty({ enum: QA_CHECKS }) check!: QaCheck;
  @ApiProperty({ enum: QA_SEVERITIES }) severity!: QaSeverity;
  @ApiProperty({ example: 'documents.qa.numbers.missing' }) messageKey!: string;
  @ApiProperty(QA_PARAMS) params!: Record<string, string | number>;
  @ApiProperty({ description: "In the caller's language" }) message!: string;
}

export class SegmentResponse implements SegmentView {
  @ApiProperty({ format: 'uuid' }) segmentId!: string;
  @ApiProperty() ordinal!: number;
  @ApiProperty({ example: 'paragraph' }) kind!: string;
  @ApiProperty() sourceText!: string;
  @ApiProperty() sourceHash!: string;
  @ApiProperty() locale!: string;
  @ApiProperty(NULLABLE_UUID) translationId!: string | null;
  @ApiProperty(NULLABLE_STRING) text!: string | null;
  @ApiProperty({ enum: TRANSLATION_STATES }) state!: TranslationState;
  @ApiProperty() outdated!: boolean;
  @ApiProperty({ ...NULLABLE_STRING, description: 'For an outdated translation: the source it was written for' }) previousSourceText!: string | null;
  @ApiProperty({ type: [DiffOpResponse], nullable: true, description: 'For an outdated translation: what changed in the source since' })
  sourceDiff!: DiffOpResponse[] | null;
  @ApiProperty({ type: [FindingResponse] }) qaFindings!: FindingResponse[];
  @ApiProperty(NULLABLE_UUID) translatorId!: string | null;
  @ApiProperty(NULLABLE_UUID) reviewerId!: string | null;
  @ApiProperty({ ...NULLABLE_STRING, description: 'On a draft the reviewer sent back: the reason they gave' }) rejectionComment!: string | null;
  @ApiProperty({ description: 'ETag value for If-Match; 0 while untranslated' }) version!: number;
}

export class TranslationChangeResponse {
  @ApiProperty() action!: string;
  @ApiProperty(NULLABLE_STRING) text!: string | null;
  @ApiProperty() state!: string;
  @ApiProperty() outdated!: boolean;
  @ApiProperty(NULLABLE_UUID) actorId!: string | null;
  @ApiProperty({ ...NULLABLE_STRING, description: 'The reviewer’s comment on a review, approval or rejection' }) comment!: string | null;
  @ApiProperty() at!: Date;
}

class MemoryMatchResponse {
  @ApiProperty({ enum: ['in-context', 'exact', 'fuzzy'] }) kind!: string;
  @ApiProperty({ description: '101 in context, 100 exact, below for fuzzy' }) score!: number;
  @ApiProperty() sourceText!: string;
  @ApiProperty() targetText!: string;
  @ApiProperty({ type: [DiffOpResponse] }) diff!: DiffOpResponse[];
}

class GlossaryHitResponse {
  @ApiProperty() conceptId!: string;
  @ApiProperty() sourceTerm!: string;
  @ApiProperty() start!: number;
  @ApiProperty() end!: number;
  @ApiProperty({ type: [String] }) expected!: string[];
  @ApiProperty({ type: [String] }) forbidden!: string[];
  @ApiPropertyOptional() note?: string;
}

export class SuggestionsResponse {
  @ApiProperty({ type: [MemoryMatchResponse] }) memory!: MemoryMatchResponse[];
  @ApiProperty({ type: [GlossaryHitResponse] }) glossary!: GlossaryHitResponse[];
}

export class GlossaryConceptResponse {
  @ApiProperty({ example: 'mangrove' }) id!: string;
  @ApiProperty(NULLABLE_STRING) note!: string | null;
  @ApiProperty({ description: 'The edit counter: send it back as If-Match' }) version!: number;
  @ApiProperty(TERMS_BY_LOCALE) terms!: object;
}

class GlossaryListItemResponse {
  @ApiProperty({ example: 'mangrove' }) id!: string;
  @ApiPropertyOptional() note?: string;
  @ApiProperty() version!: number;
  @ApiProperty(TERMS_BY_LOCALE) terms!: object;
}

export class GlossaryListResponse {
  @ApiProperty({ type: [GlossaryListItemResponse] }) items!: GlossaryListItemResponse[];
  @ApiProperty({ description: 'Concepts matching the search, over every page' }) total!: number;
}

class GlossaryStateResponse {
  @ApiProperty({ enum: ['created', 'updated', 'deleted'] }) action!: string;
  @ApiProperty() version!: number;
  @ApiProperty(NULLABLE_STRING) note!: string | null;
  @ApiProperty(TERMS_BY_LOCALE) terms!: object;
  @ApiProperty(NULLABLE_UUID) actorId!: string | null;
  @ApiProperty() at!: Date;
}

export class GlossaryHistoryResponse {
  @ApiProperty({ type: [GlossaryStateResponse] }) items!: GlossaryStateResponse[];
}

export class TaskResponse {
  @ApiProperty({ format: 'uuid' }) documentId!: string;
  @ApiProperty() title!: string;
  @ApiProperty(NULLABLE_STRING) jurisdictionCode!: string | null;
  @ApiProperty() locale!: string;
  @ApiProperty({ ...NULLABLE_STRING, format: 'date' }) dueOn!: string | null;
  @ApiProperty() segments!: number;
  @ApiProperty() untranslated!: number;
  @ApiProperty() outdated!: number;
  @ApiProperty() awaitingReview!: number;
}

class RefusedTermResponse {
  @ApiProperty() index!: number;
  @ApiProperty(NULLABLE_STRING) conceptId!: string | null;
  @ApiProperty(NULLABLE_STRING) language!: string | null;
  @ApiProperty(NULLABLE_STRING) term!: string | null;
  @ApiProperty({ enum: ['invalidId', 'unsupportedLanguage', 'notYourLocale', 'tooManyTerms', 'invalidTerm'] }) reason!: string;
  @ApiProperty() message!: string;
}

export class TbxImportResponse {
  @ApiProperty() concepts!: number;
  @ApiProperty() added!: number;
  @ApiProperty() changed!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty({ type: [RefusedTermResponse] }) refused!: RefusedTermResponse[];
}

class RefusedUnitResponse {
  @ApiProperty() index!: number;
  @ApiProperty(NULLABLE_STRING) tuid!: string | null;
  @ApiProperty({ enum: ['noSource', 'noTarget', 'empty', 'tooLong'] }) reason!: string;
  @ApiProperty() message!: string;
}

export class TmxImportResponse {
  @ApiProperty() sourceLocale!: string;
  @ApiProperty() targetLocale!: string;
  @ApiProperty() units!: number;
  @ApiProperty() imported!: number;
  @ApiProperty() alreadyPresent!: number;
  @ApiProperty({ type: [RefusedUnitResponse] }) refused!: RefusedUnitResponse[];
}

class XliffCountsResponse {
  @ApiProperty() noTarget!: number;
  @ApiProperty() apply!: number;
  @ApiProperty() unchanged!: number;
  @ApiProperty() staleSource!: number;
  @ApiProperty() changedSince!: number;
  @ApiProperty() unknownSegment!: number;
}

class StaleSourceResponse {
  @ApiProperty({ format: 'uuid' }) segmentId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() fileSourceText!: string;
  @ApiProperty(NULLABLE_STRING) currentSourceText!: string | null;
  @ApiProperty(NULLABLE_STRING) targetText!: string | null;
}

class ChangedSinceResponse {
  @ApiProperty({ format: 'uuid' }) segmentId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() fileVersion!: number;
  @ApiProperty() currentVersion!: number;
  @ApiProperty() targetText!: string;
}

class StoredFindingResponse {
  @ApiProperty({ enum: QA_CHECKS }) check!: QaCheck;
  @ApiProperty({ enum: QA_SEVERITIES }) severity!: QaSeverity;
  @ApiProperty() messageKey!: string;
  @ApiProperty(QA_PARAMS) params!: Record<string, string | number>;
}

class SegmentQaErrorsResponse {
  @ApiProperty({ format: 'uuid' }) segmentId!: string;
  @ApiProperty({ type: [StoredFindingResponse] }) findings!: StoredFindingResponse[];
}

export class XliffImportResponse {
  @ApiProperty({ enum: ['2.0', '1.2'] }) version!: string;
  @ApiProperty() targetLocale!: string;
  @ApiProperty({ type: XliffCountsResponse }) counts!: XliffCountsResponse;
  @ApiProperty({ description: 'Translations applied with a lower state than the file asked for (role or QA)' }) capped!: number;
  @ApiProperty({ type: [StaleSourceResponse] }) staleSource!: StaleSourceResponse[];
  @ApiProperty({ type: [ChangedSinceResponse] }) changedSince!: ChangedSinceResponse[];
  @ApiProperty({ type: [String] }) unknownSegments!: string[];
  @ApiProperty({ type: [SegmentQaErrorsResponse] }) qaErrors!: SegmentQaErrorsResponse[];
}

/** An i18next JSON v4 namespace: keys to strings or nested namespaces. */
export const I18NEXT_RESOURCE_SCHEMA = {
  type: 'object' as const,
  additionalProperties: { oneOf: [{ type: 'string' as const }, { type: 'object' as const, additionalProperties: true }] },
};

class UnusedPluralResponse {
  @ApiProperty() key!: string;
  @ApiProperty({ description: "Why, in the caller's language" }) message!: string;
}

export class UiStringsImportResponse {
  @ApiProperty() namespace!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() imported!: number;
  @ApiProperty({ type: [String], description: 'The keys written (plural keys without their suffix), nested keys joined with `.`' }) keys!: string[];
  @ApiProperty({ type: [UnusedPluralResponse] }) unused!: UnusedPluralResponse[];
  @ApiProperty({ type: [String] }) missing!: string[];
  @ApiProperty({
    type: [String],
    description: 'Keys written that the source (English) namespace does not have: kept, but no English string leads to them (a typo, or a key removed)',
  })
  unknownKeys!: string[];
}

class UiStringsLocaleGapsResponse {
  @ApiProperty({ example: 'pt-BR' }) locale!: string;
  @ApiProperty({ description: 'Keys stored in this locale (a plural key counts once)' }) keys!: number;
  @ApiProperty({ type: [String], description: 'Keys of the source locale absent or empty in this locale' }) missingKeys!: string[];
  @ApiProperty({ type: [String], description: 'Plural forms this locale needs that nobody wrote (`site_many`)' }) missingPlurals!: string[];
}

export class UiStringsNamespaceResponse {
  @ApiProperty({ example: 'portal' }) namespace!: string;
  @ApiProperty({ example: 'en', description: 'The locale strings are written in first; the others are compared with it' }) sourceLocale!: string;
  @ApiProperty({ type: [UiStringsLocaleGapsResponse], description: 'Every supported locale, the source first' }) locales!: UiStringsLocaleGapsResponse[];
}

class UiStringsNamespaceItemResponse {
  @ApiProperty({ example: 'portal' }) namespace!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { en: 120, 'zh-CN': 118 }, description: 'Keys stored per locale' })
  keys!: Record<string, number>;
}

export class UiStringsNamespacesResponse {
  @ApiProperty({ type: [UiStringsNamespaceItemResponse] }) items!: UiStringsNamespaceItemResponse[];
}
