import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsTimestampWithOffset, PageQuery, SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { AUCTION_MODES, type AuctionMode } from '../domain/auction';
import { LocalizedNameDto, PRICE } from './common.dto';

const POSITIVE_PRICE = /^(?!0+(\.0+)?$)\d{1,14}(\.\d{1,6})?$/;

export class OpenAuctionDto {
  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(1900)
  @Max(2300)
  vintage!: number;

  @ApiProperty({ example: 10, description: 'The lot: whole tonnes (tCO2e), at most what the vintage has available' })
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  tonnes!: number;

  @ApiProperty({ example: '183', description: 'Lowest acceptable price per tonne, a decimal string' })
  @Matches(PRICE)
  reservePrice!: string;

  @ApiProperty({
    example: '1',
    description:
      'Ascending: each bid at least the best price plus this; a positive decimal string (with the reserve, at most the highest price a bid may have)',
  })
  @Matches(POSITIVE_PRICE)
  bidIncrement!: string;

  @ApiProperty({ example: 'CNY', description: 'ISO 4217 code' })
  @Matches(/^[A-Z]{3}$/)
  currency!: string;

  @ApiProperty({ enum: AUCTION_MODES, example: 'ascending', description: 'ascending: open outcry with anti-sniping; sealed: one final bid per bidder' })
  @IsIn(AUCTION_MODES)
  mode!: AuctionMode;

  @ApiPropertyOptional({ example: '2030-09-01T02:00:00Z', description: 'Bidding opens, with its time zone (Z or an offset); now if omitted' })
  @IsOptional()
  @IsTimestampWithOffset()
  startsAt?: string;

  @ApiProperty({ example: '2030-09-14T08:00:00Z', description: 'Bidding ends, with its time zone (Z or an offset); an ascending auction may extend it' })
  @IsTimestampWithOffset()
  endsAt!: string;

  @ApiPropertyOptional({ example: 5, description: 'Ascending: a bid in the last N minutes moves the end to N minutes after it (0: never)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  extensionMinutes?: number;

  @ApiProperty({ example: 'Pledged to mangrove protection in Futian' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  useOfProceeds!: string;
}

export class PlaceBidDto {
  @ApiProperty({ example: '490', description: 'Price per tonne in the auction’s currency, a decimal string' })
  @Matches(PRICE)
  amount!: string;
}

export class AuctionQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  projectId?: string;
}

export class RegisterBuyerOrganisationDto {
  @ApiProperty({ type: LocalizedNameDto })
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name!: LocalizedNameDto;

  @ApiPropertyOptional({ example: 'CN', description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;

  @ApiProperty({ example: 'Li Wei', description: 'The buyer’s contact person, invited as its first bidder' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  contactName!: string;

  @ApiProperty({ example: 'carbon@buyer.example.com' })
  @IsEmail()
  @MaxLength(320)
  contactEmail!: string;

  @ApiPropertyOptional({ example: false, description: 'The buyer agreed to be named in public figures' })
  @IsOptional()
  @IsBoolean()
  publicConsent?: boolean;

  @ApiPropertyOptional({ example: 'zh-CN', description: 'Language of the invitation mail and of the new account' })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: string;
}
