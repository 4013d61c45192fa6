import { addTranslations } from '@bluecarbon/platform';
import en from './en.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

export const NOTIFICATIONS_TRANSLATIONS = { en, 'zh-CN': zhCN, 'pt-BR': ptBR };

/** The notifications lib's mail templates, kind names and problem codes. */
export function registerNotificationsTranslations(): void {
  addTranslations(NOTIFICATIONS_TRANSLATIONS);
}
