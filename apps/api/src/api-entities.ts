import { DOCUMENTS_ENTITIES } from '@bluecarbon/documents';
import { IDENTITY_ENTITIES } from '@bluecarbon/identity';
import { METHODOLOGY_ENTITIES } from '@bluecarbon/methodology';
import { ONBOARDING_ENTITIES } from '@bluecarbon/onboarding';
import { PROJECTS_ENTITIES } from '@bluecarbon/projects';
import type { EntityList } from '@bluecarbon/platform';

/**
 * Every entity of the API's feature modules (the platform adds its own): the API's data source
 * and its command-line tools (db:seed, admin:create) map this one list, so a seed or a service
 * behaves the same in both.
 */
export const API_ENTITIES: EntityList = [...IDENTITY_ENTITIES, ...ONBOARDING_ENTITIES, ...METHODOLOGY_ENTITIES, ...DOCUMENTS_ENTITIES, ...PROJECTS_ENTITIES];
