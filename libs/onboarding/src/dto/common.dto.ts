import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { isValidTimeZone } from '../domain/local-dates';

/** A localized text; English is required as every fallback chain's end. */
export class LocalizedTextDto {
  @ApiProperty({ example: 'Niterói' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  en!: string;

  @ApiPropertyOptional({ example: '尼泰罗伊' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  'zh-CN'?: string;

  @ApiPropertyOptional({ example: 'Niterói' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  'pt-BR'?: string;
}

/** An IANA time zone the runtime knows (due dates are computed in it). */
export const IsTimeZone = () =>
  ValidateBy({ name: 'isTimeZone', validator: { validate: (value: unknown) => typeof value === 'string' && value.length <= 64 && isValidTimeZone(value) } });

export const JURISDICTION_CODE = /^[A-Z]{2}(-[A-Z0-9]{1,16}){0,3}$/;

/** ISO 3166-2 based partner code (BR-SE, CN-GD-ENPING, BR-RJ-NITEROI). */
export const IsJurisdictionCode = () =>
  ValidateBy({ name: 'jurisdictionCode', validator: { validate: (value: unknown) => typeof value === 'string' && JURISDICTION_CODE.test(value) } });

export class IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class ReasonDto {
  @ApiProperty({ example: 'Focal point letter must be signed by the mayor.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  reason!: string;
}
