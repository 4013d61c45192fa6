import type { Schemas } from '../../api/client';
import type { Locale } from '../../i18n/locale';

export const LEVELS = ['city', 'district', 'province', 'state', 'country'] as const;

/** The form as typed: every input a string, names in English and in the applicant's language. */
export interface ApplicationForm {
  organisationName: string;
  organisationNameLocal: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  jurisdictionNameLocal: string;
  level: string;
  timeZone: string;
  contactName: string;
  contactEmail: string;
  mangroveAreaHa: string;
  motivation: string;
  preferredLanguage: Locale;
}

/** The inputs that can hold an API message: the body's top-level names. */
export const APPLICATION_FIELDS = [
  'organisationName',
  'jurisdictionCode',
  'jurisdictionName',
  'level',
  'timeZone',
  'contactName',
  'contactEmail',
  'mangroveAreaHa',
  'motivation',
  'preferredLanguage',
] as const;

/**
 * What the API receives. Names in the applicant's language go next to the English one (not
 * for English itself); a code is read in capitals; a Brazilian "412,5" hectares is 412.5, and
 * a blank area is "not known" rather than an error. Everything else is left for the API to
 * judge, so that its messages (in the reader's language) sit at the fields.
 */
export function applicationBody(form: ApplicationForm): Schemas['ApplyDto'] {
  const local = (english: string, other: string) => ({
    en: english.trim(),
    ...(form.preferredLanguage !== 'en' && other.trim() ? { [form.preferredLanguage]: other.trim() } : {}),
  });
  const area = form.mangroveAreaHa
    .trim()
    .replace(/(\d)\s+(?=\d)/g, '$1')
    .replace(',', '.');
  return {
    organisationName: local(form.organisationName, form.organisationNameLocal),
    jurisdictionCode: form.jurisdictionCode.trim().toUpperCase(),
    jurisdictionName: local(form.jurisdictionName, form.jurisdictionNameLocal),
    level: form.level as Schemas['ApplyDto']['level'],
    timeZone: form.timeZone,
    contactName: form.contactName.trim(),
    contactEmail: form.contactEmail.trim(),
    ...(area ? { mangroveAreaHa: area } : {}),
    motivation: form.motivation.trim(),
    preferredLanguage: form.preferredLanguage,
  };
}
