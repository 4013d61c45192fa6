import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageQuery } from '@bluecarbon/platform';
import { LocalizedNameDto, PRICE } from './common.dto';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateSaleDto {
  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(1900)
  @Max(2300)
  vintage!: number;

  @ApiProperty({ example: 10, description: 'Whole tonnes (tCO2e)' })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  tonnes!: number;

  @ApiProperty({ format: 'decimal', example: '485', description: 'Price per tonne in `currency`, a decimal string' })
  @Matches(PRICE)
  unitPrice!: string;

  @ApiProperty({ example: 'CNY', description: 'ISO 4217 code' })
  @Matches(/^[A-Z]{3}$/)
  currency!: string;

  @ApiProperty({ example: '2023-09-14' })
  @IsISO8601({ strict: true })
  @Matches(DATE)
  saleDate!: string;

  @ApiProperty({ format: 'uuid', example: '3f6d2a9e-7c41-4b8a-9e25-1d0c8b6f4a73' })
  @IsUUID()
  buyerId!: string;

  @ApiProperty({ example: 'Pledged to mangrove protection in Futian' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  useOfProceeds!: string;
}

export class CreateRetirementDto {
  @ApiProperty({ example: 10 })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  tonnes!: number;

  @ApiProperty({ example: 'Shenzhen Example Co., Ltd.', description: 'On whose behalf the credits are retired' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  beneficiary!: string;

  @ApiPropertyOptional({ example: 'Offsetting 2023 operations' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  purpose?: string;
}

export class CreateBuyerDto {
  @ApiProperty({ type: LocalizedNameDto })
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name!: LocalizedNameDto;

  @ApiPropertyOptional({ example: 'CN', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;

  @ApiPropertyOptional({ example: 'carbon@buyer.example.com' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  contactEmail?: string;

  @ApiPropertyOptional({ example: false, description: 'The buyer agreed to be named in public figures' })
  @IsOptional()
  @IsBoolean()
  publicConsent?: boolean;
}

export class UpdateBuyerDto {
  @ApiPropertyOptional({ type: LocalizedNameDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name?: LocalizedNameDto;

  @ApiPropertyOptional({ example: 'CN' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;

  @ApiPropertyOptional({ example: 'carbon@buyer.example.com' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  contactEmail?: string;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  publicConsent?: boolean;
}

export class CreateFxRateDto {
  @ApiProperty({ example: 'CNY' })
  @Matches(/^[A-Z]{3}$/)
  currency!: string;

  @ApiProperty({ example: '2023-09-14' })
  @IsISO8601({ strict: true })
  @Matches(DATE)
  date!: string;

  @ApiProperty({ format: 'decimal', example: '0.1371', description: 'US dollars per unit of the currency' })
  @Matches(/^\d{1,12}(\.\d{1,10})?$/)
  usdPerUnit!: string;

  @ApiPropertyOptional({ example: 'PBOC central parity, 2023-09-14' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  source?: string;
}

export class UpdateFxRateDto {
  @ApiProperty({ format: 'decimal', example: '0.1372' })
  @Matches(/^\d{1,12}(\.\d{1,10})?$/)
  usdPerUnit!: string;

  @ApiPropertyOptional({ example: 'PBOC central parity, corrected' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  source?: string;
}

export class ImportFxRatesDto {
  @ApiProperty({ example: 'currency,date,usd_per_unit,source\nCNY,2023-09-15,0.1372,PBOC', description: 'CSV: currency,date,usd_per_unit[,source]' })
  @IsString()
  @MaxLength(1_000_000)
  csv!: string;
}

export class FxRateQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'CNY' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
}
