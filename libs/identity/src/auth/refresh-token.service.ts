import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IdentitySettings } from '../identity-settings';
import { newOpaqueToken, sha256 } from '../secrets';
import { SessionsRepository } from '../repositories/sessions.repository';

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
  constructor(
    private readonly settings: IdentitySettings,
    private readonly sessions: SessionsRepository,
  ) {}

  /** A new session for a sign-in; its id goes into every access token issued for it. */
  startSession(manager: EntityManager, userId: string): Promise<string> {
    return this.sessions.start(manager, userId);
  }

  async issue(manager: EntityManager, userId: string, familyId: string): Promise<string> {
    const token = newOpaqueToken();
    await this.sessions.addRefreshToken(manager, userId, familyId, sha256(token), this.settings.refreshTokenTtlDays);
    return token;
  }

  /** Retires `token` and issues its successor, in the caller's transaction. */
  async rotate(manager: EntityManager, token: string): Promise<RotationResult> {
    const hash = sha256(token);
    // One statement claims the token, so two concurrent uses cannot both succeed. The session
    // decides too, not only the token: a refresh racing the session's end (logout, a new
    // factor) can insert its successor after the end revoked the tokens it could see.
    const claim = await this.sessions.claimRefreshToken(manager, hash);
    if (claim) {
      const { user_id: userId, family_id: familyId } = claim;
      return { outcome: 'rotated', userId, familyId, token: await this.issue(manager, userId, familyId) };
    }
    const known = await this.sessions.refreshToken(manager, hash);
    if (known?.used_at) {
      await this.revokeFamily(manager, known.family_id);
      return { outcome: 'reused', userId: known.user_id, familyId: known.family_id };
    }
    return { outcome: 'invalid' };
  }

  /** Ends a session: its refresh tokens and its access tokens stop working at once. */
  revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    return this.sessions.revoke(manager, familyId);
  }

  /** Ends every session of the user but `keepSessionId` (the one making the change). */
  revokeOtherSessions(manager: EntityManager, userId: string, keepSessionId: string): Promise<number> {
    return this.sessions.revokeAllOf(manager, userId, keepSessionId);
  }
}
