import { addTranslations } from '@bluecarbon/platform';
import en from './en.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

export const IDENTITY_TRANSLATIONS = { en, 'zh-CN': zhCN, 'pt-BR': ptBR };

/** The identity lib's error codes, validation rules and mail texts, in every portal language. */
export function registerIdentityTranslations(): void {
  addTranslations(IDENTITY_TRANSLATIONS);
}
