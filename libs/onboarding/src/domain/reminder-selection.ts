import { localDate } from './local-dates';
import { type ProgressStepInput, stepProgress } from './progress';

/** Reminders start this many days before a step is due, and continue daily while it is overdue. */
export const REMINDER_WINDOW_DAYS = 3;

export interface ReminderCandidate extends ProgressStepInput {
  stepId: string;
  timeZone: string;
}

export interface Reminder {
  stepId: string;
  key: string;
  dueOn: string;
  kind: 'due_soon' | 'overdue';
  daysLeft: number;
  /**
   * The jurisdiction's calendar day the reminder is for. With the step id it is the unique key
   * that keeps two workers (or a rerun) from sending a second reminder the same day.
   */
  reminderDay: string;
}

/** The reminders the daily job should send at `now`: open steps due within the window or overdue. */
export function selectReminders(candidates: readonly ReminderCandidate[], now: Date): Reminder[] {
  const reminders: Reminder[] = [];
  for (const candidate of candidates) {
    const today = localDate(now, candidate.timeZone);
    const progress = stepProgress(candidate, [], today);
    if (progress.daysLeft === null || progress.daysLeft > REMINDER_WINDOW_DAYS) continue;
    reminders.push({
      stepId: candidate.stepId,
      key: candidate.key,
      dueOn: candidate.dueOn as string,
      kind: progress.overdue ? 'overdue' : 'due_soon',
      daysLeft: progress.daysLeft,
      reminderDay: today,
    });
  }
  return reminders;
}
