import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Problems, updateVersioned } from '@bluecarbon/platform';
import { type ActorContext } from '../access/actor';
import { DomainEvents } from '../events/domain-events';
import { canonicalTimeZone } from '../dto/time-zone';
import { UsersRepository } from '../repositories/users.repository';
import type { MeResponse, UpdateMeDto } from '../dto/me.dto';
import { User } from '../entities/user.entity';
import { UserTimeZones } from './user-time-zones';

@Injectable()
export class MeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly users: UsersRepository,
    private readonly timeZones: UserTimeZones,
  ) {}

  /** One round trip (a prepared statement): this is what every page of the portal asks first. */
  async get(userId: string): Promise<MeResponse> {
    const rows = await this.users.meRows(userId);
    const [user] = rows;
    if (!user) throw Problems.notFound('user');
    const memberships = rows.flatMap((row) =>
      // A user without memberships is one row of nulls; the joins make these all set or all null.
      row.organisation_id && row.kind && row.role && row.name && row.organisation_version !== null
        ? [
            {
              organisation: {
                id: row.organisation_id,
                kind: row.kind,
                name: row.name,
                jurisdictionCode: row.jurisdiction_code,
                jurisdictionId: row.jurisdiction_id,
                version: row.organisation_version,
              },
              role: row.role,
              locales: row.locales ?? [],
            },
          ]
        : [],
    );
    return {
      id: user.id,
      email: user.email,
      displayName: user.display_name,
      preferredLocale: user.preferred_locale,
      timeZone: await this.timeZones.resolve(
        user.time_zone,
        memberships.find(({ organisation }) => organisation.jurisdictionId)?.organisation.jurisdictionId ?? null,
      ),
      timeZoneChosen: user.time_zone !== null,
      mfaEnabled: user.mfa_enabled,
      memberships,
      locales: [...new Set(memberships.flatMap((membership) => membership.locales))],
      organisationKinds: [...new Set(memberships.map(({ organisation }) => organisation.kind))],
      version: user.version,
    };
  }

  async update(ctx: ActorContext, input: UpdateMeDto, ifMatch: number): Promise<MeResponse> {
    const { actor } = ctx;
    const current = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    await this.dataSource.transaction(async (manager) => {
      const changes: Partial<User> = {};
      if (input.displayName !== undefined) changes.displayName = input.displayName.trim();
      if (input.preferredLocale !== undefined) changes.preferredLocale = input.preferredLocale;
      // Stored as the runtime names it, so that every reader compares like with like.
      if (input.timeZone !== undefined) changes.timeZone = input.timeZone === null ? null : canonicalTimeZone(input.timeZone);
      const updated = await updateVersioned(manager, User, actor.userId, ifMatch, changes, 'user');
      await this.events.record(manager, {
        type: 'identity.user.updated',
        actor,
        context: ctx,
        subjectType: 'user',
        subjectId: actor.userId,
        jurisdiction: null,
        before: { displayName: current.displayName, preferredLocale: current.preferredLocale, timeZone: current.timeZone },
        after: { displayName: updated.displayName, preferredLocale: updated.preferredLocale, timeZone: updated.timeZone },
        payload: { userId: actor.userId, preferredLocale: updated.preferredLocale, timeZone: updated.timeZone },
      });
    });
    return this.get(actor.userId);
  }
}
