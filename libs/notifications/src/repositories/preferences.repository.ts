import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returnedRows } from '@bluecarbon/platform';
import type { DeliveryChoice, NotificationKind } from '../domain/notification-kinds';

export type StoredChoices = Partial<Record<NotificationKind, DeliveryChoice>>;

export interface PreferencesRow {
  choices: StoredChoices;
  version: number;
}

/** Each user's stored choices (`notification_preferences`); a user without a row has the defaults. */
@Injectable()
export class PreferencesRepository {
  async find(manager: EntityManager, userId: string): Promise<PreferencesRow | null> {
    const rows: PreferencesRow[] = await manager.query(`SELECT choices, version FROM notification_preferences WHERE user_id = $1`, [userId]);
    return rows[0] ?? null;
  }

  /** The stored choice for `kind` of those of `userIds` who made one. */
  async choicesOf(manager: EntityManager, userIds: string[], kind: NotificationKind): Promise<Map<string, DeliveryChoice>> {
    const rows: { user_id: string; delivery: DeliveryChoice | null }[] = await manager.query(
      `SELECT user_id, choices ->> $2 AS delivery FROM notification_preferences WHERE user_id = ANY($1::uuid[])`,
      [userIds, kind],
    );
    return new Map(rows.flatMap((row) => (row.delivery ? [[row.user_id, row.delivery] as const] : [])));
  }

  /** Merges `changes` into the stored map when the row is still at `expectedVersion`; null when it is not. */
  async mergeIfVersion(manager: EntityManager, userId: string, changes: StoredChoices, expectedVersion: number): Promise<PreferencesRow | null> {
    // The row the defaults stand for, so that the version check has something to compare.
    await manager.query(`INSERT INTO notification_preferences (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`, [userId]);
    const rows = returnedRows<PreferencesRow>(
      await manager.query(
        `UPDATE notification_preferences SET choices = choices || $2::jsonb, version = version + 1, updated_at = now()
          WHERE user_id = $1 AND version = $3
      RETURNING choices, version`,
        [userId, JSON.stringify(changes), expectedVersion],
      ),
    );
    return rows[0] ?? null;
  }

  /** Sets one kind to "never" whatever the version; a missing row (version 1, defaults) is created at version 2, as an edit of it would be. */
  async setNever(manager: EntityManager, userId: string, kind: NotificationKind): Promise<void> {
    await manager.query(
      `INSERT INTO notification_preferences AS p (user_id, choices, version) VALUES ($1, jsonb_build_object($2::text, 'never'), 2)
       ON CONFLICT (user_id) DO UPDATE
             SET choices = p.choices || excluded.choices, version = p.version + 1, updated_at = now()`,
      [userId, kind],
    );
  }
}
