import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, clientNetwork, Problems, RefusalAudit, type RequestContext } from '@bluecarbon/platform';
import { ActorLoader } from '../access/actor-loader.service';
import type { LoginDto, TokenResponse } from '../dto/auth.dto';
import { IdentitySettings } from '../identity-settings';
import { SecondFactorService } from '../mfa/second-factor.service';
import { PasswordHasher } from '../passwords/password-hasher';
import { sha256 } from '../secrets';
import { SessionsRepository } from '../repositories/sessions.repository';
import { UsersRepository } from '../repositories/users.repository';
import { AccessTokenService } from './access-token.service';
import { LoginRateLimiter } from './login-rate-limiter.service';
import { RefreshTokenService } from './refresh-token.service';
import { identityProblem } from '../identity-problems';
import type { ActorContext } from '../access/actor';
import { type DomainEvent, DomainEvents } from '../events/domain-events';

const LOGGED_IN = 'identity.login.succeeded';
const LOGGED_OUT = 'identity.logout';

/** Sign-in, token refresh and sign-out. Every sign-in attempt is audited, whatever its outcome. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly settings: IdentitySettings,
    private readonly hasher: PasswordHasher,
    private readonly limiter: LoginRateLimiter,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly secondFactor: SecondFactorService,
    private readonly actors: ActorLoader,
    private readonly refusals: RefusalAudit,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
  ) {}

  async login(input: LoginDto, ctx: RequestContext): Promise<TokenResponse> {
    const email = input.email.trim().toLowerCase();
    // Per account and address: an attacker's failures slow down their own address, not the
    // owner signing in from another one.
    const network = clientNetwork(ctx.clientAddress);
    const accountKey = `login:account:${network} ${email}`;
    await this.enforceLimits(`login:ip:${network}`, accountKey, email, ctx);

    const user = await this.users.signInRow(email);
    // Unknown email, no password yet, disabled, wrong password: one answer, one argon2 verify.
    const usable = user && user.status === 'active' ? user.password_hash : null;
    const verified = await this.hasher.verify(usable, input.password);
    if (!verified || !user) {
      await this.recordAttempt(ctx, 'identity.login.failed', user?.id ?? null, { email, reason: 'invalid_credentials' });
      throw identityProblem('invalid_credentials');
    }

    const actor = await this.actors.load(user.id);
    const mfaRequired = this.settings.requiresSecondFactor({ userId: user.id, memberships: actor?.memberships ?? [] });
    const factorKey = `login:second-factor:${user.id}`;
    if (user.totp_enabled_at) {
      if (!input.totpCode && !input.recoveryCode) {
        await this.recordAttempt(ctx, 'identity.login.failed', user.id, { email, reason: 'mfa_required' });
        throw identityProblem('mfa_required', { extensions: { mfaRequired: true } });
      }
      // Per account, whatever the address: only someone who knows the password gets here, so
      // a stranger cannot use it to keep the owner out, and codes cannot be guessed from many
      // addresses (an IPv6 /48 alone is 65,536 networks with fresh attempts each).
      const factor = await this.limiter.admit(factorKey);
      if (!factor.admitted) return this.refuse(ctx, email, 'second_factor', factor.retryAfterSeconds);
    } else if (mfaRequired) {
      // The role needs a second factor this user has not set up: a token that can only enrol one.
      await this.limiter.reset(accountKey);
      // A session of its own (no refresh token), so that signing out ends even this token.
      const sessionId = await this.dataSource.transaction(async (manager) => {
        const started = await this.refreshTokens.startSession(manager, user.id);
        await this.events.record(manager, this.signedIn(ctx, user.id, { email, scope: 'mfa_enrolment' }));
        return started;
      });
      const access = await this.accessTokens.issue(user.id, sessionId, 'mfa_enrolment');
      return { accessToken: access.token, tokenType: 'Bearer', expiresIn: access.expiresIn, refreshToken: null, mfaEnrolmentRequired: true };
    }

    const outcome = await this.dataSource.transaction(async (manager) => {
      const factor = user.totp_enabled_at ? await this.secondFactor.verify(manager, user.id, input) : 'none';
      if (!factor) return null;
      const sessionId = await this.refreshTokens.startSession(manager, user.id);
      const refreshToken = await this.refreshTokens.issue(manager, user.id, sessionId);
      await this.events.record(manager, this.signedIn(ctx, user.id, { email, secondFactor: factor }, actor?.memberships[0]?.organisationId ?? null));
      return { sessionId, refreshToken };
    });
    if (!outcome) {
      await this.recordAttempt(ctx, 'identity.login.failed', user.id, { email, reason: 'invalid_second_factor' });
      throw identityProblem('invalid_second_factor');
    }
    await this.limiter.reset(accountKey);
    if (user.totp_enabled_at) await this.limiter.reset(factorKey);
    const access = await this.accessTokens.issue(user.id, outcome.sessionId);
    return { accessToken: access.token, tokenType: 'Bearer', expiresIn: access.expiresIn, refreshToken: outcome.refreshToken, mfaEnrolmentRequired: false };
  }

  async refresh(refreshToken: string, ctx: RequestContext): Promise<TokenResponse> {
    // The transaction commits a family's revocation before the 401 is thrown.
    const result = await this.dataSource.transaction((manager) => this.refreshTokens.rotate(manager, refreshToken));
    if (result.outcome === 'reused') {
      await this.recordAttempt(ctx, 'identity.refresh.reused', result.userId, { familyId: result.familyId });
    }
    if (result.outcome !== 'rotated') throw identityProblem('invalid_refresh_token');
    // A role that requires a second factor may have come since sign-in: the guard then holds
    // this session to enrolment, and the client must be told, as at sign-in.
    const actor = await this.actors.loadInSession(result.userId, result.familyId);
    const access = await this.accessTokens.issue(result.userId, result.familyId);
    return {
      accessToken: access.token,
      tokenType: 'Bearer',
      expiresIn: access.expiresIn,
      refreshToken: result.token,
      mfaEnrolmentRequired: actor !== null && !actor.hasSecondFactor && this.settings.requiresSecondFactor(actor),
    };
  }

  /**
   * Ends the session of `refreshToken` if it is the caller's: its refresh tokens and the access
   * tokens issued for it stop working at once. Silent otherwise (nothing to learn). Without a
   * refresh token, the caller's own session ends: an enrolment-only sign-in has none.
   */
  async logout(ctx: ActorContext, refreshToken: string | undefined): Promise<void> {
    const { actor } = ctx;
    const { userId } = actor;
    await this.dataSource.transaction(async (manager) => {
      const owner = refreshToken ? await this.sessions.refreshToken(manager, sha256(refreshToken), userId) : { family_id: actor.sessionId };
      if (!owner) return;
      await this.refreshTokens.revokeFamily(manager, owner.family_id);
      await this.events.record(manager, {
        type: LOGGED_OUT,
        actor: { userId, organisationId: null },
        context: ctx,
        subjectType: 'user',
        subjectId: userId,
        jurisdiction: null,
        after: { familyId: owner.family_id },
        payload: { userId },
      });
    });
  }

  /**
   * Counts the attempt before it is evaluated, each in one statement, so that parallel
   * attempts cannot all pass one check; a success resets the account's key, a failure stays
   * counted.
   */
  private async enforceLimits(ipKey: string, accountKey: string, email: string, ctx: RequestContext): Promise<void> {
    const ip = await this.limiter.hit(ipKey);
    if (ip.count > this.settings.rateLimit.perIp) return this.refuse(ctx, email, 'ip', ip.retryAfterSeconds);
    const account = await this.limiter.admit(accountKey);
    if (!account.admitted) return this.refuse(ctx, email, 'account', account.retryAfterSeconds);
  }

  // Throttled attempts are what a flood is made of: their rows keep to the refusal audit's bound.
  private async refuse(ctx: RequestContext, email: string, scope: 'ip' | 'account' | 'second_factor', retryAfterSeconds: number): Promise<never> {
    ctx.markRefusalAudited();
    if (await this.refusals.withinBound(ctx, 429)) await this.recordAttempt(ctx, 'identity.login.rate_limited', null, { email, scope });
    throw Problems.tooManyRequests(retryAfterSeconds);
  }

  /**
   * Failed, throttled and replayed attempts are refusals, not changes: written at once in their
   * own statement (the request fails after), straight to the audit trail and never to the outbox.
   * They name the account they targeted as subject, never as actor.
   */
  private recordAttempt(ctx: RequestContext, action: string, userId: string | null, after: Record<string, unknown>): Promise<void> {
    ctx.markRefusalAudited(); // a refusal that follows is in the trail already, with the account
    return this.audit.record(this.dataSource.manager, { actorId: null, action, subjectType: 'user', subjectId: userId, after, ...ctx.origin });
  }

  /** A sign-in starts a session: a change of the account, audited and announced with it. */
  private signedIn(ctx: RequestContext, userId: string, after: Record<string, unknown>, organisationId: string | null = null): DomainEvent {
    return {
      type: LOGGED_IN,
      actor: { userId, organisationId },
      context: ctx,
      subjectType: 'user',
      subjectId: userId,
      jurisdiction: null,
      after,
      payload: { userId, ...after },
    };
  }
}
