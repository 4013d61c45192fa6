import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUrl, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '@bluecarbon/platform';

const EVENT_TYPE = /^onboarding\.[a-z_]+\.[a-z_]+$/;

export class CreateWebhookDto {
  @ApiProperty({ format: 'uuid', description: 'The organisation the subscription belongs to (one of yours)', example: '3f6d2a9e-7c41-4b8a-9e25-1d0c8b6f4a73' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ example: 'https://partner.example.org/hooks/bluecarbon' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  url!: string;

  @ApiPropertyOptional({ type: [String], example: ['onboarding.step.approved'], description: 'Empty or omitted: every onboarding event' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(EVENT_TYPE, { each: true })
  eventTypes?: string[];
}

export class UpdateWebhookDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(EVENT_TYPE, { each: true })
  eventTypes?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class DeliveryQuery extends PageQuery {}
