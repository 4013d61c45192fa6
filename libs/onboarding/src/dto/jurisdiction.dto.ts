import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';
import { type LocalizedText, PageQuery, SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { JURISDICTION_LEVELS, JURISDICTION_STATUSES, type JurisdictionLevel, type JurisdictionStatus } from '../entities/jurisdiction.entity';
import { IsJurisdictionCode } from '@bluecarbon/platform';
import { IsTimeZone, LocalizedTextDto } from './common.dto';

export class CreateJurisdictionDto {
  @ApiProperty({ example: 'BR-RJ-MARICA' })
  @IsJurisdictionCode()
  code!: string;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name!: LocalizedTextDto;

  @ApiProperty({ enum: JURISDICTION_LEVELS })
  @IsIn(JURISDICTION_LEVELS)
  level!: JurisdictionLevel;

  @ApiPropertyOptional({ description: 'Code of the enclosing jurisdiction', example: 'BR-RJ' })
  @IsOptional()
  @IsJurisdictionCode()
  parentCode?: string;

  @ApiProperty({ example: 'BR' })
  @Matches(/^[A-Z]{2}$/)
  country!: string;

  @ApiProperty({ enum: SUPPORTED_LOCALES })
  @IsIn(SUPPORTED_LOCALES)
  primaryLocale!: string;

  @ApiProperty({ example: 'America/Sao_Paulo' })
  @IsTimeZone()
  timeZone!: string;

  @ApiPropertyOptional({ enum: JURISDICTION_STATUSES, default: 'prospect' })
  @IsOptional()
  @IsIn(JURISDICTION_STATUSES)
  status?: JurisdictionStatus;
}

export class UpdateJurisdictionDto {
  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name?: LocalizedTextDto;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  primaryLocale?: string;

  @ApiPropertyOptional({ example: 'America/Sao_Paulo' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ enum: JURISDICTION_STATUSES })
  @IsOptional()
  @IsIn(JURISDICTION_STATUSES)
  status?: JurisdictionStatus;
}

export class JurisdictionQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'BR' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;

  @ApiPropertyOptional({ enum: JURISDICTION_STATUSES })
  @IsOptional()
  @IsIn(JURISDICTION_STATUSES)
  status?: JurisdictionStatus;
}

export class JurisdictionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedText;
  @ApiProperty({ enum: JURISDICTION_LEVELS }) level!: string;
  @ApiProperty({ nullable: true, type: String }) parentId!: string | null;
  @ApiProperty() country!: string;
  @ApiProperty() primaryLocale!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ enum: JURISDICTION_STATUSES }) status!: string;
  @ApiProperty() version!: number;
}
