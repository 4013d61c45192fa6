import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { SUPPORTED_LOCALES } from '@bluecarbon/platform';

const LOCALES = [...SUPPORTED_LOCALES];

/** The locale pair of a TMX export or import. */
export class TmxPairQuery {
  @ApiProperty({ enum: LOCALES, example: 'zh-CN' })
  @IsIn(LOCALES)
  source!: string;

  @ApiProperty({ enum: LOCALES, example: 'en' })
  @IsIn(LOCALES)
  target!: string;
}
