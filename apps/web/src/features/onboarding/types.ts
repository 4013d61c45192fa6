import type { Schemas } from '../../api/client';

// The overview and case answers, as the API documents them (apps/web/src/api/schema.d.ts).
export type OverviewRow = Schemas['OverviewRowResponse'];
export type StepView = Schemas['StepViewResponse'];
export type CaseView = Schemas['CaseResponse'];
