import { addTranslations } from '@bluecarbon/platform';
import en from './en.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

export const METHODOLOGY_TRANSLATIONS = { en, 'zh-CN': zhCN, 'pt-BR': ptBR };

/** The methodology lib's error codes, issue kinds and adaptation state names. */
export function registerMethodologyTranslations(): void {
  addTranslations(METHODOLOGY_TRANSLATIONS);
}
