import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CURRENCIES, MAX_CREDITING_YEARS } from '../domain/calculate';
import { IsDefinitionValue, LocalizedTextDto } from './common.dto';
import { INPUT_VALUES_SCHEMA } from './definitions.dto';

export class CreditingPeriodDto {
  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(1900)
  @Max(2300)
  startYear!: number;

  @ApiProperty({ example: 30 })
  @IsInt()
  @Min(1)
  @Max(MAX_CREDITING_YEARS)
  years!: number;
}

export class StratumDto {
  @ApiProperty({ example: 'north' })
  @IsString()
  @MaxLength(64)
  key!: string;

  @ApiPropertyOptional({ example: 'North bank' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'number' }], example: '40', description: 'Hectares as a decimal string' })
  @IsDefinitionValue()
  area!: string | number;

  @ApiPropertyOptional({ ...INPUT_VALUES_SCHEMA, example: { soil_type: 'mineral' }, description: 'Values of the version’s per-stratum inputs' })
  @IsOptional()
  @IsObject()
  inputs?: Record<string, unknown>;
}

export class MonitoringPeriodDto {
  @ApiProperty({ example: 2025, description: 'First calendar year of the period, inside the crediting period' })
  @IsInt()
  @Min(1900)
  @Max(2300)
  startYear!: number;

  @ApiProperty({ example: 2027, description: 'Last calendar year of the period (inclusive)' })
  @IsInt()
  @Min(1900)
  @Max(2300)
  endYear!: number;

  @ApiPropertyOptional({
    ...INPUT_VALUES_SCHEMA,
    example: { project_activity_emissions: '4.75' },
    description: 'Measured values of per-year (perYear) project inputs: one value for every year of the period, or one per year { "2026": "12" }',
  })
  @IsOptional()
  @IsObject()
  project?: Record<string, unknown>;

  @ApiPropertyOptional({
    type: 'object' as const,
    additionalProperties: INPUT_VALUES_SCHEMA,
    example: { north: { biomass_density: { '2025': '81.6', '2026': '83.1' } } },
    description: 'Measured values of per-year stratum inputs, by stratum key',
  })
  @IsOptional()
  @IsObject()
  strata?: Record<string, unknown>;
}

export class PriceScenarioDto {
  @ApiProperty({ example: 'shenzhen-2023-clearing' })
  @IsString()
  @MaxLength(64)
  key!: string;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  label?: LocalizedTextDto;

  @ApiProperty({ enum: CURRENCIES, example: 'CNY' })
  @IsIn(CURRENCIES)
  currency!: string;

  @ApiProperty({ format: 'decimal', example: '485', description: 'Price per tCO2e as a decimal string' })
  @IsString()
  @MaxLength(40)
  pricePerTonne!: string;

  @ApiPropertyOptional({ example: 'Shenzhen 2023 auction clearing price' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  source?: string;
}

/** A project to run through a version: decimal strings in, decimal strings out. */
export class CalculateDto {
  @ApiProperty({ type: CreditingPeriodDto })
  @ValidateNested()
  @Type(() => CreditingPeriodDto)
  creditingPeriod!: CreditingPeriodDto;

  @ApiProperty({ type: [StratumDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => StratumDto)
  strata!: StratumDto[];

  @ApiPropertyOptional({ ...INPUT_VALUES_SCHEMA, example: { uncertainty: '20' }, description: 'Values of the version’s per-project inputs' })
  @IsOptional()
  @IsObject()
  project?: Record<string, unknown>;

  @ApiPropertyOptional({
    type: 'object' as const,
    additionalProperties: {
      type: 'object' as const,
      required: ['value'],
      properties: {
        value: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
        justification: { type: 'string' },
        evidence: { type: 'array', items: { type: 'string' } },
      },
    },
    example: { agb_stock: { value: '95', justification: 'Plot survey 2024' } },
    description: 'Project-specific measured parameter values (source "input")',
  })
  @IsOptional()
  @IsObject()
  parameters?: Record<string, unknown>;

  @ApiPropertyOptional({
    type: [MonitoringPeriodDto],
    description:
      'Monitoring periods, in order and without overlap: their measured values replace the estimates in their years (ex-post); the answer then has `basis` per year and a `monitoring` block (ex-ante/ex-post totals, credits, stock change and buffer per period)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CREDITING_YEARS)
  @ValidateNested({ each: true })
  @Type(() => MonitoringPeriodDto)
  monitoringPeriods?: MonitoringPeriodDto[];

  @ApiPropertyOptional({ format: 'uuid', description: 'An adaptation (revision) of this version whose overrides apply' })
  @IsOptional()
  @IsUUID()
  adaptationId?: string;

  @ApiPropertyOptional({ type: [PriceScenarioDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PriceScenarioDto)
  prices?: PriceScenarioDto[];
}
