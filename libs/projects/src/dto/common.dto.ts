import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { localizedTextDto } from '@bluecarbon/platform';

/** A project's name in the portal's languages (English required). */
export class LocalizedNameDto extends localizedTextDto(200) {}

export class IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class ReasonDto {
  @ApiProperty({ example: 'The baseline survey of the eastern stratum is missing.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  reason!: string;
}

/** A price per tonne: a decimal string of at most 14 integer and 6 fractional digits (`numeric(20, 6)`). */
export const PRICE = /^\d{1,14}(\.\d{1,6})?$/;

/** A positive decimal string of at most 10 integer and 4 fractional digits (hectares). */
export const HECTARES = /^(?!0+(\.0+)?$)\d{1,10}(\.\d{1,4})?$/;
