import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type ActorContext, actorFields } from '@bluecarbon/identity';
import { AuditService, Problems, returnedRows } from '@bluecarbon/platform';
import { DEFAULT_DELIVERY, type DeliveryChoice, NOTIFICATION_KINDS, type NotificationKind } from '../domain/notification-kinds';

export const PREFERENCES_RESOURCE = 'notification_preferences';

export interface PreferencesView {
  choices: { kind: NotificationKind; delivery: DeliveryChoice }[];
  version: number;
}

type Choices = Partial<Record<NotificationKind, DeliveryChoice>>;

/**
 * Each user's choice per kind of notification. A user without a row has every kind
 * "immediately" at version 1, so the first edit needs no prior read beyond the defaults.
 * Changes merge into the stored map in one statement, checked against the version in SQL.
 */
@Injectable()
export class PreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(userId: string): Promise<PreferencesView> {
    const [row]: { choices: Choices; version: number }[] = await this.dataSource.query(
      `SELECT choices, version FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    return view(row?.choices ?? {}, row?.version ?? 1);
  }

  /** The choice of each of `userIds` for `kind`, for the delivery of one notice. */
  async choicesFor(userIds: string[], kind: NotificationKind, manager: EntityManager = this.dataSource.manager): Promise<Map<string, DeliveryChoice>> {
    const rows: { user_id: string; delivery: DeliveryChoice | null }[] = await manager.query(
      `SELECT user_id, choices ->> $2 AS delivery FROM notification_preferences WHERE user_id = ANY($1::uuid[])`,
      [userIds, kind],
    );
    const stored = new Map(rows.map((row) => [row.user_id, row.delivery ?? DEFAULT_DELIVERY]));
    return new Map(userIds.map((id) => [id, stored.get(id) ?? DEFAULT_DELIVERY]));
  }

  async update(ctx: ActorContext, changes: { kind: string; delivery: string }[], ifMatch: number): Promise<PreferencesView> {
    const userId = ctx.actor.userId;
    const merged: Choices = Object.fromEntries(changes.map((change) => [change.kind, change.delivery]));
    // Read before the transaction: the embedded engine has one connection, which it holds.
    const before = await this.get(userId);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO notification_preferences (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`, [userId]);
      const rows = returnedRows<{ choices: Choices; version: number }>(
        await manager.query(
          `UPDATE notification_preferences SET choices = choices || $2::jsonb, version = version + 1, updated_at = now()
            WHERE user_id = $1 AND version = $3
        RETURNING choices, version`,
          [userId, JSON.stringify(merged), ifMatch],
        ),
      );
      const [row] = rows;
      if (!row) {
        const [current]: { version: number }[] = await manager.query(`SELECT version FROM notification_preferences WHERE user_id = $1`, [userId]);
        throw Problems.preconditionFailed(PREFERENCES_RESOURCE, current?.version ?? 1);
      }
      await this.audit.record(manager, {
        ...actorFields(ctx.actor),
        ...ctx.origin,
        action: 'notifications.preferences.updated',
        subjectType: 'user',
        subjectId: userId,
        before: { choices: before.choices },
        after: { changes: merged },
      });
      return view(row.choices, row.version);
    });
  }

  /** Sets one kind to "never" (an unsubscribe link); whatever else the user chose stays. */
  async setNever(manager: EntityManager, userId: string, kind: NotificationKind): Promise<void> {
    // A missing row is version 1 with defaults: created at version 2, as an edit of it would be.
    await manager.query(
      `INSERT INTO notification_preferences AS p (user_id, choices, version) VALUES ($1, jsonb_build_object($2::text, 'never'), 2)
       ON CONFLICT (user_id) DO UPDATE
             SET choices = p.choices || excluded.choices, version = p.version + 1, updated_at = now()`,
      [userId, kind],
    );
  }
}

function view(choices: Choices, version: number): PreferencesView {
  return { choices: NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: choices[kind] ?? DEFAULT_DELIVERY })), version };
}
