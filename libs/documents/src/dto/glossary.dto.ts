import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { SUPPORTED_LOCALES } from '@bluecarbon/platform';

const CONCEPT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export class GlossaryConceptParams {
  @ApiProperty({ example: 'mangrove', pattern: CONCEPT_ID.source })
  @Matches(CONCEPT_ID)
  conceptId!: string;
}

/** Search and paging of the concept list; without `limit`, every match (QA tools read the whole glossary). */
export class GlossaryListQuery {
  @ApiPropertyOptional({
    example: '红树林',
    description: "Text searched in every locale's terms and the concept id: case- and accent-insensitive, exact matches first",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, description: 'Concepts per page; every match when absent' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'Matches to skip (page × limit)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset = 0;
}

export class GlossaryTermParams extends GlossaryConceptParams {
  @ApiProperty({ enum: SUPPORTED_LOCALES })
  @IsIn([...SUPPORTED_LOCALES])
  locale!: string;
}

export class GlossaryTermDto {
  @ApiProperty({ example: 'mangrove' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  text!: string;

  @ApiProperty({ enum: ['preferred', 'admitted', 'forbidden'], example: 'preferred' })
  @IsIn(['preferred', 'admitted', 'forbidden'])
  status!: 'preferred' | 'admitted' | 'forbidden';
}

export class PutGlossaryTermsDto {
  @ApiProperty({
    type: [GlossaryTermDto],
    example: [
      { text: 'mangrove', status: 'preferred' },
      { text: 'mangrove swamp', status: 'forbidden' },
    ],
  })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => GlossaryTermDto)
  terms!: GlossaryTermDto[];

  @ApiPropertyOptional({ example: 'The intertidal forest ecosystem; for a single tree species use its name.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class CreateGlossaryConceptDto extends PutGlossaryTermsDto {
  @ApiProperty({ example: 'tidal-flat', pattern: CONCEPT_ID.source, description: 'The concept id, kept for good (lower case, digits, hyphens)' })
  @Matches(CONCEPT_ID)
  id!: string;

  @ApiProperty({ enum: SUPPORTED_LOCALES, description: 'The locale of the first terms (you must review it)' })
  @IsIn([...SUPPORTED_LOCALES])
  locale!: string;
}
