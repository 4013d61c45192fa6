import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsNumberString, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { type LocalizedText, PageQuery, SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { JURISDICTION_LEVELS, type JurisdictionLevel } from '../entities/jurisdiction.entity';
import { IsJurisdictionCode } from '@bluecarbon/platform';
import { IsTimeZone, LocalizedTextDto } from './common.dto';

/** What a prospective partner sends; it needs no account yet. */
export class ApplyDto {
  @ApiProperty({ type: LocalizedTextDto, description: 'Name of the applying organisation (e.g. the city government)' })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  organisationName!: LocalizedTextDto;

  @ApiProperty({ example: 'BR-RJ-MARICA' })
  @IsJurisdictionCode()
  jurisdictionCode!: string;

  @ApiProperty({ type: LocalizedTextDto, description: 'Name of the jurisdiction' })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  jurisdictionName!: LocalizedTextDto;

  @ApiProperty({ enum: JURISDICTION_LEVELS, example: 'city' })
  @IsIn(JURISDICTION_LEVELS)
  level!: JurisdictionLevel;

  @ApiProperty({ example: 'America/Sao_Paulo' })
  @IsTimeZone()
  timeZone!: string;

  @ApiProperty({ example: 'Ana Souza' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  contactName!: string;

  @ApiProperty({ example: 'ana.souza@marica.rj.gov.br' })
  @IsEmail()
  @MaxLength(320)
  contactEmail!: string;

  @ApiPropertyOptional({ format: 'decimal', description: 'Mangrove area in hectares, if known (decimal text)', example: '412.5' })
  @IsOptional()
  @IsNumberString({ no_symbols: false })
  @Matches(/^\d{1,12}(\.\d{1,2})?$/)
  mangroveAreaHa?: string;

  @ApiProperty({ example: 'Protect the Maricá lagoon mangroves and finance them with blue-carbon credits.' })
  @IsString()
  @MinLength(1)
  @MaxLength(8000)
  motivation!: string;

  @ApiProperty({ enum: SUPPORTED_LOCALES, example: 'pt-BR' })
  @IsIn(SUPPORTED_LOCALES)
  preferredLanguage!: string;
}

export class DeclineDto {
  @ApiProperty({ example: 'No mangroves in the jurisdiction.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  reason!: string;
}

export class ApplicationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'accepted', 'declined'] })
  @IsOptional()
  @IsIn(['pending', 'accepted', 'declined'])
  status?: 'pending' | 'accepted' | 'declined';
}

export class ApplicationReceiptResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() jurisdictionCode!: string;
  @ApiProperty({ type: LocalizedTextDto }) organisationName!: LocalizedText;
  @ApiProperty() contactName!: string;
  @ApiProperty() contactEmail!: string;
  @ApiProperty({ nullable: true, type: String, format: 'decimal' }) mangroveAreaHa!: string | null;
  @ApiProperty() motivation!: string;
  @ApiProperty() preferredLanguage!: string;
  @ApiProperty({ enum: ['pending'] }) status!: string;
  @ApiProperty() createdAt!: Date;
}

export class ApplicationWarningResponse {
  @ApiProperty({ enum: ['links_existing_organisation', 'jurisdiction_not_applicable'] }) code!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'links_existing_organisation: the organisation accepting would link' }) organisationId?: string;
  @ApiPropertyOptional({ description: 'jurisdiction_not_applicable: its stage now (accepting is refused)' }) status?: string;
}

export class ApplicationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null until accepted when the jurisdiction is new' }) jurisdictionId!:
    string | null;
  @ApiProperty() jurisdictionCode!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The jurisdiction’s stage now; null when it does not exist yet' }) jurisdictionStatus!:
    string | null;
  @ApiProperty({ type: LocalizedTextDto }) organisationName!: LocalizedText;
  @ApiProperty() contactName!: string;
  @ApiProperty() contactEmail!: string;
  @ApiProperty({ nullable: true, type: String, format: 'decimal' }) mangroveAreaHa!: string | null;
  @ApiProperty() motivation!: string;
  @ApiProperty() preferredLanguage!: string;
  @ApiProperty({ enum: ['pending', 'accepted', 'declined'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) decisionReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) organisationId!: string | null;
  @ApiProperty({ nullable: true, type: String }) caseId!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: [ApplicationWarningResponse], description: 'For a pending application: what accepting it would do beyond the usual' })
  warnings!: ApplicationWarningResponse[];
}
