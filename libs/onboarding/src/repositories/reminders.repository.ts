import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StepState } from '../domain/step-state-machine';

/** A step still with the city that has a due date, with its partner's calendar. */
export interface DueStepRow {
  id: string;
  key: string;
  state: StepState;
  due_on: string;
  time_zone: string;
  case_id: string;
  jurisdiction_id: string;
  code: string;
}

/** Named queries over the reminder ledger `onboarding_step_reminder` and the steps it reminds of. */
@Injectable()
export class RemindersRepository {
  /** Open steps due on or before `days` after `now`'s UTC date. */
  dueWithin(manager: EntityManager, now: Date, days: number): Promise<DueStepRow[]> {
    return manager.query(
      `SELECT s.id, s.key, s.state, s.due_on::text AS due_on, j.time_zone, s.case_id, j.id AS jurisdiction_id, j.code
         FROM onboarding_step s
         JOIN onboarding_case c ON c.id = s.case_id
         JOIN jurisdiction j ON j.id = c.jurisdiction_id
        WHERE s.state IN ('open', 'changes_requested') AND s.due_on IS NOT NULL
          AND s.due_on <= ($1::timestamptz AT TIME ZONE 'UTC')::date + $2::int`,
      [now, days],
    );
  }

  /** Claims the step's reminder for that day; false when it was claimed already (by any worker). */
  async claim(manager: EntityManager, stepId: string, reminderDay: string): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO onboarding_step_reminder (step_id, reminder_day) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING step_id`,
      [stepId, reminderDay],
    );
    return inserted.length > 0;
  }
}
