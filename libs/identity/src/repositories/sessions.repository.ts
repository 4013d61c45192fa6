import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { firstRow, returnedRows } from '@bluecarbon/platform';

export interface RefreshTokenRow {
  user_id: string;
  family_id: string;
  used_at: Date | null;
}

/**
 * Sessions (`auth_session`, one per sign-in) and their refresh tokens (`refresh_token`, a
 * family per session, stored hashed). Every method runs in the caller's transaction.
 */
@Injectable()
export class SessionsRepository {
  async start(manager: EntityManager, userId: string): Promise<string> {
    const session: { id: string } = firstRow(await manager.query(`INSERT INTO auth_session (user_id) VALUES ($1) RETURNING id`, [userId]));
    return session.id;
  }

  async addRefreshToken(manager: EntityManager, userId: string, familyId: string, tokenHash: string, ttlDays: number): Promise<void> {
    await manager.query(
      `INSERT INTO refresh_token (user_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [userId, familyId, tokenHash, ttlDays],
    );
  }

  /**
   * Marks the refresh token used in one statement, so two concurrent uses cannot both
   * succeed; only while it, its account and its session are all still live.
   */
  async claimRefreshToken(manager: EntityManager, tokenHash: string): Promise<{ user_id: string; family_id: string } | null> {
    const claimed = returnedRows<{ user_id: string; family_id: string }>(
      await manager.query(
        `UPDATE refresh_token SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
            AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = user_id AND u.status = 'active')
            AND EXISTS (SELECT 1 FROM auth_session s WHERE s.id = family_id AND s.revoked_at IS NULL)
        RETURNING user_id, family_id`,
        [tokenHash],
      ),
    );
    return claimed.length === 1 ? (claimed[0] ?? null) : null;
  }

  async refreshToken(manager: EntityManager, tokenHash: string, userId?: string): Promise<RefreshTokenRow | null> {
    const [row]: RefreshTokenRow[] = userId
      ? await manager.query(`SELECT user_id, family_id, used_at FROM refresh_token WHERE token_hash = $1 AND user_id = $2`, [tokenHash, userId])
      : await manager.query(`SELECT user_id, family_id, used_at FROM refresh_token WHERE token_hash = $1`, [tokenHash]);
    return row ?? null;
  }

  /** Ends one session and its refresh tokens. */
  async revoke(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [familyId]);
    await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
  }

  /** Ends every session of the user but `keepSessionId` (none kept when omitted); how many ended. */
  async revokeAllOf(manager: EntityManager, userId: string, keepSessionId?: string): Promise<number> {
    const ended = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND id IS DISTINCT FROM $2::uuid AND revoked_at IS NULL RETURNING id`,
        [userId, keepSessionId ?? null],
      ),
    );
    // Tokens of sessions ended earlier are revoked with theirs; these are the ones just ended.
    await manager.query(
      `UPDATE refresh_token SET revoked_at = now() WHERE revoked_at IS NULL AND family_id IN (SELECT id FROM auth_session WHERE user_id = $1 AND id IS DISTINCT FROM $2::uuid)`,
      [userId, keepSessionId ?? null],
    );
    return ended.length;
  }
}
