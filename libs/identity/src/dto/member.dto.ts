import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ROLES, type Role } from '../access/access-policy';
import { WorkingLocales } from './working-locales';

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

  @WorkingLocales('Working locales: required for translators and reviewers, empty for other roles')
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
