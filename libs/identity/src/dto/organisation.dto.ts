import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsJurisdictionCode, type LocalizedText, localizedTextDto } from '@bluecarbon/platform';
import { ORGANISATION_KINDS, type OrganisationKind } from '../access/access-policy';

/** A name in the portal's languages (English required). */
export class LocalizedNameDto extends localizedTextDto(200) {}

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
  name!: LocalizedText;

  @ApiProperty({ nullable: true, type: String })
  jurisdictionCode!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  jurisdictionId!: string | null;

  @ApiProperty()
  version!: number;
}
