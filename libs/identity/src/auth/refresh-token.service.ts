import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IdentitySettings } from '../identity-settings';
import { newOpaqueToken, sha256 } from '../secrets';
import { firstRow, returnedRows } from '@bluecarbon/platform';

export type RotationResult =
  { outcome: 'rotated'; userId: string; familyId: string; token: string } | { outcome: 'reused'; userId: string; familyId: string } | { outcome: 'invalid' };

/**
 * Sessions and their opaque refresh tokens, stored as SHA-256 hashes. A session is one
 * sign-in; its refresh tokens are a family (family_id = the session's id). Each use retires
 * the token and issues the next of the same family; presenting a retired token means it was
 * copied, so the whole session (the thief's and the owner's copies alike) is ended. Access
 * tokens name their session, and the guard refuses them once it has ended.
 */
@Injectable()
export class RefreshTokenService {
  constructor(private readonly settings: IdentitySettings) {}

  /** A new session for a sign-in; its id goes into every access token issued for it. */
  async startSession(manager: EntityManager, userId: string): Promise<string> {
    const session: { id: string } = firstRow(await manager.query(`INSERT INTO auth_session (user_id) VALUES ($1) RETURNING id`, [userId]));
    return session.id;
  }

  async issue(manager: EntityManager, userId: string, familyId: string): Promise<string> {
    const token = newOpaqueToken();
    await manager.query(
      `INSERT INTO refresh_token (user_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [userId, familyId, sha256(token), this.settings.refreshTokenTtlDays],
    );
    return token;
  }

  /** Retires `token` and issues its successor, in the caller's transaction. */
  async rotate(manager: EntityManager, token: string): Promise<RotationResult> {
    const hash = sha256(token);
    // One statement claims the token, so two concurrent uses cannot both succeed. The session
    // decides too, not only the token: a refresh racing the session's end (logout, a new
    // factor) can insert its successor after the end revoked the tokens it could see.
    const claimed = returnedRows<{ user_id: string; family_id: string }>(
      await manager.query(
        `UPDATE refresh_token SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
            AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = user_id AND u.status = 'active')
            AND EXISTS (SELECT 1 FROM auth_session s WHERE s.id = family_id AND s.revoked_at IS NULL)
        RETURNING user_id, family_id`,
        [hash],
      ),
    );
    const [claim] = claimed;
    if (claimed.length === 1 && claim) {
      const { user_id: userId, family_id: familyId } = claim;
      return { outcome: 'rotated', userId, familyId, token: await this.issue(manager, userId, familyId) };
    }
    const [known]: { user_id: string; family_id: string; used_at: Date | null }[] = await manager.query(
      `SELECT user_id, family_id, used_at FROM refresh_token WHERE token_hash = $1`,
      [hash],
    );
    if (known?.used_at) {
      await this.revokeFamily(manager, known.family_id);
      return { outcome: 'reused', userId: known.user_id, familyId: known.family_id };
    }
    return { outcome: 'invalid' };
  }

  /** Ends a session: its refresh tokens and its access tokens stop working at once. */
  async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [familyId]);
    await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
  }

  /** Ends every session of the user but `keepSessionId` (the one making the change). */
  async revokeOtherSessions(manager: EntityManager, userId: string, keepSessionId: string): Promise<number> {
    const ended = returnedRows<{ id: string }>(
      await manager.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL RETURNING id`, [
        userId,
        keepSessionId,
      ]),
    );
    if (ended.length > 0) {
      await manager.query(`UPDATE refresh_token SET revoked_at = now() WHERE family_id = ANY($1::uuid[]) AND revoked_at IS NULL`, [
        ended.map((session) => session.id),
      ]);
    }
    return ended.length;
  }
}
