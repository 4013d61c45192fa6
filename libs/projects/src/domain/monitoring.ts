/**
 * Monitoring reports: the city drafts and submits one per period; the steward approves it
 * (credits are issued) or sends it back to draft with a reason.
 */
export const MONITORING_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type MonitoringStatus = (typeof MONITORING_STATUSES)[number];

export const MONITORING_ACTIONS = ['submit', 'approve', 'reject'] as const;
export type MonitoringAction = (typeof MONITORING_ACTIONS)[number];

const TRANSITIONS: Record<MonitoringAction, { from: MonitoringStatus; to: MonitoringStatus }> = {
  submit: { from: 'draft', to: 'submitted' },
  approve: { from: 'submitted', to: 'approved' },
  reject: { from: 'submitted', to: 'draft' },
};

export function nextMonitoringStatus(current: MonitoringStatus, action: MonitoringAction): MonitoringStatus | null {
  return TRANSITIONS[action].from === current ? TRANSITIONS[action].to : null;
}

export function allowedMonitoringActions(current: MonitoringStatus): MonitoringAction[] {
  return MONITORING_ACTIONS.filter((action) => TRANSITIONS[action].from === current);
}

/** Inclusive date periods (`YYYY-MM-DD`) overlap when each starts before the other ends. */
export function periodsOverlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Where a monitoring period breaks the rules, by field. The calculator computes whole calendar
 * years today, so a period runs from 1 January to 31 December (of one year or several); it
 * lies within the project's crediting period.
 */
export function periodIssues(
  period: { start: string; end: string },
  crediting: { start: string; end: string },
): { field: 'periodStart' | 'periodEnd'; rule: 'calendarYearPeriod' | 'withinCreditingPeriod' | 'periodOrder' }[] {
  const issues: ReturnType<typeof periodIssues> = [];
  if (period.end < period.start) issues.push({ field: 'periodEnd', rule: 'periodOrder' });
  if (!period.start.endsWith('-01-01')) issues.push({ field: 'periodStart', rule: 'calendarYearPeriod' });
  if (!period.end.endsWith('-12-31')) issues.push({ field: 'periodEnd', rule: 'calendarYearPeriod' });
  if (period.start < crediting.start) issues.push({ field: 'periodStart', rule: 'withinCreditingPeriod' });
  if (period.end > crediting.end) issues.push({ field: 'periodEnd', rule: 'withinCreditingPeriod' });
  return issues;
}
