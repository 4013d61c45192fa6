import { addTranslations } from '@bluecarbon/platform';
import en from './en.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

export const PROJECTS_TRANSLATIONS = { en, 'zh-CN': zhCN, 'pt-BR': ptBR };

/** The projects lib's error codes, validation rules, states and actions. */
export function registerProjectsTranslations(): void {
  addTranslations(PROJECTS_TRANSLATIONS);
}
