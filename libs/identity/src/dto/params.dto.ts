import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class OrganisationParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId!: string;
}

export class InvitationParams extends OrganisationParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  invitationId!: string;
}
