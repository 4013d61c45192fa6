import type { OverviewRow, StepView } from './types';

/**
 * What a home card points at: the steps to work on, the overdue ones, or those waiting for a
 * review. The case page and the overview read it from `?show=` so that a link lands on the
 * filtered list, and a reload or a shared link keeps it.
 */
export type Attention = 'todo' | 'overdue' | 'review';

const ATTENTIONS: readonly Attention[] = ['todo', 'overdue', 'review'];

export function parseAttention(value: string | null): Attention | null {
  return ATTENTIONS.find((attention) => attention === value) ?? null;
}

export function stepNeeds(step: StepView, attention: Attention): boolean {
  if (attention === 'todo') return step.state === 'open' || step.state === 'changes_requested';
  if (attention === 'overdue') return step.overdue;
  return step.state === 'submitted';
}

/** What the network overview filters by: a city's own work to do is not a network's question. */
export type PartnerAttention = Exclude<Attention, 'todo'>;

export function parsePartnerAttention(value: string | null): PartnerAttention | null {
  const attention = parseAttention(value);
  return attention === 'todo' ? null : attention;
}

/** Partners with overdue steps; for reviews, those whose case has a step handed in (`reviewCaseIds`). */
export function partnerNeeds(partner: OverviewRow, attention: PartnerAttention, reviewCaseIds: ReadonlySet<string>): boolean {
  if (attention === 'overdue') return partner.overdueCount > 0;
  return partner.caseId !== null && reviewCaseIds.has(partner.caseId);
}

/**
 * Where a card leads: one case straight to its filtered steps, several to the overview
 * filtered the same way; none to nowhere (a card saying "0" needs no link).
 */
export function attentionLink(caseIds: readonly string[], attention: Attention): string | null {
  const distinct = [...new Set(caseIds)];
  if (distinct.length === 0) return null;
  if (distinct.length === 1) return `/onboarding/cases/${distinct[0]}?show=${attention}`;
  return `/onboarding/overview?show=${attention}`;
}
