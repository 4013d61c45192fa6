import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '@bluecarbon/platform';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'organisation' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  subjectId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ description: 'Events at or after this time', example: '2024-01-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'Events before this time', example: '2030-01-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601()
  to?: string;
}

export class AuditEventResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorOrganisationId!: string | null;
  @ApiProperty({ nullable: true, type: String }) jurisdictionId!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty() subjectType!: string;
  @ApiProperty({ nullable: true, type: String }) subjectId!: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) before!: object | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true }) after!: object | null;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
}

export class AuditPageResponse {
  @ApiProperty({ type: [AuditEventResponse] }) items!: AuditEventResponse[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
