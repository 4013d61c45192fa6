/**
 * A carbon-sink project's lifecycle. The city drafts and submits; the steward validates (or
 * sends it back to draft with a reason) and registers it; the first issuance starts crediting;
 * the steward closes it at the end of the crediting period.
 */
export const PROJECT_STATUSES = ['draft', 'submitted', 'validated', 'registered', 'crediting', 'closed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_ACTIONS = ['submit', 'validate', 'reject', 'register', 'start_crediting', 'close'] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

const TRANSITIONS: Record<ProjectAction, { from: readonly ProjectStatus[]; to: ProjectStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  validate: { from: ['submitted'], to: 'validated' },
  reject: { from: ['submitted', 'validated'], to: 'draft' },
  register: { from: ['validated'], to: 'registered' },
  start_crediting: { from: ['registered'], to: 'crediting' },
  close: { from: ['registered', 'crediting'], to: 'closed' },
};

/** The state after `action`, or null when `action` is not possible from `current`. */
export function nextStatus(current: ProjectStatus, action: ProjectAction): ProjectStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(current) ? transition.to : null;
}

/** What may be done from `current` (named in a refusal). */
export function allowedActions(current: ProjectStatus): ProjectAction[] {
  return PROJECT_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(current));
}

/** States in which credits may be issued for the project. */
export const ISSUING_STATUSES: readonly ProjectStatus[] = ['registered', 'crediting'];
