import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { ROLES, type Role } from '../access/access-policy';
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

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token from the invitation link', example: 'q5G2n8yXlqv0e1c3Jx2bS0f4YhZ8a1dRk9mT6uWvX7o' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  token!: string;

  @ApiProperty({ description: '12 to 256 characters, not a common password', example: 'mangroves grow in brackish water' })
  @IsString()
  @MaxLength(1024) // the policy answers with its own message up to here
  password!: string;

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
