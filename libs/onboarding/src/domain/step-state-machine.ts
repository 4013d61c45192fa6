// The life of one onboarding step. Pure: the service loads the step, asks `transition`, and
// writes the answer with a version check; a refusal becomes a 409 naming the allowed actions.

export const STEP_STATES = ['locked', 'open', 'submitted', 'changes_requested', 'approved', 'waived'] as const;
export type StepState = (typeof STEP_STATES)[number];

export const STEP_ACTIONS = ['unlock', 'submit', 'approve', 'request_changes', 'waive'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

/** Who may take an action: the city (the step's owner role), its reviewer, the steward, or the system. */
export type StepActorSide = 'owner' | 'reviewer' | 'steward' | 'system';

interface TransitionRule {
  from: readonly StepState[];
  to: StepState;
  by: StepActorSide;
  requiresReason: boolean;
}

export const STEP_TRANSITIONS: Record<StepAction, TransitionRule> = {
  // Only the system unlocks, when every dependency is approved or waived (see step-unlocking).
  unlock: { from: ['locked'], to: 'open', by: 'system', requiresReason: false },
  // Resubmitting after changes were requested is the same action as the first submission.
  submit: { from: ['open', 'changes_requested'], to: 'submitted', by: 'owner', requiresReason: false },
  approve: { from: ['submitted'], to: 'approved', by: 'reviewer', requiresReason: false },
  // The reviewer must say what to change, or the city cannot act on it.
  request_changes: { from: ['submitted'], to: 'changes_requested', by: 'reviewer', requiresReason: true },
  // A step that does not apply to a city (e.g. training already done elsewhere) is waived by
  // the steward at any point before it is finished; the reason stays in the audit trail.
  waive: { from: ['locked', 'open', 'submitted', 'changes_requested'], to: 'waived', by: 'steward', requiresReason: true },
};

/** Approved and waived steps are finished: they count as done and unlock what depends on them. */
export const DONE_STATES: ReadonlySet<StepState> = new Set(['approved', 'waived']);

export function isDone(state: StepState): boolean {
  return DONE_STATES.has(state);
}

/** Actions that may be taken from `state`, in a stable order (for a 409's `allowed` list). */
export function allowedActions(state: StepState): StepAction[] {
  return STEP_ACTIONS.filter((action) => STEP_TRANSITIONS[action].from.includes(state));
}

export type TransitionResult =
  | { ok: true; from: StepState; to: StepState }
  | { ok: false; error: 'illegal_transition'; current: StepState; action: StepAction; allowed: StepAction[] }
  | { ok: false; error: 'reason_required'; current: StepState; action: StepAction };

/** Whether `action` may move a step out of `current`, and where to. */
export function transition(current: StepState, action: StepAction, reason?: string | null): TransitionResult {
  const rule = STEP_TRANSITIONS[action];
  if (!rule || !rule.from.includes(current)) {
    return { ok: false, error: 'illegal_transition', current, action, allowed: allowedActions(current) };
  }
  if (rule.requiresReason && !reason?.trim()) return { ok: false, error: 'reason_required', current, action };
  return { ok: true, from: current, to: rule.to };
}
