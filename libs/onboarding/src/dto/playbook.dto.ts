import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { EVIDENCE_KINDS, STEP_OWNER_ROLES, STEP_REVIEWER_ROLES } from '../domain/playbook-definition';
import { LocalizedTextDto } from './common.dto';

/**
 * The shape of a step. Its meaning (known evidence kinds and roles, existing dependencies, no
 * cycles) is checked when the draft is published, where every issue is named at once.
 */
export class StepDefinitionDto {
  @ApiProperty({ example: 'focal_point' })
  @IsString()
  @MaxLength(64)
  key!: string;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title!: LocalizedTextDto;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  guidance!: LocalizedTextDto;

  @ApiProperty({ type: [String], example: ['file'], description: `Any of ${EVIDENCE_KINDS.join(', ')}` })
  @IsArray()
  @ArrayMaxSize(8)
  @IsString({ each: true })
  evidence!: string[];

  @ApiProperty({ type: [String], example: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  dependsOn!: string[];

  @ApiProperty({ example: 'coordinator', description: `One of ${STEP_OWNER_ROLES.join(', ')}` })
  @IsString()
  @MaxLength(32)
  ownerRole!: string;

  @ApiProperty({ example: 'steward', description: `One of ${STEP_REVIEWER_ROLES.join(', ')}` })
  @IsString()
  @MaxLength(32)
  reviewerRole!: string;

  @ApiProperty({ example: 30 })
  @IsInt()
  @Min(-100000)
  @Max(100000)
  dueInDays!: number;
}

export class PlaybookDefinitionDto {
  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name!: LocalizedTextDto;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  description?: LocalizedTextDto;

  @ApiProperty({ type: [StepDefinitionDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => StepDefinitionDto)
  steps!: StepDefinitionDto[];
}

export class CreatePlaybookDraftDto {
  @ApiProperty({ example: 'shenzhen-model-replication', description: 'Versions of one playbook share its key' })
  @Matches(/^[a-z][a-z0-9-]{1,63}$/)
  key!: string;

  @ApiPropertyOptional({ type: PlaybookDefinitionDto, description: 'Omit to start from the latest published version' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlaybookDefinitionDto)
  definition?: PlaybookDefinitionDto;
}

export class UpdatePlaybookDraftDto {
  @ApiProperty({ type: PlaybookDefinitionDto })
  @ValidateNested()
  @Type(() => PlaybookDefinitionDto)
  definition!: PlaybookDefinitionDto;
}

export class PlaybookResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() key!: string;
  @ApiProperty() playbookVersion!: number;
  @ApiProperty({ enum: ['draft', 'published'] }) status!: string;
  @ApiProperty({ type: PlaybookDefinitionDto }) definition!: unknown;
  @ApiProperty({ nullable: true, type: Date }) publishedAt!: Date | null;
  @ApiProperty() version!: number;
}
