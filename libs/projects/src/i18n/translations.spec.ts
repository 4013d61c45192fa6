import path from 'node:path';
import { describeTranslations } from '@bluecarbon/platform/testing';
import { MONITORING_ACTIONS, MONITORING_STATUSES } from '../domain/monitoring';
import { PROJECT_ACTIONS, PROJECT_STATUSES } from '../domain/project-lifecycle';
import { PROJECTS_PROBLEMS } from '../projects-problems';
import { PROJECTS_TRANSLATIONS } from './translations';

describeTranslations('projects', {
  bundles: PROJECTS_TRANSLATIONS,
  problems: PROJECTS_PROBLEMS,
  keys: [
    ...PROJECT_STATUSES.map((status) => `projects.states.${status}`),
    ...PROJECT_ACTIONS.map((action) => `projects.actions.${action}`),
    ...MONITORING_STATUSES.map((status) => `projects.monitoringStates.${status}`),
    ...MONITORING_ACTIONS.map((action) => `projects.monitoringActions.${action}`),
  ],
  rulesIn: path.join(__dirname, '..'),
});
