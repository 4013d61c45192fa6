import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { ROLES, type Role } from '../access/access-policy';
import { MailedTokenPasswordDto } from './mailed-token-password.dto';
import { WorkingLocales } from './working-locales';

export class CreateInvitationDto {
  @ApiProperty({ example: 'new.colleague@example.org' })
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ enum: ROLES, example: 'contributor' })
  @IsIn(ROLES)
  role!: Role;

  @WorkingLocales('Working locales, for translators and reviewers')
  locales?: string[];

  @ApiPropertyOptional({ description: 'Language of the invitation mail and of the new account', enum: SUPPORTED_LOCALES, example: 'zh-CN' })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: string;
}

/** The token from the invitation link, the new account's password (an existing account keeps its own) and name. */
export class AcceptInvitationDto extends MailedTokenPasswordDto {
  @ApiProperty({ example: 'Li Na' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;
}

export class InvitationResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty()
  expiresAt!: Date;
}

/** The account an accepted invitation created and where it belongs. */
export class AcceptedInvitationResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
}
