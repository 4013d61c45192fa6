import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { ORGANISATION_KINDS, ROLES } from '../access/access-policy';
import { OrganisationResponse } from './organisation.dto';
import { IsIanaTimeZone } from './time-zone';

export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Chen Wei' })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES, example: 'zh-CN' })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  preferredLocale?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'Asia/Shanghai',
    description: "IANA time zone for dates in answers and mails; null goes back to the jurisdiction's (else UTC)",
  })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string | null;
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
  @ApiProperty({ example: 'Asia/Shanghai', description: "The user's own time zone, else their jurisdiction's, else UTC" }) timeZone!: string;
  @ApiProperty({ description: 'Whether the user chose the time zone (false: it follows the default)' }) timeZoneChosen!: boolean;
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ type: [MembershipResponse] }) memberships!: MembershipResponse[];
  @ApiProperty({ type: [String], description: 'Locales the user translates or reviews' }) locales!: string[];
  @ApiProperty({ enum: ORGANISATION_KINDS, isArray: true }) organisationKinds!: string[];
  @ApiProperty() version!: number;
}
