import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsJurisdictionCode } from '@bluecarbon/platform';
import { ORGANISATION_KINDS, type OrganisationKind } from '../policy/access-policy';

/** A short text in the portal's languages; English is required as the fallback. */
export class LocalizedNameDto {
  @ApiProperty({ example: 'Enping City' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  en!: string;

  @ApiPropertyOptional({ example: '恩平市' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  'zh-CN'?: string;

  @ApiPropertyOptional({ example: 'Cidade de Enping' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  'pt-BR'?: string;
}

export class CreateOrganisationDto {
  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'jurisdiction' })
  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @ApiProperty({ type: LocalizedNameDto })
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name!: LocalizedNameDto;

  @ApiPropertyOptional({ description: 'Stable partner code, required for kind jurisdiction', example: 'BR-RJ-MARICA' })
  @IsOptional()
  @IsJurisdictionCode()
  jurisdictionCode?: string;
}

export class UpdateOrganisationDto {
  @ApiPropertyOptional({ type: LocalizedNameDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name?: LocalizedNameDto;

  @ApiPropertyOptional({ description: 'Links the onboarding Jurisdiction record (platform admins only)', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  jurisdictionId?: string;
}

export class OrganisationResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  kind!: OrganisationKind;

  @ApiProperty({ type: LocalizedNameDto })
  name!: Record<string, string | undefined>;

  @ApiProperty({ nullable: true, type: String })
  jurisdictionCode!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  jurisdictionId!: string | null;

  @ApiProperty()
  version!: number;
}
