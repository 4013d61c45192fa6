import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { ROLES, type Role } from '../policy/access-policy';

export class MemberParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ format: 'uuid', description: 'The membership (a user may hold two roles in one organisation)' })
  @IsUUID()
  membershipId!: string;
}

export class UpdateMemberDto {
  @ApiPropertyOptional({ enum: ROLES, example: 'contributor', description: 'Must fit the organisation kind' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Working locales: required for translators and reviewers, empty for other roles', example: [], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SUPPORTED_LOCALES.length)
  @ArrayUnique()
  @IsIn(SUPPORTED_LOCALES, { each: true })
  locales?: string[];
}

export class MemberResponse {
  @ApiProperty({ format: 'uuid' })
  membershipId!: string;

  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ type: [String] })
  locales!: string[];

  @ApiProperty({ enum: ['active', 'disabled'] })
  status!: 'active' | 'disabled';

  @ApiProperty({ description: "The membership's version (its ETag)" })
  version!: number;
}
