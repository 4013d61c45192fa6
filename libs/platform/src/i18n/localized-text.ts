import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DEFAULT_LOCALE, type Locale } from './negotiate-locale';

/**
 * A short text in the portal's languages, stored as jsonb `{ "en": …, "zh-CN": …, "pt-BR": … }`.
 * English is required: it is the end of every fallback chain.
 */
export type LocalizedText = { en: string } & Partial<Record<Exclude<Locale, 'en'>, string>>;

/** `text` in `locale`, falling back to English, then to any language present. */
export function localizedName(text: Partial<Record<string, string>>, locale: string): string {
  return text[locale] ?? text[DEFAULT_LOCALE] ?? Object.values(text).find(Boolean) ?? '';
}

const dtoClasses = new Map<number, new () => LocalizedText>();

/**
 * The request body shape of a LocalizedText whose texts hold at most `maxLength` characters
 * (names 200, descriptions 2000 or 4000). A lib names its own: `class LocalizedNameDto extends
 * localizedTextDto(200) {}`, so each keeps its OpenAPI schema name.
 */
export function localizedTextDto(maxLength: number): new () => LocalizedText {
  const known = dtoClasses.get(maxLength);
  if (known) return known;

  class LocalizedTextFields {
    @ApiProperty({ example: 'Enping City', maxLength })
    @IsString()
    @MinLength(1)
    @MaxLength(maxLength)
    en!: string;

    @ApiPropertyOptional({ example: '恩平市', maxLength })
    @IsOptional()
    @IsString()
    @MaxLength(maxLength)
    'zh-CN'?: string;

    @ApiPropertyOptional({ example: 'Cidade de Enping', maxLength })
    @IsOptional()
    @IsString()
    @MaxLength(maxLength)
    'pt-BR'?: string;
  }
  dtoClasses.set(maxLength, LocalizedTextFields);
  return LocalizedTextFields;
}
