import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { sha256 } from '../secrets';
import { SecretBox } from './secret-box';
import { matchTotp, newRecoveryCodes, normaliseRecoveryCode } from './totp';
import { returnedRows } from '@bluecarbon/platform';

export interface SecondFactorInput {
  totpCode?: string;
  recoveryCode?: string;
}

/** Checks and consumes second factors. Everything runs in the caller's transaction. */
@Injectable()
export class SecondFactorService {
  constructor(private readonly box: SecretBox) {}

  /**
   * True if the code is valid and was not used before. A TOTP code's time step is recorded
   * in the same statement that checks it is newer than the last one, so a code seen by an
   * eavesdropper cannot be replayed, not even by two requests at once.
   */
  async verify(manager: EntityManager, userId: string, input: SecondFactorInput): Promise<'totp' | 'recovery' | null> {
    if (input.totpCode) {
      const [row]: { totp_secret: string | null }[] = await manager.query(`SELECT totp_secret FROM app_user WHERE id = $1`, [userId]);
      const secret = row?.totp_secret ? this.box.open(row.totp_secret) : null;
      const step = secret ? matchTotp(input.totpCode, secret) : null;
      if (step !== null && (await this.claimStep(manager, userId, step))) return 'totp';
      return null;
    }
    if (input.recoveryCode) {
      const used = returnedRows(
        await manager.query(
          `UPDATE recovery_code SET used_at = now()
            WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
          RETURNING id`,
          [userId, sha256(normaliseRecoveryCode(input.recoveryCode))],
        ),
      );
      return used.length === 1 ? 'recovery' : null;
    }
    return null;
  }

  async claimStep(manager: EntityManager, userId: string, step: number): Promise<boolean> {
    const claimed = returnedRows(
      await manager.query(
        `UPDATE app_user SET totp_last_step = $2
          WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)
        RETURNING id`,
        [userId, step],
      ),
    );
    return claimed.length === 1;
  }

  /** Replaces the user's recovery codes; the plain codes are returned once and never stored. */
  async replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await manager.query(`DELETE FROM recovery_code WHERE user_id = $1`, [userId]);
    for (const code of codes) {
      await manager.query(`INSERT INTO recovery_code (user_id, code_hash) VALUES ($1, $2)`, [userId, sha256(normaliseRecoveryCode(code))]);
    }
    return codes;
  }
}
