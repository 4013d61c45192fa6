import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsSemver, LocalizedTextDto } from './common.dto';
import { ConstantDefinitionDto, FormulaDefinitionDto, InputDefinitionDto, ParameterDefinitionDto } from './definitions.dto';
import { ValidationResponse } from './views.dto';

/**
 * The method as data. Only the shape is checked here (definitions.dto.ts); what it means (names, units, cycles,
 * ranges) is checked by the engine's validateVersion, on every save as advice and on publish
 * as a gate, where every issue is named with its path at once.
 */
export class VersionContentDto {
  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title!: LocalizedTextDto;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  description!: LocalizedTextDto;

  @ApiPropertyOptional({
    type: 'object' as const,
    additionalProperties: { type: 'object', properties: { en: { type: 'string' }, 'zh-CN': { type: 'string' }, 'pt-BR': { type: 'string' } } },
    description: 'Localized text of the method by section key',
    example: { baseline: { en: 'Baseline: …' } },
  })
  @IsOptional()
  @IsObject()
  sections?: Record<string, unknown>;

  @ApiProperty({ type: [ParameterDefinitionDto], description: 'Named, cited values of the method a jurisdiction may adapt' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ParameterDefinitionDto)
  parameters!: ParameterDefinitionDto[];

  @ApiProperty({ type: [InputDefinitionDto], description: 'Values every project (scope project) or stratum (scope stratum) supplies' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => InputDefinitionDto)
  inputs!: InputDefinitionDto[];

  @ApiProperty({ type: [ConstantDefinitionDto], description: 'Fixed factors such as co2_per_c = 44/12 tCO2e/tC' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ConstantDefinitionDto)
  constants!: ConstantDefinitionDto[];

  @ApiProperty({ type: [FormulaDefinitionDto], description: 'Formulas in the methodology language, per stratum-year or project-year' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => FormulaDefinitionDto)
  formulas!: FormulaDefinitionDto[];

  @ApiProperty({ example: 'creditable_reductions', description: 'The project-year formula in tCO2e whose values become credits' })
  @IsString()
  @MaxLength(64)
  creditableFormula!: string;
}

export class CreateVersionDto {
  @ApiProperty({ example: '1.1.0' })
  @IsSemver()
  version!: string;

  @ApiPropertyOptional({ example: '1.0.0', description: 'Copy the content of this version; without content or basedOn, the latest published one' })
  @IsOptional()
  @IsSemver()
  basedOn?: string;

  @ApiPropertyOptional({ type: VersionContentDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => VersionContentDto)
  content?: VersionContentDto;
}

export class UpdateVersionDto {
  @ApiProperty({ type: VersionContentDto })
  @ValidateNested()
  @Type(() => VersionContentDto)
  content!: VersionContentDto;
}

export class DiffQuery {
  @ApiProperty({ example: '1.0.0' })
  @IsSemver()
  from!: string;

  @ApiProperty({ example: '1.1.0' })
  @IsSemver()
  to!: string;
}

export class VersionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() methodologyKey!: string;
  @ApiProperty({ example: '1.0.0' }) version!: string;
  @ApiProperty({ enum: ['draft', 'published', 'deprecated'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'sha256 of the canonical content, fixed on publish' }) checksum!: string | null;
  @ApiProperty({ type: VersionContentDto }) content!: unknown;
  @ApiProperty({ type: ValidationResponse, description: 'validateVersion on the stored content: what publishing would say now' }) validation!: {
    valid: boolean;
    issues: unknown[];
  };
  @ApiProperty({ nullable: true, type: Date }) publishedAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) deprecatedAt!: Date | null;
  @ApiProperty({ description: 'Edit counter, also the ETag' }) editVersion!: number;
}
