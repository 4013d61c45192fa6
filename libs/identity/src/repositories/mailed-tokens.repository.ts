import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '@bluecarbon/platform';
import { newOpaqueToken, sha256 } from '../secrets';

/**
 * The tables of one-time links mailed to an account's own address (a password reset, a
 * second-factor enrolment link): the same columns, the same life. Only the hash is stored;
 * a new link replaces the unspent ones; a link is spent once, before it expires.
 */
export type MailedTokenTable = 'password_reset' | 'mfa_enrolment_link';

/** A fresh one-time token: the plain value goes into the mail only, the hash into the table. */
export interface MailedToken {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

export function newMailedToken(ttlMs: number): MailedToken {
  const token = newOpaqueToken();
  return { token, tokenHash: sha256(token), expiresAt: new Date(Date.now() + ttlMs) };
}

/** Who may spend a link: its owner, signed in (`userId`), or anyone holding it whose account is still active. */
export type SpendCondition = { userId: string } | { activeOwner: true };

@Injectable()
export class MailedTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores the link's hash for the user; their unspent links stop working. */
  async replace(manager: EntityManager, table: MailedTokenTable, userId: string, link: MailedToken): Promise<void> {
    await this.dropUnspent(manager, table, userId);
    await manager.query(`INSERT INTO ${table} (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [userId, link.tokenHash, link.expiresAt]);
  }

  /** Marks the link used in one statement (of two parallel uses only one wins); its owner, or null. */
  async spend(manager: EntityManager, table: MailedTokenTable, token: string, condition: SpendCondition): Promise<string | null> {
    const owner =
      'userId' in condition
        ? { sql: `AND user_id = $2`, params: [condition.userId] }
        : { sql: `AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = user_id AND u.status = 'active')`, params: [] };
    const spent = returnedRows<{ user_id: string }>(
      await manager.query(
        `UPDATE ${table} SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() ${owner.sql}
        RETURNING user_id`,
        [sha256(token), ...owner.params],
      ),
    );
    return spent[0]?.user_id ?? null;
  }

  async dropUnspent(manager: EntityManager, table: MailedTokenTable, userId: string): Promise<void> {
    await manager.query(`DELETE FROM ${table} WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  async spentBy(manager: EntityManager, table: MailedTokenTable, userId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM ${table} WHERE user_id = $1 AND used_at IS NOT NULL`, [userId]);
    return rows.length > 0;
  }

  /**
   * Deletes links whose validity ended more than `retention` (a Postgres interval) ago, spent
   * or not: a link is spent before it expires, so its end is the later of the two. How many.
   */
  async sweep(table: MailedTokenTable, retention: string): Promise<number> {
    const rows = returnedRows(await this.dataSource.query(`DELETE FROM ${table} WHERE expires_at < now() - $1::interval RETURNING id`, [retention]));
    return rows.length;
  }
}
