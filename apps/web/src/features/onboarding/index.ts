export { useCase, useCases, useOverview } from './queries';
export type { CaseView, OverviewRow, StepView } from './types';
