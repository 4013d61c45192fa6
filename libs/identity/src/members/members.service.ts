import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, Problems, returnedRows } from '@bluecarbon/platform';
import { type ActorContext, actorFields, type AuthenticatedActor } from '../access/actor';
import { can, LOCALE_ROLES, type OrganisationKind, type Role } from '../access/access-policy';
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

interface MemberRow {
  membership_id: string;
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  locales: string[];
  status: 'active' | 'disabled';
  version: number;
  kind: OrganisationKind;
}

const MEMBER_COLUMNS = `m.id AS membership_id, m.user_id, u.email, u.display_name, m.role, m.locales, u.status, m.version, o.kind`;

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
    private readonly audit: AuditService,
  ) {}

  async list(organisationId: string): Promise<Member[]> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS}
         FROM membership m JOIN app_user u ON u.id = m.user_id JOIN organisation o ON o.id = m.organisation_id
        WHERE m.organisation_id = $1
        ORDER BY lower(u.email), m.role`,
      [organisationId],
    );
    return rows.map(toMember);
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
    const { actor, origin } = ctx;
    return this.dataSource.transaction(async (manager) => {
      const before = await this.read(manager, organisationId, membershipId);
      refuseOwn(actor, before);
      const role = changes.role ?? before.role;
      // A role change away from a language role drops its locales unless new ones are given.
      const locales = changes.locales ?? (LOCALE_ROLES.includes(role) ? before.locales : []);
      assertRoleFits(before.kind, role, locales);
      const updated = returnedRows<{ id: string }>(
        await manager.query(
          `UPDATE membership SET role = $3, locales = $4, version = version + 1
            WHERE id = $1 AND version = $2
              AND NOT EXISTS (SELECT 1 FROM membership o WHERE o.user_id = membership.user_id
                                 AND o.organisation_id = membership.organisation_id AND o.role = $3 AND o.id <> membership.id)
          RETURNING id`,
          [membershipId, expectedVersion, role, locales],
        ),
      );
      if (updated.length === 0) {
        // Read again: a write that committed since our first read is a lost race (412), not a clash.
        const current = await this.read(manager, organisationId, membershipId);
        if (current.version !== expectedVersion) throw Problems.preconditionFailed('membership', current.version);
        throw Problems.conflict('membership'); // the person holds that role here already
      }
      const after = await this.read(manager, organisationId, membershipId);
      await this.audit.record(manager, {
        ...actorFields(actor),
        ...origin,
        action: 'identity.membership.updated',
        subjectType: 'membership',
        subjectId: membershipId,
        before: { role: before.role, locales: before.locales },
        after: { role: after.role, locales: after.locales, userId: after.user_id, organisationId },
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
    const { actor, origin } = ctx;
    return this.dataSource.transaction(async (manager) => {
      const member = await this.read(manager, organisationId, membershipId);
      refuseOwn(actor, member);
      const organisations: { organisation_id: string }[] = await manager.query(`SELECT organisation_id FROM membership WHERE user_id = $1`, [member.user_id]);
      if (!organisations.every((row) => can(actor, 'invite', { kind: 'organisation', organisationId: row.organisation_id }))) {
        throw Problems.forbidden();
      }
      const changed = returnedRows<{ id: string }>(
        await manager.query(`UPDATE app_user SET status = $2, version = version + 1, updated_at = now() WHERE id = $1 AND status <> $2 RETURNING id`, [
          member.user_id,
          status,
        ]),
      );
      if (changed.length > 0) {
        if (status === 'disabled') {
          await manager.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [member.user_id]);
          await manager.query(
            `UPDATE refresh_token SET revoked_at = now()
              WHERE revoked_at IS NULL AND family_id IN (SELECT id FROM auth_session WHERE user_id = $1)`,
            [member.user_id],
          );
        }
        await this.audit.record(manager, {
          ...actorFields(actor),
          ...origin,
          action: status === 'disabled' ? 'identity.user.disabled' : 'identity.user.enabled',
          subjectType: 'user',
          subjectId: member.user_id,
          before: { status: member.status },
          after: { status, organisationId },
        });
      }
      return toMember(await this.read(manager, organisationId, membershipId));
    });
  }

  private async read(manager: EntityManager, organisationId: string, membershipId: string): Promise<MemberRow> {
    const [row]: MemberRow[] = await manager.query(
      `SELECT ${MEMBER_COLUMNS}
         FROM membership m JOIN app_user u ON u.id = m.user_id JOIN organisation o ON o.id = m.organisation_id
        WHERE m.id = $1 AND m.organisation_id = $2`,
      [membershipId, organisationId],
    );
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
