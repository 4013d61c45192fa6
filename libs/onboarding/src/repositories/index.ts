import { ApplicationsRepository } from './applications.repository';
import { JurisdictionsRepository } from './jurisdictions.repository';

/** Every named-query class of the module, to register as providers. */
export const ONBOARDING_REPOSITORIES = [ApplicationsRepository, JurisdictionsRepository];
