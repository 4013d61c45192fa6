export { type Attention, attentionLink, stepNeeds } from './attention';
export { useCase, useCases, useCaseViews, useOverview } from './queries';
export type { CaseView, OverviewRow, StepView } from './types';
