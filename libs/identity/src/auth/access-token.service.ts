import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { IdentitySettings } from '../identity-settings';

// One algorithm, named: a token whose header says `none`, RS256 or anything else is refused
// before its signature is even looked at (the classic algorithm-confusion attacks).
const ALGORITHMS = ['HS256'];

/** What the API trusts from a verified access token. */
export interface AccessClaims {
  userId: string;
  /** `mfa_enrolment`: the user must set up a second factor before anything else. */
  scope: 'full' | 'mfa_enrolment';
  expiresAt: Date;
}

@Injectable()
export class AccessTokenService {
  constructor(private readonly settings: IdentitySettings) {}

  async issue(userId: string, scope: AccessClaims['scope'] = 'full'): Promise<{ token: string; expiresIn: number }> {
    const expiresIn = this.settings.accessTokenTtlSeconds;
    const token = await new SignJWT({ scope })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt()
      .setExpirationTime(`${expiresIn}s`)
      .setJti(randomUUID())
      .sign(this.settings.jwtKey);
    return { token, expiresIn };
  }

  /** Returns the claims, or null for any token that is not ours, not for us, or expired. */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.settings.jwtKey, {
        algorithms: ALGORITHMS,
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      const scope = payload.scope === 'mfa_enrolment' ? 'mfa_enrolment' : payload.scope === 'full' ? 'full' : null;
      if (!payload.sub || !scope) return null;
      return { userId: payload.sub, scope, expiresAt: new Date((payload.exp ?? 0) * 1000) };
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
      throw error;
    }
  }
}
