import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { IsNotBlank, localizedTextDto } from '@bluecarbon/platform';
import { SEMVER_PATTERN } from '../semver';

/** A title or description in the portal's languages (English required). A schema name of
 * its own: other libs bound the text differently, and OpenAPI keeps one schema per name. */
@ApiSchema({ name: 'MethodologyLocalizedTextDto' })
export class LocalizedTextDto extends localizedTextDto(4000) {}

export const METHODOLOGY_KEY = /^[a-z][a-z0-9-]{1,63}$/;

export const IsSemver = () =>
  ValidateBy({ name: 'semver', validator: { validate: (value: unknown) => typeof value === 'string' && SEMVER_PATTERN.test(value) } });
export const IsMethodologyKey = () =>
  ValidateBy({ name: 'methodologyKey', validator: { validate: (value: unknown) => typeof value === 'string' && METHODOLOGY_KEY.test(value) } });

/** A value as the engine takes it: a decimal string (or a JSON number), an enum value, a boolean. */
export const IsDefinitionValue = () =>
  ValidateBy({
    name: 'isDefinitionValue',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'boolean' ||
        (typeof value === 'string' && value.length > 0 && value.length <= 200) ||
        (typeof value === 'number' && Number.isFinite(value)),
    },
  });

export class KeyParams {
  @ApiProperty({ example: 'mangrove-conservation-carbon-sink' })
  @IsMethodologyKey()
  key!: string;
}

export class VersionParams extends KeyParams {
  @ApiProperty({ example: '1.0.0' })
  @IsSemver()
  version!: string;
}

export class IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class OptionalReasonDto {
  @ApiPropertyOptional({ example: 'Local plot survey is sound; deviation accepted for this jurisdiction.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @IsNotBlank()
  @MaxLength(4000)
  reason?: string;
}

@ApiSchema({ name: 'MethodologyReasonDto' })
export class ReasonDto {
  @ApiProperty({ example: 'The loss rate needs a historical reference period, not a single year.' })
  @IsString()
  @MinLength(1)
  @IsNotBlank()
  @MaxLength(4000)
  reason!: string;
}
