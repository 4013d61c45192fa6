import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsObject, IsOptional, Matches, ValidateNested } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class MeasuredInputsDto {
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { uncertainty: '15' }, description: 'The version’s per-project inputs' })
  @IsOptional()
  @IsObject()
  project?: Record<string, unknown>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { agb_stock: { value: '118', justification: 'Plot survey 2024' } },
    description: 'Measured parameter values with justification',
  })
  @IsOptional()
  @IsObject()
  parameters?: Record<string, unknown>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: true },
    example: { fringe: { soil_type: 'mineral' } },
    description: 'Per-stratum inputs by stratum key',
  })
  @IsOptional()
  @IsObject()
  strata?: Record<string, Record<string, unknown>>;
}

export class CreateMonitoringReportDto {
  @ApiProperty({ example: '2024-01-01', description: '1 January of the first monitored year' })
  @IsISO8601({ strict: true })
  @Matches(DATE)
  periodStart!: string;

  @ApiProperty({ example: '2024-12-31', description: '31 December of the last monitored year' })
  @IsISO8601({ strict: true })
  @Matches(DATE)
  periodEnd!: string;

  @ApiProperty({ type: MeasuredInputsDto })
  @ValidateNested()
  @Type(() => MeasuredInputsDto)
  inputs!: MeasuredInputsDto;
}

export class UpdateMonitoringReportDto extends PartialType(OmitType(CreateMonitoringReportDto, [] as const)) {}
