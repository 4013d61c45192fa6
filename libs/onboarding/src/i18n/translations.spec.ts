import path from 'node:path';
import { describeTranslations } from '@bluecarbon/platform/testing';
import { PLAYBOOK_ISSUE_CODES } from '../domain/playbook-validation';
import { ONBOARDING_PROBLEMS } from '../onboarding-errors';
import { ONBOARDING_TRANSLATIONS } from './translations';

describeTranslations('onboarding', {
  bundles: ONBOARDING_TRANSLATIONS,
  problems: ONBOARDING_PROBLEMS,
  keys: PLAYBOOK_ISSUE_CODES.map((code) => `onboarding.playbookIssues.${code}`),
  rulesIn: path.join(__dirname, '..'),
});
