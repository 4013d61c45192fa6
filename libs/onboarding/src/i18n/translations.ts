import { addTranslations } from '@bluecarbon/platform';
import en from './en.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

export const ONBOARDING_TRANSLATIONS = { en, 'zh-CN': zhCN, 'pt-BR': ptBR };

/** The onboarding lib's error codes, validation rules and playbook issue texts. */
export function registerOnboardingTranslations(): void {
  addTranslations(ONBOARDING_TRANSLATIONS);
}
