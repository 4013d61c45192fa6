export { type Attention, attentionLink, parseAttention, partnerNeeds, stepNeeds } from './attention';
export { useCase, useCases, useCaseViews, useOverview } from './queries';
export type { CaseView, OverviewRow, StepView } from './types';
