import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional } from 'class-validator';
import { SUPPORTED_LOCALES } from '@bluecarbon/platform';

/** A translator's or reviewer's working locales, as invitations and membership edits take them. */
export function WorkingLocales(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, example: [], type: [String] }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(SUPPORTED_LOCALES.length),
    ArrayUnique(),
    IsIn(SUPPORTED_LOCALES, { each: true }),
  );
}
