import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsMethodologyKey, LocalizedTextDto } from './common.dto';

export class CreateTemplateDto {
  @ApiProperty({ example: 'blue-carbon-restoration', description: 'Stable key; versions of the methodology share it' })
  @IsMethodologyKey()
  key!: string;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title!: LocalizedTextDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'The steward organisation; defaults to the caller’s' })
  @IsOptional()
  @IsUUID()
  stewardOrganisationId?: string;
}

export class VersionSummary {
  @ApiProperty({ example: '1.0.0' }) version!: string;
  @ApiProperty({ enum: ['draft', 'published', 'deprecated'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) checksum!: string | null;
  @ApiProperty({ nullable: true, type: Date }) publishedAt!: Date | null;
}

export class TemplateResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() key!: string;
  @ApiProperty({ type: LocalizedTextDto }) title!: unknown;
  @ApiProperty({ nullable: true, type: String }) stewardOrganisationId!: string | null;
  @ApiProperty({ type: [VersionSummary] }) versions!: VersionSummary[];
}
