import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { PageQuery } from '@bluecarbon/platform';
import { ALL_EVIDENCE_REFERENCE_TYPES, type EvidenceReferenceType } from '../steps/evidence-types';

export class StepParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  stepId!: string;
}

export class LinkEvidenceDto {
  @ApiProperty({ enum: ['link', 'document', 'data_record'] })
  @IsIn(['link', 'document', 'data_record'])
  kind!: 'link' | 'document' | 'data_record';

  @ApiPropertyOptional({ description: 'For kind link', example: 'https://www.niteroi.rj.gov.br/manguezais' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({
    enum: ALL_EVIDENCE_REFERENCE_TYPES,
    description: 'For document / data_record: what the record is (document for a document, methodology_adaptation for a data record)',
    example: 'methodology_adaptation',
  })
  @IsOptional()
  @IsIn(ALL_EVIDENCE_REFERENCE_TYPES)
  referenceType?: EvidenceReferenceType;

  @ApiPropertyOptional({ format: 'uuid', description: 'For document / data_record: the record id' })
  @IsOptional()
  @IsUUID()
  referenceId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

export class FileEvidenceQuery {
  @ApiPropertyOptional({ example: 'focal-point-letter.pdf', description: 'Defaults to "evidence"' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  fileName?: string;
}

export class CommentDto {
  @ApiProperty({ example: 'Could you add the **species list** to the baseline?' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  body!: string;
}

export class CommentQuery extends PageQuery {}

export class AssignStepDto {
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A coordinator or contributor of the city; null to unassign',
    example: '8b7e3c1a-52d4-4f0e-9a61-3c2f5d9e7b10',
  })
  @ValidateIf((body: AssignStepDto) => body.assigneeId !== null) // null unassigns; absent is an error
  @IsUUID()
  assigneeId!: string | null;
}
