import {
  EVIDENCE_KINDS,
  MAX_DUE_IN_DAYS,
  type PlaybookDefinition,
  STEP_KEY_FORMAT,
  STEP_OWNER_ROLES,
  STEP_REVIEWER_ROLES,
  type StepDefinition,
} from './playbook-definition';

export const PLAYBOOK_ISSUE_CODES = [
  'no_steps',
  'missing_name',
  'invalid_step_key',
  'duplicate_step_key',
  'missing_title',
  'unknown_dependency',
  'dependency_cycle',
  'unknown_evidence_kind',
  'duplicate_evidence_kind',
  'unknown_owner_role',
  'unknown_reviewer_role',
  'invalid_due_in_days',
] as const;
export type PlaybookIssueCode = (typeof PLAYBOOK_ISSUE_CODES)[number];

/**
 * One reason a playbook cannot be published. `field` points into the definition
 * (`steps[2].dependsOn`); `params` fill the translated message `onboarding.playbookIssues.<code>`.
 */
export interface PlaybookIssue {
  code: PlaybookIssueCode;
  field: string;
  params: Record<string, string | number>;
}

/**
 * Everything wrong with a definition, in step order; an empty list means it may be published.
 * All issues are reported at once so an author fixes a playbook in one round, not one per try.
 */
export function validatePlaybook(definition: PlaybookDefinition): PlaybookIssue[] {
  const steps = definition.steps ?? [];
  if (steps.length === 0) return [{ code: 'no_steps', field: 'steps', params: {} }];
  const issues: PlaybookIssue[] = [];
  if (!definition.name?.en?.trim()) issues.push({ code: 'missing_name', field: 'name.en', params: {} });
  const keys = new Set<string>();
  steps.forEach((step, index) => {
    const at = `steps[${index}]`;
    if (!STEP_KEY_FORMAT.test(step.key)) issues.push({ code: 'invalid_step_key', field: `${at}.key`, params: { step: step.key } });
    if (keys.has(step.key)) issues.push({ code: 'duplicate_step_key', field: `${at}.key`, params: { step: step.key } });
    keys.add(step.key);
    issues.push(...stepIssues(step, at));
  });
  steps.forEach((step, index) => {
    for (const dependency of step.dependsOn ?? []) {
      if (!keys.has(dependency)) {
        issues.push({ code: 'unknown_dependency', field: `steps[${index}].dependsOn`, params: { step: step.key, dependency } });
      }
    }
  });
  for (const cycle of findCycles(steps)) {
    const [first = ''] = cycle;
    const index = steps.findIndex((step) => step.key === first);
    issues.push({ code: 'dependency_cycle', field: `steps[${index}].dependsOn`, params: { step: first, cycle: cycle.join(' → ') } });
  }
  return issues;
}

function stepIssues(step: StepDefinition, at: string): PlaybookIssue[] {
  const issues: PlaybookIssue[] = [];
  const params = { step: step.key };
  if (!step.title?.en?.trim()) issues.push({ code: 'missing_title', field: `${at}.title.en`, params });
  const seen = new Set<string>();
  for (const kind of step.evidence ?? []) {
    if (!(EVIDENCE_KINDS as readonly string[]).includes(kind)) {
      issues.push({ code: 'unknown_evidence_kind', field: `${at}.evidence`, params: { ...params, kind, allowed: EVIDENCE_KINDS.join(', ') } });
    } else if (seen.has(kind)) {
      issues.push({ code: 'duplicate_evidence_kind', field: `${at}.evidence`, params: { ...params, kind } });
    }
    seen.add(kind);
  }
  if (!(STEP_OWNER_ROLES as readonly string[]).includes(step.ownerRole)) {
    issues.push({
      code: 'unknown_owner_role',
      field: `${at}.ownerRole`,
      params: { ...params, role: String(step.ownerRole), allowed: STEP_OWNER_ROLES.join(', ') },
    });
  }
  if (!(STEP_REVIEWER_ROLES as readonly string[]).includes(step.reviewerRole)) {
    issues.push({
      code: 'unknown_reviewer_role',
      field: `${at}.reviewerRole`,
      params: { ...params, role: String(step.reviewerRole), allowed: STEP_REVIEWER_ROLES.join(', ') },
    });
  }
  if (!Number.isInteger(step.dueInDays) || step.dueInDays < 1 || step.dueInDays > MAX_DUE_IN_DAYS) {
    issues.push({ code: 'invalid_due_in_days', field: `${at}.dueInDays`, params: { ...params, max: MAX_DUE_IN_DAYS } });
  }
  return issues;
}

/**
 * Each dependency cycle once, as the path that closes it: `['a', 'b', 'a']`. Depth-first
 * over the steps in their written order, so the reported path is stable for a given
 * definition. Unknown dependencies are reported elsewhere and ignored here.
 */
export function findCycles(steps: Pick<StepDefinition, 'key' | 'dependsOn'>[]): string[][] {
  const edges = new Map(steps.map((step) => [step.key, step.dependsOn ?? []]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const reported = new Set<string>();

  const visit = (key: string): void => {
    state.set(key, 'visiting');
    stack.push(key);
    for (const next of edges.get(key) ?? []) {
      if (!edges.has(next)) continue;
      if (state.get(next) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        // The same ring found from another entry point is one cycle, not two.
        const signature = [...new Set(cycle)].sort().join('|');
        if (!reported.has(signature)) {
          reported.add(signature);
          cycles.push(cycle);
        }
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(key, 'done');
  };

  for (const step of steps) if (!state.has(step.key)) visit(step.key);
  return cycles;
}
