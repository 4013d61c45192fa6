import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsJurisdictionCode, PageQuery } from '@bluecarbon/platform';
import { IsDefinitionValue, IsMethodologyKey, IsSemver } from './common.dto';
import { DEFINITION_VALUE, UpgradeReportResponse } from './views.dto';

export class OverrideDto {
  @ApiProperty({ example: 'agb_stock', description: 'A parameter key of the adapted version' })
  @IsString()
  @MaxLength(64)
  parameter!: string;

  @ApiProperty({ ...DEFINITION_VALUE, example: '110', description: 'Decimal string, enum value or boolean' })
  @IsDefinitionValue()
  value!: string | number | boolean;

  @ApiProperty({ example: 'Taishan plot survey 2024: 24 plots, mean above-ground biomass 110 t dm/ha' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  justification!: string;

  @ApiPropertyOptional({ type: [String], example: ['https://example.org/taishan-plot-survey-2024.pdf'], description: 'References to the evidence' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  evidence?: string[];
}

export class CreateAdaptationDto {
  @ApiProperty({ example: 'mangrove-conservation-carbon-sink' })
  @IsMethodologyKey()
  methodologyKey!: string;

  @ApiProperty({ example: '1.0.0', description: 'A published version' })
  @IsSemver()
  version!: string;

  @ApiPropertyOptional({ example: 'CN-GD-TAISHAN', description: 'Defaults to the caller’s own jurisdiction' })
  @IsOptional()
  @IsJurisdictionCode()
  jurisdictionCode?: string;

  @ApiPropertyOptional({ type: [OverrideDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => OverrideDto)
  overrides?: OverrideDto[];
}

export class UpdateAdaptationDto {
  @ApiProperty({ type: [OverrideDto], description: 'Replaces all overrides of the draft' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => OverrideDto)
  overrides!: OverrideDto[];
}

export class ReviseAdaptationDto {
  @ApiPropertyOptional({ example: '1.0.0', description: 'Move to this newer published version; the overrides that fit carry over' })
  @IsOptional()
  @IsSemver()
  version?: string;
}

export class UpgradeReportQuery {
  @ApiProperty({ example: '1.1.0' })
  @IsSemver()
  to!: string;
}

export class AdaptationListQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'CN-GD-TAISHAN' })
  @IsOptional()
  @IsJurisdictionCode()
  jurisdictionCode?: string;

  @ApiPropertyOptional({ example: 'mangrove-conservation-carbon-sink' })
  @IsOptional()
  @IsMethodologyKey()
  methodologyKey?: string;

  @ApiPropertyOptional({ enum: ['draft', 'submitted', 'approved', 'rejected'] })
  @IsOptional()
  @IsIn(['draft', 'submitted', 'approved', 'rejected'])
  status?: string;
}

export class AdaptationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'Shared by every revision of this adaptation' }) lineageId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ nullable: true, type: String }) previousId!: string | null;
  @ApiProperty() methodologyKey!: string;
  @ApiProperty() version!: string;
  @ApiProperty() jurisdictionCode!: string;
  @ApiProperty({ nullable: true, type: String }) jurisdictionId!: string | null;
  @ApiProperty({ enum: ['draft', 'submitted', 'approved', 'rejected'] }) status!: string;
  @ApiProperty({ type: [OverrideDto] }) overrides!: unknown[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'withinRules / deviations (with reasons) / invalid, as the overrides stand',
  })
  review!: unknown;
  @ApiProperty({ type: UpgradeReportResponse, nullable: true }) upgradeReport!: unknown;
  @ApiProperty({ nullable: true, type: String }) decisionReason!: string | null;
  @ApiProperty({ nullable: true, type: Date }) decidedAt!: Date | null;
  @ApiProperty({ nullable: true, type: Date }) supersededAt!: Date | null;
  @ApiProperty({ description: 'Edit counter, also the ETag' }) editVersion!: number;
}
