import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type ActorContext, actorFields } from '@bluecarbon/identity';
import { AuditService, Problems } from '@bluecarbon/platform';
import { DEFAULT_DELIVERY, type DeliveryChoice, NOTIFICATION_KINDS, type NotificationKind } from '../domain/notification-kinds';
import { PreferencesRepository, type StoredChoices } from '../repositories/preferences.repository';

export const PREFERENCES_RESOURCE = 'notification_preferences';

export interface PreferencesView {
  choices: { kind: NotificationKind; delivery: DeliveryChoice }[];
  version: number;
}

/**
 * Each user's choice per kind of notification. A user without a row has every kind
 * "immediately" at version 1, so the first edit needs no prior read beyond the defaults.
 * Changes merge into the stored map in one statement, checked against the version in SQL.
 */
@Injectable()
export class PreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly preferences: PreferencesRepository,
    private readonly audit: AuditService,
  ) {}

  async get(userId: string): Promise<PreferencesView> {
    const row = await this.preferences.find(this.dataSource.manager, userId);
    return view(row?.choices ?? {}, row?.version ?? 1);
  }

  /** The choice of each of `userIds` for `kind`, for the delivery of one notice. */
  async choicesFor(userIds: string[], kind: NotificationKind, manager: EntityManager = this.dataSource.manager): Promise<Map<string, DeliveryChoice>> {
    const stored = await this.preferences.choicesOf(manager, userIds, kind);
    return new Map(userIds.map((id) => [id, stored.get(id) ?? DEFAULT_DELIVERY]));
  }

  async update(ctx: ActorContext, changes: { kind: string; delivery: string }[], ifMatch: number): Promise<PreferencesView> {
    const userId = ctx.actor.userId;
    const merged: StoredChoices = Object.fromEntries(changes.map((change) => [change.kind, change.delivery]));
    // Read before the transaction: the embedded engine has one connection, which it holds.
    const before = await this.get(userId);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.preferences.mergeIfVersion(manager, userId, merged, ifMatch);
      if (!row) throw Problems.preconditionFailed(PREFERENCES_RESOURCE, (await this.preferences.find(manager, userId))?.version ?? 1);
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
}

function view(choices: StoredChoices, version: number): PreferencesView {
  return { choices: NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: choices[kind] ?? DEFAULT_DELIVERY })), version };
}
