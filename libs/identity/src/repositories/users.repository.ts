import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type LocalizedText, preparedStatement, queryPrepared, returnedRows } from '@bluecarbon/platform';
import type { OrganisationKind, Role } from '../access/access-policy';

export type AccountStatus = 'active' | 'disabled';

/** What sign-in needs to decide: the password, whether the account works, whether it has a second factor. */
export interface SignInRow {
  id: string;
  password_hash: string | null;
  status: string;
  totp_enabled_at: Date | null;
}

export interface MailableUserRow {
  id: string;
  email: string;
  preferred_locale: string;
}

/** An active account with one of its memberships per row (none: one row of nulls). */
export interface ActorRow {
  id: string;
  email: string;
  preferred_locale: string;
  organisation_id: string | null;
  kind: OrganisationKind | null;
  role: Role | null;
  locales: string[] | null;
  jurisdiction_code: string | null;
  jurisdiction_id: string | null;
  has_second_factor: boolean;
}

/** The signed-in user's own view (`me`), with one of their memberships per row (none: one row of nulls). */
export interface MeRow {
  id: string;
  email: string;
  display_name: string;
  preferred_locale: string;
  time_zone: string | null;
  mfa_enabled: boolean;
  version: number;
  role: Role | null;
  locales: string[] | null;
  organisation_id: string | null;
  kind: OrganisationKind | null;
  name: LocalizedText | null;
  jurisdiction_code: string | null;
  jurisdiction_id: string | null;
  organisation_version: number | null;
}

// Every signed-in request runs one of the first two, and `me` the third: prepared statements.
const ACTOR_COLUMNS = `SELECT u.id, u.email, u.preferred_locale, m.organisation_id, o.kind, m.role, m.locales,
              o.jurisdiction_code, o.jurisdiction_id, u.totp_enabled_at IS NOT NULL AS has_second_factor
         FROM app_user u
         LEFT JOIN membership m ON m.user_id = u.id
         LEFT JOIN organisation o ON o.id = m.organisation_id
        WHERE u.id = $1 AND u.status = 'active'`;
const ACTOR = preparedStatement('identity_actor', ACTOR_COLUMNS);
const ACTOR_IN_SESSION = preparedStatement(
  'identity_actor_in_session',
  `${ACTOR_COLUMNS} AND EXISTS (SELECT 1 FROM auth_session s WHERE s.id = $2 AND s.user_id = u.id AND s.revoked_at IS NULL)`,
);
const ME = preparedStatement(
  'identity_me',
  `SELECT u.id, u.email, u.display_name, u.preferred_locale, u.time_zone, u.totp_enabled_at IS NOT NULL AS mfa_enabled, u.version,
          m.role, m.locales, o.id AS organisation_id, o.kind, o.name, o.jurisdiction_code, o.jurisdiction_id, o.version AS organisation_version
     FROM app_user u
     LEFT JOIN membership m ON m.user_id = u.id
     LEFT JOIN organisation o ON o.id = m.organisation_id
    WHERE u.id = $1
    ORDER BY m.created_at, m.id`,
);

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  /** The account's language; the column's default (`en`) when omitted. */
  locale?: string;
}

/** Accounts (`app_user`): found by e-mail (case-insensitive, as the unique index compares them). */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The account and its memberships, if it is active (and, given `sessionId`, that session is
   * live: one primary-key lookup in the same query, so a sign-out holds on every replica).
   */
  actorRows(manager: EntityManager, userId: string, sessionId: string | null): Promise<ActorRow[]> {
    return sessionId ? queryPrepared(manager, ACTOR_IN_SESSION, [userId, sessionId]) : queryPrepared(manager, ACTOR, [userId]);
  }

  /** The user (any status: the caller is signed in) and their memberships, oldest first; no row when the user does not exist. */
  meRows(userId: string): Promise<MeRow[]> {
    return queryPrepared(this.dataSource.manager, ME, [userId]);
  }

  async signInRow(email: string): Promise<SignInRow | null> {
    const [row]: SignInRow[] = await this.dataSource.query(`SELECT id, password_hash, status, totp_enabled_at FROM app_user WHERE lower(email) = lower($1)`, [
      email,
    ]);
    return row ?? null;
  }

  async activeByEmail(email: string): Promise<MailableUserRow | null> {
    const [row]: MailableUserRow[] = await this.dataSource.query(
      `SELECT id, email, preferred_locale FROM app_user WHERE lower(email) = lower($1) AND status = 'active'`,
      [email],
    );
    return row ?? null;
  }

  async idByEmail(manager: EntityManager, email: string): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(`SELECT id FROM app_user WHERE lower(email) = lower($1)`, [email]);
    return row?.id ?? null;
  }

  async displayName(manager: EntityManager, userId: string): Promise<string | null> {
    const [row]: { display_name: string }[] = await manager.query(`SELECT display_name FROM app_user WHERE id = $1`, [userId]);
    return row?.display_name ?? null;
  }

  /** The new account's id, or null when the e-mail has one already (the unique index decides, also against a concurrent insert). */
  async insertIfEmailFree(manager: EntityManager, user: NewUser): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO app_user (email, display_name, password_hash, preferred_locale) VALUES ($1, $2, $3, COALESCE($4, 'en'))
       ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
      [user.email, user.displayName, user.passwordHash, user.locale ?? null],
    );
    return row?.id ?? null;
  }

  async setPassword(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
  }

  /** False when the account already had that status (nothing changed). */
  async setStatus(manager: EntityManager, userId: string, status: AccountStatus): Promise<boolean> {
    const changed = returnedRows(
      await manager.query(`UPDATE app_user SET status = $2, version = version + 1, updated_at = now() WHERE id = $1 AND status <> $2 RETURNING id`, [
        userId,
        status,
      ]),
    );
    return changed.length > 0;
  }
}
