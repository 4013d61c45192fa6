import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Problems } from '@bluecarbon/platform';
import { type ActorContext, type AuthenticatedActor } from '../access/actor';
import { DomainEvents } from '../events/domain-events';
import { can, LOCALE_ROLES, type Role } from '../access/access-policy';
import { type MemberRow, MembershipsRepository } from '../repositories/memberships.repository';
import { SessionsRepository } from '../repositories/sessions.repository';
import { UsersRepository } from '../repositories/users.repository';
import { assertRoleFits } from './role-fit';
import { identityProblem } from '../identity-problems';

/** Where a change came from, for the audit trail (no HTTP objects in services). */
export interface ChangeOrigin {
  requestId: string;
  ip: string;
}

export interface Member {
  membershipId: string;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  locales: string[];
  status: 'active' | 'disabled';
  version: number;
}

/**
 * An organisation's people, as its managers see them: the same who that may invite (admins
 * anywhere, stewards and coordinators in their own organisation) lists members, changes their
 * role and locales, and disables or re-enables their account. The caller has authorised the
 * organisation (`invite`); this service keeps the rules of the change itself.
 */
@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly memberships: MembershipsRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
  ) {}

  async list(organisationId: string): Promise<Member[]> {
    return (await this.memberships.list(organisationId)).map(toMember);
  }

  async get(organisationId: string, membershipId: string, manager: EntityManager = this.dataSource.manager): Promise<Member> {
    return toMember(await this.read(manager, organisationId, membershipId));
  }

  /** Role and locales, checked as an invitation would be; the version check is in the UPDATE. */
  async update(
    ctx: ActorContext,
    organisationId: string,
    membershipId: string,
    expectedVersion: number,
    changes: { role?: Role; locales?: string[] },
  ): Promise<Member> {
    const { actor } = ctx;
    return this.dataSource.transaction(async (manager) => {
      const before = await this.read(manager, organisationId, membershipId);
      refuseOwn(actor, before);
      const role = changes.role ?? before.role;
      // A role change away from a language role drops its locales unless new ones are given.
      const locales = changes.locales ?? (LOCALE_ROLES.includes(role) ? before.locales : []);
      assertRoleFits(before.kind, role, locales);
      if (!(await this.memberships.updateRole(manager, membershipId, expectedVersion, role, locales))) {
        // Read again: a write that committed since our first read is a lost race (412), not a clash.
        const current = await this.read(manager, organisationId, membershipId);
        if (current.version !== expectedVersion) throw Problems.preconditionFailed('membership', current.version);
        throw Problems.conflict('membership'); // the person holds that role here already
      }
      const after = await this.read(manager, organisationId, membershipId);
      await this.events.record(manager, {
        type: 'identity.membership.updated',
        actor,
        context: ctx,
        subjectType: 'membership',
        subjectId: membershipId,
        jurisdiction: null,
        before: { role: before.role, locales: before.locales },
        after: { role: after.role, locales: after.locales, userId: after.user_id, organisationId },
        payload: { membershipId, userId: after.user_id, organisationId, role: after.role, locales: after.locales },
      });
      return toMember(after);
    });
  }

  /**
   * Disables or re-enables the member's account. The account is the person's everywhere, so
   * the actor must manage every organisation they belong to (a coordinator cannot lock out
   * someone who also works for another city). Disabling ends every session at once: the
   * guard's actor query reads the status, and the sessions and refresh tokens are revoked.
   */
  async setStatus(ctx: ActorContext, organisationId: string, membershipId: string, status: 'active' | 'disabled'): Promise<Member> {
    const { actor } = ctx;
    return this.dataSource.transaction(async (manager) => {
      const member = await this.read(manager, organisationId, membershipId);
      refuseOwn(actor, member);
      const organisationIds = await this.memberships.organisationIdsOf(manager, member.user_id);
      if (!organisationIds.every((id) => can(actor, 'invite', { kind: 'organisation', organisationId: id }))) {
        throw Problems.forbidden();
      }
      if (await this.users.setStatus(manager, member.user_id, status)) {
        if (status === 'disabled') await this.sessions.revokeAllOf(manager, member.user_id);
        await this.events.record(manager, {
          type: status === 'disabled' ? 'identity.user.disabled' : 'identity.user.enabled',
          actor,
          context: ctx,
          subjectType: 'user',
          subjectId: member.user_id,
          jurisdiction: null,
          before: { status: member.status },
          after: { status, organisationId },
          payload: { userId: member.user_id, organisationId, status },
        });
      }
      return toMember(await this.read(manager, organisationId, membershipId));
    });
  }

  private async read(manager: EntityManager, organisationId: string, membershipId: string): Promise<MemberRow> {
    const row = await this.memberships.member(manager, organisationId, membershipId);
    if (!row) throw Problems.notFound('membership');
    return row;
  }
}

/** Nobody changes their own role or account here: no self-promotion, no locking oneself out. */
function refuseOwn(actor: AuthenticatedActor, member: MemberRow): void {
  if (member.user_id === actor.userId) throw identityProblem('member_self_change');
}

function toMember(row: MemberRow): Member {
  return {
    membershipId: row.membership_id,
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    locales: row.locales ?? [],
    status: row.status,
    version: row.version,
  };
}
