import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength, ValidateBy } from 'class-validator';
import { localizedTextDto } from '@bluecarbon/platform';
import { isValidTimeZone } from '../domain/local-dates';

/** A name, title or guidance in the portal's languages (English required). A schema name of
 * its own: other libs bound the text differently, and OpenAPI keeps one schema per name. */
@ApiSchema({ name: 'OnboardingLocalizedTextDto' })
export class LocalizedTextDto extends localizedTextDto(2000) {}

/** An IANA time zone the runtime knows (due dates are computed in it). */
export const IsTimeZone = () =>
  ValidateBy({ name: 'isTimeZone', validator: { validate: (value: unknown) => typeof value === 'string' && value.length <= 64 && isValidTimeZone(value) } });

export class IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

@ApiSchema({ name: 'OnboardingReasonDto' })
export class ReasonDto {
  @ApiProperty({ example: 'Focal point letter must be signed by the mayor.' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  reason!: string;
}
