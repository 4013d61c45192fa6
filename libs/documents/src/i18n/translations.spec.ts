import path from 'node:path';
import { describeTranslations } from '@bluecarbon/platform/testing';
import { DOCUMENTS_PROBLEMS } from '../documents-problems';
import { QA_MESSAGES } from '../domain/qa';
import { DOCUMENTS_TRANSLATIONS } from './translations';

/** Each QA message key with the params its finding passes. */
const qaMessages = Object.fromEntries(
  Object.entries(QA_MESSAGES).flatMap(([check, details]) =>
    Object.entries(details).map(([detail, params]): [string, readonly string[]] => [`documents.qa.${check}.${detail}`, params]),
  ),
);

describeTranslations('documents', {
  bundles: DOCUMENTS_TRANSLATIONS,
  problems: DOCUMENTS_PROBLEMS,
  keys: qaMessages,
  rulesIn: path.join(__dirname, '..'),
});
