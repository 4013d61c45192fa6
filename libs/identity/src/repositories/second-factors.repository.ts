import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { firstRow, returnedRows } from '@bluecarbon/platform';

/** The account's TOTP columns (secrets sealed by `SecretBox`), read with the row locked. */
export interface TotpStateRow {
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled_at: Date | null;
}

/** TOTP secrets on `app_user` and the hashed single-use recovery codes. */
@Injectable()
export class SecondFactorsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hasTotp(userId: string): Promise<boolean> {
    const [row]: { totp_enabled_at: Date | null }[] = await this.dataSource.query(`SELECT totp_enabled_at FROM app_user WHERE id = $1`, [userId]);
    return Boolean(row?.totp_enabled_at);
  }

  async totpSecret(manager: EntityManager, userId: string): Promise<string | null> {
    const [row]: { totp_secret: string | null }[] = await manager.query(`SELECT totp_secret FROM app_user WHERE id = $1`, [userId]);
    return row?.totp_secret ?? null;
  }

  /** Locks the account row for the rest of the caller's transaction: one enrolment change at a time. */
  async lockTotpState(manager: EntityManager, userId: string): Promise<TotpStateRow> {
    return firstRow(await manager.query(`SELECT totp_secret, totp_pending_secret, totp_enabled_at FROM app_user WHERE id = $1 FOR UPDATE`, [userId]));
  }

  /** Stores a pending secret unless a factor is enabled already (then false). */
  async setPending(manager: EntityManager, userId: string, sealedSecret: string): Promise<boolean> {
    const updated = returnedRows(
      await manager.query(`UPDATE app_user SET totp_pending_secret = $2, updated_at = now() WHERE id = $1 AND totp_enabled_at IS NULL RETURNING id`, [
        userId,
        sealedSecret,
      ]),
    );
    return updated.length > 0;
  }

  /** The pending secret becomes the factor; `step` is the time step of the code that confirmed it. */
  async enablePending(manager: EntityManager, userId: string, step: number): Promise<void> {
    await manager.query(
      `UPDATE app_user SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(),
              totp_last_step = $2, updated_at = now()
        WHERE id = $1`,
      [userId, step],
    );
  }

  /** Removes the factor and its recovery codes. */
  async remove(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE app_user SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, updated_at = now() WHERE id = $1`, [
      userId,
    ]);
    await manager.query(`DELETE FROM recovery_code WHERE user_id = $1`, [userId]);
  }

  /** Records `step` as used if it is newer than the last one, in one statement (no replay, not even in parallel). */
  async claimStep(manager: EntityManager, userId: string, step: number): Promise<boolean> {
    const claimed = returnedRows(
      await manager.query(`UPDATE app_user SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`, [
        userId,
        step,
      ]),
    );
    return claimed.length === 1;
  }

  async spendRecoveryCode(manager: EntityManager, userId: string, codeHash: string): Promise<boolean> {
    const used = returnedRows(
      await manager.query(`UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`, [
        userId,
        codeHash,
      ]),
    );
    return used.length === 1;
  }

  async replaceRecoveryCodes(manager: EntityManager, userId: string, codeHashes: string[]): Promise<void> {
    await manager.query(`DELETE FROM recovery_code WHERE user_id = $1`, [userId]);
    for (const codeHash of codeHashes) await manager.query(`INSERT INTO recovery_code (user_id, code_hash) VALUES ($1, $2)`, [userId, codeHash]);
  }
}
