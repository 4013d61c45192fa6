import type { Locale } from './locale';

/** A name the API keeps per language (`{ "en": …, "zh-CN": …, "pt-BR": … }`). */
export type LocalizedText = Partial<Record<string, string>>;

/** The text in the reader's language, else English, else whichever language it has. */
export function localized(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] ?? text.en ?? Object.values(text).find(Boolean) ?? '';
}
