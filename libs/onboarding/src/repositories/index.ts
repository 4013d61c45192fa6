import { ApplicationsRepository } from './applications.repository';
import { CasesRepository } from './cases.repository';
import { CommentsRepository } from './comments.repository';
import { EvidenceRepository } from './evidence.repository';
import { JurisdictionsRepository } from './jurisdictions.repository';
import { PlaybooksRepository } from './playbooks.repository';
import { RemindersRepository } from './reminders.repository';
import { StepsRepository } from './steps.repository';
import { WebhooksRepository } from './webhooks.repository';

/** Every named-query class of the module, to register as providers. */
export const ONBOARDING_REPOSITORIES = [
  ApplicationsRepository,
  CasesRepository,
  CommentsRepository,
  EvidenceRepository,
  JurisdictionsRepository,
  PlaybooksRepository,
  RemindersRepository,
  StepsRepository,
  WebhooksRepository,
];
