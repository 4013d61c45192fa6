import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MAX_EXPRESSION_LENGTH } from '../domain/parser';
import { IsDefinitionValue, LocalizedTextDto } from './common.dto';

/**
 * The method's definitions as the OpenAPI schema describes them. Here only the shape: each
 * field's JSON type, and no field the engine does not know (400). What the values mean (key
 * syntax, units, ranges, scopes, the expression) is validateVersion's, on every save as advice
 * and on publish as a gate (422 naming every issue by path), so a draft in progress can be saved.
 */

const KEY = { example: 'loss_rate', description: 'lower_snake_case, unique across parameters, inputs, constants and formulas' };
const UNIT = {
  example: 'tC/ha/yr',
  description:
    'Unit text: ha m2 km2 hm km m cm mm m3 cm3 tC MgC kgC gC tCO2e tCO2 kgCO2e tCH4 MgCH4 kgCH4 tN2O MgN2O kgN2O t_dm Mg_dm kg_dm g_dm yr month % 1 and CNY USD BRL EUR, with * / ^ ( ): `tC/ha/yr`, `%/yr`, `g/cm3`',
};
const LABEL = { type: LocalizedTextDto, description: 'Localized name; English required to publish' };
const VALUE_TYPES = ['decimal', 'integer', 'percent', 'enum', 'boolean'];
const DEFINITION_VALUE = { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }], example: '2.5' };

export class CitationDto {
  @ApiProperty({ example: 'IPCC 2013 Wetlands Supplement, Ch. 4, Table 4.5' })
  @IsString()
  @MaxLength(2000)
  source!: string;

  @ApiPropertyOptional({ example: 'Mangroves, tropical wet; the mean of the range' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

class ValueDefinitionDto {
  @ApiProperty(KEY)
  @IsString()
  @MaxLength(64)
  key!: string;

  @ApiProperty(LABEL)
  @IsObject()
  label!: LocalizedTextDto;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @IsObject()
  description?: LocalizedTextDto;

  @ApiPropertyOptional(UNIT)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  unit?: string;

  @ApiProperty({ enum: VALUE_TYPES, example: 'percent' })
  @IsString()
  type!: string;

  @ApiPropertyOptional({ ...DEFINITION_VALUE, example: '0', description: 'Inclusive lower bound in the value’s own unit' })
  @IsOptional()
  @IsDefinitionValue()
  min?: string;

  @ApiPropertyOptional({ ...DEFINITION_VALUE, example: '20', description: 'Inclusive upper bound in the value’s own unit' })
  @IsOptional()
  @IsDefinitionValue()
  max?: string;

  @ApiPropertyOptional({ type: [String], example: ['mineral', 'organic'], description: 'The values of an enum' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  values?: string[];
}

export class ParameterDefinitionDto extends ValueDefinitionDto {
  @ApiProperty({ ...DEFINITION_VALUE, description: 'Decimal string, enum value or boolean' })
  @IsDefinitionValue()
  default!: string | number | boolean;

  @ApiProperty({ type: CitationDto })
  @ValidateNested()
  @Type(() => CitationDto)
  citation!: CitationDto;

  @ApiProperty({ description: 'Whether a jurisdiction may override it within [min, max] without a deviation' })
  @IsBoolean()
  adjustable!: boolean;
}

export class InputDefinitionDto extends ValueDefinitionDto {
  @ApiProperty({ enum: ['project', 'stratum'] })
  @IsString()
  scope!: string;

  @ApiPropertyOptional({ ...DEFINITION_VALUE, description: 'Used when the project leaves the input out; without one it is required' })
  @IsOptional()
  @IsDefinitionValue()
  default?: string | number | boolean;

  @ApiPropertyOptional({ description: 'One value per calendar year may be given, and monitoring periods may measure it (ex-post)' })
  @IsOptional()
  @IsBoolean()
  perYear?: boolean;
}

export class ConstantDefinitionDto {
  @ApiProperty({ ...KEY, example: 'co2_per_c' })
  @IsString()
  @MaxLength(64)
  key!: string;

  @ApiProperty(LABEL)
  @IsObject()
  label!: LocalizedTextDto;

  @ApiProperty({ example: '44/12', description: 'A decimal or a ratio of decimals, exact' })
  @IsString()
  @MaxLength(200)
  value!: string;

  @ApiProperty({ ...UNIT, example: 'tCO2e/tC' })
  @IsString()
  @MaxLength(200)
  unit!: string;

  @ApiProperty({ type: CitationDto })
  @ValidateNested()
  @Type(() => CitationDto)
  citation!: CitationDto;
}

export class BufferDeclarationDto {
  @ApiProperty({
    example: 'net_reductions',
    description: 'The project-year stock change in tCO2e (totalled with sum, not a stock) the buffer is taken from',
  })
  @IsString()
  @MaxLength(64)
  appliesTo!: string;
}

export class FormulaDefinitionDto {
  @ApiProperty({ ...KEY, example: 'baseline_area' })
  @IsString()
  @MaxLength(64)
  key!: string;

  @ApiProperty(LABEL)
  @IsObject()
  label!: LocalizedTextDto;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @IsObject()
  description?: LocalizedTextDto;

  @ApiProperty({
    example: 'prev(baseline_area, area) * (1 - loss_rate * dt)',
    maxLength: MAX_EXPRESSION_LENGTH,
    description:
      'Numbers (optionally with a unit: `100 tCO2e`, `0.5 "tC/ha/yr"`), names, + - * / ^, ( ); min, max, if(condition, a, b) with < <= > >= == != and or not; ' +
      'sum(stratum, x); prev(x), prev(x, x0); cumsum(x); abs, floor, ceil, round(x, digits); sqrt, exp, ln (inexact, 40 digits). ' +
      'Built-ins: area (ha, per stratum), dt (1 yr), year_index. See libs/methodology/README.md.',
  })
  @IsString()
  @MaxLength(MAX_EXPRESSION_LENGTH)
  expression!: string;

  @ApiProperty({ ...UNIT, example: 'ha', description: 'The result’s unit; the expression’s dimensions must match it' })
  @IsString()
  @MaxLength(200)
  unit!: string;

  @ApiProperty({ enum: ['stratum-year', 'project-year'] })
  @IsString()
  scope!: string;

  @ApiPropertyOptional({ enum: ['sum', 'none'], description: 'How values are totalled over the crediting period (default sum; none for stocks, rates)' })
  @IsOptional()
  @IsString()
  total?: string;

  @ApiPropertyOptional({ type: BufferDeclarationDto, description: 'Declares this formula the non-permanence buffer deduction' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BufferDeclarationDto)
  buffer?: BufferDeclarationDto;
}

/** An input's value in a request: one value, or one per calendar year for a per-year input. */
type Schema = { type?: 'string' | 'number' | 'boolean' | 'object'; description?: string; oneOf?: Schema[]; additionalProperties?: Schema };
const SCALAR: Schema[] = [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }];
export const INPUT_VALUES_SCHEMA: { type: 'object'; additionalProperties: Schema } = {
  type: 'object',
  additionalProperties: {
    oneOf: [...SCALAR, { type: 'object', description: 'By calendar year', additionalProperties: { oneOf: SCALAR } }],
  },
};
