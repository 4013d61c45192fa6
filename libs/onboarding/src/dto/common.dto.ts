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
