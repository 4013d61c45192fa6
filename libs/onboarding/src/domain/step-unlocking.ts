import { isDone, type StepState } from './step-state-machine';

export interface StepNode {
  key: string;
  state: StepState;
  dependsOn: readonly string[];
}

/** A new case: steps without dependencies start open, every other one locked. */
export function initialState(step: Pick<StepNode, 'dependsOn'>): StepState {
  return step.dependsOn.length === 0 ? 'open' : 'locked';
}

/** The dependencies a step still waits for (not yet approved or waived), in written order. */
export function waitingFor(step: Pick<StepNode, 'dependsOn'>, steps: readonly Pick<StepNode, 'key' | 'state'>[]): string[] {
  const states = new Map(steps.map((other) => [other.key, other.state]));
  // A dependency missing from the case cannot be done: it stays in the list rather than
  // silently opening the step (publishing validation keeps this from happening).
  return step.dependsOn.filter((key) => {
    const state = states.get(key);
    return state === undefined || !isDone(state);
  });
}

/**
 * Locked steps whose dependencies are all approved or waived: the ones to open now. Called
 * after each approval or waiver; opening never finishes a step, so one pass is enough.
 */
export function stepsToUnlock(steps: readonly StepNode[]): string[] {
  return steps.filter((step) => step.state === 'locked' && waitingFor(step, steps).length === 0).map((step) => step.key);
}
