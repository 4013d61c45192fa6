import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '@bluecarbon/platform';
import type { OrganisationKind, Role } from '../access/access-policy';
import type { AccountStatus } from './users.repository';

/** A membership with its person and the kind of its organisation, as the members pages show it. */
export interface MemberRow {
  membership_id: string;
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  locales: string[];
  status: AccountStatus;
  version: number;
  kind: OrganisationKind;
}

const MEMBER_SELECT = `SELECT m.id AS membership_id, m.user_id, u.email, u.display_name, m.role, m.locales, u.status, m.version, o.kind
  FROM membership m JOIN app_user u ON u.id = m.user_id JOIN organisation o ON o.id = m.organisation_id`;

/** Who belongs to which organisation, in which role (`membership`). */
@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(organisationId: string): Promise<MemberRow[]> {
    return this.dataSource.query(`${MEMBER_SELECT} WHERE m.organisation_id = $1 ORDER BY lower(u.email), m.role`, [organisationId]);
  }

  async member(manager: EntityManager, organisationId: string, membershipId: string): Promise<MemberRow | null> {
    const [row]: MemberRow[] = await manager.query(`${MEMBER_SELECT} WHERE m.id = $1 AND m.organisation_id = $2`, [membershipId, organisationId]);
    return row ?? null;
  }

  /**
   * Sets role and locales if the version still matches and the person does not hold that role
   * in the organisation already (one statement: the check and the write cannot be split).
   */
  async updateRole(manager: EntityManager, membershipId: string, expectedVersion: number, role: Role, locales: string[]): Promise<boolean> {
    const updated = returnedRows(
      await manager.query(
        `UPDATE membership SET role = $3, locales = $4, version = version + 1
          WHERE id = $1 AND version = $2
            AND NOT EXISTS (SELECT 1 FROM membership o WHERE o.user_id = membership.user_id
                               AND o.organisation_id = membership.organisation_id AND o.role = $3 AND o.id <> membership.id)
        RETURNING id`,
        [membershipId, expectedVersion, role, locales],
      ),
    );
    return updated.length > 0;
  }

  async organisationIdsOf(manager: EntityManager, userId: string): Promise<string[]> {
    const rows: { organisation_id: string }[] = await manager.query(`SELECT organisation_id FROM membership WHERE user_id = $1`, [userId]);
    return rows.map((row) => row.organisation_id);
  }

  /** Gives the person the role in the organisation; holding it already, its locales are replaced. */
  async grant(manager: EntityManager, userId: string, organisationId: string, role: Role, locales: string[] = []): Promise<void> {
    await manager.query(
      `INSERT INTO membership (user_id, organisation_id, role, locales) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, organisation_id, role) DO UPDATE SET locales = EXCLUDED.locales, version = membership.version + 1`,
      [userId, organisationId, role, locales],
    );
  }
}
