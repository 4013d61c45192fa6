/** A translation's workflow state; `outdated` is a separate flag (the source changed since). */
export type TranslationState = 'untranslated' | 'draft' | 'translated' | 'reviewed' | 'approved';

export const TRANSLATION_STATES: readonly TranslationState[] = ['untranslated', 'draft', 'translated', 'reviewed', 'approved'];
