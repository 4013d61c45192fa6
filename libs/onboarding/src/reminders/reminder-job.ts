import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OutboxService } from '@bluecarbon/platform';
import { REMINDER_WINDOW_DAYS, type ReminderCandidate, selectReminders } from '../domain/reminder-selection';
import { RemindersRepository } from '../repositories/reminders.repository';

export const STEP_REMINDER = 'onboarding.step.reminder';

/**
 * Emits a reminder event for every step due within three days or overdue. The ledger's
 * primary key (step, day on the city's calendar) lets exactly one worker record a given
 * reminder, however many run the job and however often: the loser's insert does nothing.
 */
@Injectable()
export class ReminderJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly reminders: RemindersRepository,
  ) {}

  /** Returns how many reminders this run emitted. */
  async runOnce(now: Date = new Date()): Promise<number> {
    // A day of slack around the window covers every time zone's "today".
    const rows = await this.reminders.dueWithin(this.dataSource.manager, now, REMINDER_WINDOW_DAYS + 1);
    const candidates: ReminderCandidate[] = rows.map((row) => ({
      stepId: row.id,
      key: row.key,
      state: row.state,
      dueOn: row.due_on,
      dependsOn: [],
      timeZone: row.time_zone,
    }));
    const byStep = new Map(rows.map((row) => [row.id, row]));
    let emitted = 0;
    for (const reminder of selectReminders(candidates, now)) {
      const row = byStep.get(reminder.stepId);
      if (!row) continue;
      emitted += await this.dataSource.transaction(async (manager) => {
        if (!(await this.reminders.claim(manager, reminder.stepId, reminder.reminderDay))) return 0;
        await this.outbox.enqueue(manager, STEP_REMINDER, {
          caseId: row.case_id,
          stepId: reminder.stepId,
          stepKey: reminder.key,
          dueOn: reminder.dueOn,
          kind: reminder.kind,
          daysLeft: reminder.daysLeft,
          reminderDay: reminder.reminderDay,
          jurisdictionId: row.jurisdiction_id,
          jurisdictionCode: row.code,
        });
        return 1;
      });
    }
    return emitted;
  }
}
