import path from 'node:path';
import { describeTranslations } from '@bluecarbon/platform/testing';
import { IDENTITY_PROBLEMS } from '../identity-problems';
import { IDENTITY_TRANSLATIONS } from './translations';

describeTranslations('identity', {
  bundles: IDENTITY_TRANSLATIONS,
  problems: IDENTITY_PROBLEMS,
  rulesIn: path.join(__dirname, '..'),
});
