import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ActorMembership, OrganisationKind, Role } from '../access/access-policy';
import { UsersRepository } from '../repositories/users.repository';
import type { AuthenticatedActor } from './actor';

export type LoadedActor = Omit<AuthenticatedActor, 'enrolmentOnly' | 'sessionId'>;

/** For the guard: whether the user has a second factor, which some roles require. */
export type SessionActor = LoadedActor & { hasSecondFactor: boolean };

/**
 * Reads a user's memberships on every request (one indexed query), so that a removed role or
 * a disabled account takes effect at once rather than when the access token expires.
 */
@Injectable()
export class ActorLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
  ) {}

  async load(userId: string, manager: EntityManager = this.dataSource.manager): Promise<LoadedActor | null> {
    const found = await this.read(manager, userId, null);
    if (!found) return null;
    const { hasSecondFactor: _, ...actor } = found;
    return actor;
  }

  /**
   * For the guard: also null when the access token's session has ended (signed out, or closed
   * by a new second factor). The session is one primary-key lookup in the same query, so the
   * check costs no extra round trip and holds across replicas.
   */
  loadInSession(userId: string, sessionId: string): Promise<SessionActor | null> {
    return this.read(this.dataSource.manager, userId, sessionId);
  }

  private async read(manager: EntityManager, userId: string, sessionId: string | null): Promise<SessionActor | null> {
    const rows = await this.users.actorRows(manager, userId, sessionId);
    const [first] = rows;
    if (!first) return null;
    const memberships: ActorMembership[] = rows
      .filter((row) => row.organisation_id && row.role && row.kind)
      .map((row) => ({
        organisationId: row.organisation_id as string,
        organisationKind: row.kind as OrganisationKind,
        role: row.role as Role,
        jurisdictionCode: row.jurisdiction_code,
        jurisdictionId: row.jurisdiction_id,
        locales: row.locales ?? [],
      }));
    return {
      userId: first.id,
      email: first.email,
      preferredLocale: first.preferred_locale,
      memberships,
      hasSecondFactor: first.has_second_factor,
    };
  }
}
