import { daysBetween, localDate } from './local-dates';
import { isDone, type StepState } from './step-state-machine';
import { waitingFor } from './step-unlocking';

export interface ProgressStepInput {
  key: string;
  state: StepState;
  dependsOn: readonly string[];
  /** Calendar date in the jurisdiction's time zone; null while the step has not opened. */
  dueOn: string | null;
}

export interface StepProgress {
  key: string;
  state: StepState;
  dueOn: string | null;
  overdue: boolean;
  /** Days until due (negative once overdue); null when no date applies. */
  daysLeft: number | null;
  /** For a locked step: the dependencies not yet approved or waived. Empty otherwise. */
  waitingFor: string[];
}

export interface CaseProgress {
  totalSteps: number;
  doneSteps: number;
  /** Whole percent, rounded down: 100 only when every step is approved or waived. */
  percentComplete: number;
  overdueCount: number;
  completed: boolean;
  steps: StepProgress[];
}

/**
 * Only steps waiting for the city can be overdue. A submitted step is with the reviewer: its
 * lateness is the steward's, and the city should not be flagged or reminded for it.
 */
export const STATES_WITH_DEADLINE: ReadonlySet<StepState> = new Set(['open', 'changes_requested']);

export function stepProgress(step: ProgressStepInput, steps: readonly ProgressStepInput[], today: string): StepProgress {
  const hasDeadline = STATES_WITH_DEADLINE.has(step.state) && step.dueOn !== null;
  const daysLeft = hasDeadline ? daysBetween(today, step.dueOn as string) : null;
  return {
    key: step.key,
    state: step.state,
    dueOn: step.dueOn,
    overdue: daysLeft !== null && daysLeft < 0,
    daysLeft,
    waitingFor: step.state === 'locked' ? waitingFor(step, steps) : [],
  };
}

/** Where a case stands at `now`, with "today" taken on the jurisdiction's calendar. */
export function caseProgress(steps: readonly ProgressStepInput[], now: Date, timeZone: string): CaseProgress {
  const today = localDate(now, timeZone);
  const items = steps.map((step) => stepProgress(step, steps, today));
  const doneSteps = steps.filter((step) => isDone(step.state)).length;
  const totalSteps = steps.length;
  return {
    totalSteps,
    doneSteps,
    percentComplete: totalSteps === 0 ? 0 : Math.floor((doneSteps * 100) / totalSteps),
    overdueCount: items.filter((item) => item.overdue).length,
    completed: totalSteps > 0 && doneSteps === totalSteps,
    steps: items,
  };
}
