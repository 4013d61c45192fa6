import { DEFAULT_LOCALE } from '@bluecarbon/platform';

/** A localized short text in `locale`, falling back to English, then to any language present. */
export function localizedName(name: Partial<Record<string, string>>, locale: string): string {
  return name[locale] ?? name[DEFAULT_LOCALE] ?? Object.values(name).find(Boolean) ?? '';
}
