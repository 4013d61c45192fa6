import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsJurisdictionCode, PageQuery } from '@bluecarbon/platform';
import { HECTARES, LocalizedNameDto } from './common.dto';

const EXAMPLE_BOUNDARY = {
  type: 'Polygon',
  coordinates: [
    [
      [114.0, 22.52],
      [114.00973, 22.52],
      [114.00973, 22.529],
      [114.0, 22.529],
      [114.0, 22.52],
    ],
  ],
};

export class StratumDto {
  @ApiProperty({ example: 'fringe', description: 'Lower-case key, unique in the project' })
  @Matches(/^[a-z][a-z0-9_]{0,63}$/)
  key!: string;

  @ApiPropertyOptional({ example: 'Fringe mangrove' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiProperty({ example: '100', description: 'Hectares, a decimal string' })
  @Matches(HECTARES)
  area!: string;
}

export class CreateProjectDto {
  @ApiProperty({ example: 'CN-GD-ENPING', description: 'The owning jurisdiction: one you work for' })
  @IsJurisdictionCode()
  jurisdictionCode!: string;

  @ApiProperty({ type: LocalizedNameDto })
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name!: LocalizedNameDto;

  @ApiProperty({ format: 'uuid', example: '3f6d2a9e-7c41-4b8a-9e25-1d0c8b6f4a73', description: 'An approved methodology adaptation of that jurisdiction' })
  @IsUUID()
  adaptationId!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: EXAMPLE_BOUNDARY,
    description: 'GeoJSON Polygon or MultiPolygon, WGS 84 longitude/latitude',
  })
  @IsObject()
  boundary!: Record<string, unknown>;

  @ApiProperty({ format: 'decimal', example: '100', description: 'Declared hectares; more than 5% from the drawn area needs the steward’s acknowledgement' })
  @Matches(HECTARES)
  declaredHectares!: string;

  @ApiProperty({ type: [StratumDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => StratumDto)
  strata!: StratumDto[];

  @ApiProperty({ example: '2024-01-01', description: 'Start of the crediting period' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  creditingStart!: string;

  @ApiProperty({ example: '2053-12-31', description: 'End of the crediting period (inclusive)' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  creditingEnd!: string;
}

/** A draft's changes: any field but the jurisdiction. */
export class UpdateProjectDto extends PartialType(OmitType(CreateProjectDto, ['jurisdictionCode'] as const)) {}

export class ValidateProjectDto {
  @ApiPropertyOptional({ example: true, description: 'Required (true) when the drawn area and the declared hectares are more than 5% apart' })
  @IsOptional()
  @IsBoolean()
  acknowledgeAreaDifference?: boolean;
}

export class ProjectQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'CN-GD-ENPING' })
  @IsOptional()
  @IsJurisdictionCode()
  jurisdictionCode?: string;
}
