import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsJurisdictionCode, PageQuery, SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { SUBJECT_TYPES, type SubjectType } from '../entities/document.entity';

/** Markdown of one revision; 2 MB of text is well over a 10,000-segment methodology. */
export const MAX_MARKDOWN_CHARS = 2_000_000;
const LOCALES = [...SUPPORTED_LOCALES];
export class CreateDocumentDto {
  @ApiProperty({ example: 'Enping mangrove restoration: project description' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiProperty({ enum: SUBJECT_TYPES, example: 'project' })
  @IsIn(SUBJECT_TYPES)
  subjectType!: SubjectType;

  @ApiPropertyOptional({ example: 'enping-zhenhai-bay' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectId?: string;

  @ApiProperty({ enum: LOCALES, example: 'zh-CN' })
  @IsIn(LOCALES)
  sourceLocale!: string;

  @ApiProperty({ enum: LOCALES, isArray: true, example: ['en'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LOCALES.length)
  @IsIn(LOCALES, { each: true })
  targetLocales!: string[];

  @ApiPropertyOptional({ description: 'The partner city the document belongs to; omit for shared material (methodology, playbooks)', example: 'CN-GD-ENPING' })
  @IsOptional()
  @IsJurisdictionCode()
  jurisdictionCode?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'When translations are due (orders the translator queue)' })
  @IsOptional()
  @IsDateString({ strict: true })
  dueOn?: string;

  @ApiProperty({ example: '# 恩平红树林\n\n恩平镇海湾有红树林 68 公顷。' })
  @IsString()
  @MaxLength(MAX_MARKDOWN_CHARS)
  markdown!: string;

  @ApiPropertyOptional({ example: 'First draft' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string;
}

export class CreateRevisionDto {
  @ApiProperty({ example: '# 恩平红树林\n\n恩平镇海湾有红树林 70 公顷。' })
  @IsString()
  @MaxLength(MAX_MARKDOWN_CHARS)
  markdown!: string;

  @ApiPropertyOptional({ example: 'Area updated after the 2026 survey' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string;
}

export class DocumentIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class RevisionParams extends DocumentIdParams {
  @ApiProperty({ minimum: 1, example: 2 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  number!: number;
}

export class TranslationParams extends DocumentIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  segmentId!: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: string;
}

export class LocaleQuery {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: string;
}

export class SegmentsQuery extends PageQuery {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: string;
}

export class SaveTranslationDto {
  @ApiProperty({ example: 'Enping has 68 hectares of mangrove in Zhenhai Bay.' })
  @IsString()
  @MaxLength(20_000)
  text!: string;

  @ApiPropertyOptional({ enum: ['draft', 'translated'], default: 'translated', description: 'draft keeps it out of review' })
  @IsOptional()
  @IsIn(['draft', 'translated'])
  state?: 'draft' | 'translated';
}

export const MAX_REVIEW_COMMENT_CHARS = 2_000;
const EDGE_BLANKS = /^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu;
/** Line breaks and tabs are text; other control characters (a bell, a terminal escape) are not. */
const NO_CONTROL_CHARACTERS = /^(?:[^\p{Cc}]|[\t\n\r])*$/u;
export const REVIEW_DECISIONS = ['reviewed', 'approved', 'rejected'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export class ReviewTranslationDto {
  @ApiProperty({ enum: REVIEW_DECISIONS, example: 'approved', description: 'rejected sends it back to draft' })
  @IsIn(REVIEW_DECISIONS)
  decision!: ReviewDecision;

  @ApiPropertyOptional({
    maxLength: MAX_REVIEW_COMMENT_CHARS,
    example: '“退化红树林” is missing: the source says degraded mangrove.',
    description: 'Why, kept in the history; required to reject (a rejection without a reason helps nobody)',
  })
  // Invisible characters at the ends go with the spaces: a reason of zero-width spaces shows nothing.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(EDGE_BLANKS, '') : value))
  @ValidateIf((body: ReviewTranslationDto) => body.decision === 'rejected' || body.comment != null)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_REVIEW_COMMENT_CHARS)
  @Matches(NO_CONTROL_CHARACTERS)
  comment?: string;
}

export class PublishDto {
  @ApiPropertyOptional({ default: false, description: 'Publish although segments are not approved; they fall back to the source, marked' })
  @IsOptional()
  @IsIn([true, false])
  partial?: boolean;
}

export class PublicationParams extends DocumentIdParams {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: string;
}

export class RenderQuery {
  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: string;

  @ApiPropertyOptional({ enum: ['published', 'current'], default: 'published' })
  @IsOptional()
  @IsIn(['published', 'current'])
  revision?: 'published' | 'current';
}

/** The XLIFF versions the export writes (the import reads both). */
export const XLIFF_VERSIONS = ['2.0', '1.2'] as const;
export type XliffVersion = (typeof XLIFF_VERSIONS)[number];

export class XliffExportQuery {
  @ApiProperty({ enum: LOCALES, example: 'en' })
  @IsIn(LOCALES)
  target!: string;

  @ApiPropertyOptional({ enum: XLIFF_VERSIONS, default: '2.0', description: '1.2 for CAT tools that read only XLIFF 1.2 (OmegaT 3.6)' })
  @IsOptional()
  @IsIn(XLIFF_VERSIONS)
  version?: XliffVersion;
}

export class TasksQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LOCALES, description: 'One of your locales; all of them when omitted' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: string;
}

export class UpdateDocumentDto {
  @ApiPropertyOptional({ example: 'Enping mangrove restoration: project description (2026)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({
    enum: LOCALES,
    isArray: true,
    example: ['en', 'pt-BR'],
    description: 'Adding a locale starts it untranslated; removing one keeps its translations',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LOCALES.length)
  @IsIn(LOCALES, { each: true })
  targetLocales?: string[];

  @ApiPropertyOptional({ example: '2027-03-31', nullable: true })
  @IsOptional()
  @IsDateString({ strict: true })
  dueOn?: string;
}
