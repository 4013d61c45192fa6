import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '@bluecarbon/platform';

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
