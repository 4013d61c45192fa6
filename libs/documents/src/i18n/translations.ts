import en from './en.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

/**
 * Messages of the documents engine: `documents.qa.<check>.<detail>` for QA findings and
 * `errors.<code>.title|detail` for DocumentsErrorCode. The service registers them with the
 * platform's `addTranslations`.
 */
export const DOCUMENTS_TRANSLATIONS = { en, 'zh-CN': zhCN, 'pt-BR': ptBR };
