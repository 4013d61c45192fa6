import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OutboxService } from '@bluecarbon/platform';
import { REMINDER_WINDOW_DAYS, type ReminderCandidate, selectReminders } from '../domain/reminder-selection';
import type { StepState } from '../domain/step-state-machine';

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
  ) {}

  /** Returns how many reminders this run emitted. */
  async runOnce(now: Date = new Date()): Promise<number> {
    // A day of slack around the window covers every time zone's "today".
    const rows: { id: string; key: string; state: StepState; due_on: string; time_zone: string; case_id: string; jurisdiction_id: string; code: string }[] =
      await this.dataSource.query(
        `SELECT s.id, s.key, s.state, s.due_on::text AS due_on, j.time_zone, s.case_id, j.id AS jurisdiction_id, j.code
           FROM onboarding_step s
           JOIN onboarding_case c ON c.id = s.case_id
           JOIN jurisdiction j ON j.id = c.jurisdiction_id
          WHERE s.state IN ('open', 'changes_requested') AND s.due_on IS NOT NULL
            AND s.due_on <= ($1::timestamptz AT TIME ZONE 'UTC')::date + $2::int`,
        [now, REMINDER_WINDOW_DAYS + 1],
      );
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
        const inserted: unknown[] = await manager.query(
          `INSERT INTO onboarding_step_reminder (step_id, reminder_day) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING step_id`,
          [reminder.stepId, reminder.reminderDay],
        );
        if (inserted.length === 0) return 0;
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
