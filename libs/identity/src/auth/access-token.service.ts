import { createSecretKey, type KeyObject, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { IdentitySettings } from '../identity-settings';

// One algorithm, named: a token whose header says `none`, RS256 or anything else is refused
// before its signature is even looked at (the classic algorithm-confusion attacks).
const ALGORITHMS = ['HS256'];
// The session id is looked up as a uuid: anything else would be a database error, not a 401.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the API trusts from a verified access token. */
export interface AccessClaims {
  userId: string;
  /** `mfa_enrolment`: the user must set up a second factor before anything else. */
  scope: 'full' | 'mfa_enrolment';
  /** The sign-in it belongs to: the guard refuses the token once that session has ended. */
  sessionId: string;
  expiresAt: Date;
}

@Injectable()
export class AccessTokenService {
  /** Made once: given the secret's bytes, jose would build a new KeyObject on every verification. */
  private readonly key: KeyObject;

  constructor(private readonly settings: IdentitySettings) {
    this.key = createSecretKey(settings.jwtKey);
  }

  async issue(userId: string, sessionId: string, scope: AccessClaims['scope'] = 'full'): Promise<{ token: string; expiresIn: number }> {
    const expiresIn = this.settings.accessTokenTtlSeconds;
    const token = await new SignJWT({ scope, sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt()
      .setExpirationTime(`${expiresIn}s`)
      .setJti(randomUUID())
      .sign(this.key);
    return { token, expiresIn };
  }

  /** Returns the claims, or null for any token that is not ours, not for us, or expired. */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ALGORITHMS,
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        requiredClaims: ['sub', 'exp', 'iat', 'sid'],
      });
      const scope = payload.scope === 'mfa_enrolment' ? 'mfa_enrolment' : payload.scope === 'full' ? 'full' : null;
      const sessionId = typeof payload.sid === 'string' && UUID.test(payload.sid) ? payload.sid : null;
      if (!payload.sub || !UUID.test(payload.sub) || !scope || !sessionId) return null;
      return { userId: payload.sub, scope, sessionId, expiresAt: new Date((payload.exp ?? 0) * 1000) };
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
      throw error;
    }
  }
}
