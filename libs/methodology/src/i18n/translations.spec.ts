import path from 'node:path';
import { describeTranslations } from '@bluecarbon/platform/testing';
import { METHODOLOGY_PROBLEMS, NAMED_ISSUE_CODES } from '../methodology-problems';
import { METHODOLOGY_TRANSLATIONS } from './translations';

describeTranslations('methodology', {
  bundles: METHODOLOGY_TRANSLATIONS,
  problems: METHODOLOGY_PROBLEMS,
  keys: NAMED_ISSUE_CODES.map((code) => `methodology.issues.${code}`),
  rulesIn: path.join(__dirname, '..'),
});
