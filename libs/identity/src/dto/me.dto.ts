import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { ORGANISATION_KINDS, ROLES } from '../access/access-policy';
import { OrganisationResponse } from './organisation.dto';

export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Chen Wei' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES, example: 'zh-CN' })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  preferredLocale?: string;
}

export class MembershipResponse {
  @ApiProperty({ type: OrganisationResponse }) organisation!: OrganisationResponse;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiProperty({ type: [String] }) locales!: string[];
}

export class MeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: SUPPORTED_LOCALES }) preferredLocale!: string;
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ type: [MembershipResponse] }) memberships!: MembershipResponse[];
  @ApiProperty({ type: [String], description: 'Locales the user translates or reviews' }) locales!: string[];
  @ApiProperty({ enum: ORGANISATION_KINDS, isArray: true }) organisationKinds!: string[];
  @ApiProperty() version!: number;
}
