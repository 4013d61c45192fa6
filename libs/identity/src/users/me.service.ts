import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Problems, updateVersioned } from '@bluecarbon/platform';
import { type ActorContext } from '../access/actor';
import { DomainEvents } from '../events/domain-events';
import { canonicalTimeZone } from '../dto/time-zone';
import { UsersRepository } from '../repositories/users.repository';
import type { MeResponse, UpdateMeDto } from '../dto/me.dto';
import { Membership } from '../entities/membership.entity';
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

  async get(userId: string): Promise<MeResponse> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw Problems.notFound('user');
    const memberships = await this.dataSource
      .getRepository(Membership)
      .find({ where: { userId }, relations: { organisation: true }, order: { createdAt: 'ASC' } });
    // The foreign key makes the organisation always present; the filter only narrows the type.
    const withOrganisation = memberships.flatMap((membership) => (membership.organisation ? [{ ...membership, organisation: membership.organisation }] : []));
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      preferredLocale: user.preferredLocale,
      timeZone: await this.timeZones.resolve(
        user.timeZone,
        withOrganisation.find(({ organisation }) => organisation.jurisdictionId)?.organisation.jurisdictionId ?? null,
      ),
      timeZoneChosen: user.timeZone !== null,
      mfaEnabled: user.totpEnabledAt !== null,
      memberships: withOrganisation.map(({ organisation, role, locales }) => ({
        organisation: {
          id: organisation.id,
          kind: organisation.kind,
          name: organisation.name,
          jurisdictionCode: organisation.jurisdictionCode,
          jurisdictionId: organisation.jurisdictionId,
          version: organisation.version,
        },
        role,
        locales,
      })),
      locales: [...new Set(memberships.flatMap((membership) => membership.locales))],
      organisationKinds: [...new Set(withOrganisation.map(({ organisation }) => organisation.kind))],
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
