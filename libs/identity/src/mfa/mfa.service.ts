import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Problems } from '@bluecarbon/platform';
import { SecondFactorsRepository } from '../repositories/second-factors.repository';
import { type ActorContext, type AuthenticatedActor } from '../access/actor';
import { DomainEvents } from '../events/domain-events';
import { LoginRateLimiter } from '../auth/login-rate-limiter.service';
import { RefreshTokenService } from '../auth/refresh-token.service';
import type { DisableMfaDto, RecoveryCodesResponse, TotpEnrolmentResponse } from '../dto/mfa.dto';
import { IdentitySettings } from '../identity-settings';
import { EnrolmentLinks } from './enrolment-links.service';
import { MFA_DISABLED, MFA_ENABLED, type MfaEnabledMailPayload } from './mfa-events';
import { SecretBox } from './secret-box';
import { SecondFactorService } from './second-factor.service';
import { matchTotp, newTotpSecret, otpauthUri } from './totp';
import { identityProblem } from '../identity-problems';

/** Enrolling, confirming and removing a TOTP second factor for the signed-in user. */
@Injectable()
export class MfaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly settings: IdentitySettings,
    private readonly secondFactor: SecondFactorService,
    private readonly limiter: LoginRateLimiter,
    private readonly box: SecretBox,
    private readonly links: EnrolmentLinks,
    private readonly refreshTokens: RefreshTokenService,
    private readonly factors: SecondFactorsRepository,
  ) {}

  /**
   * Starts (or restarts) enrolment: the secret only takes effect once a code confirms it.
   * Where enrolment goes by mailed link and the role requires a factor, a call without the
   * link's token mails one and answers 403; the token is spent here, once.
   */
  async start(ctx: ActorContext, enrolmentToken: string | undefined): Promise<TotpEnrolmentResponse> {
    const { actor } = ctx;
    if (!enrolmentToken && this.linkRequired(actor) && !(await this.factors.hasTotp(actor.userId))) {
      await this.links.send(ctx);
      throw identityProblem('mfa_enrolment_link_sent');
    }
    const secret = newTotpSecret();
    await this.dataSource.transaction(async (manager) => {
      if (enrolmentToken && !(await this.links.consume(manager, actor.userId, enrolmentToken))) {
        throw identityProblem('mfa_enrolment_link_invalid', { fieldErrors: [{ field: 'enrolmentToken', rule: 'invalid' }] });
      }
      // Thrown inside the transaction: the link stays unspent.
      if (!(await this.factors.setPending(manager, actor.userId, this.box.seal(secret)))) throw identityProblem('mfa_already_enabled');
    });
    return { secret, otpauthUri: otpauthUri(actor.email, secret) };
  }

  async confirm(ctx: ActorContext, code: string): Promise<RecoveryCodesResponse> {
    const { actor } = ctx;
    await this.refuseWhenGuessing(actor);
    const codes = await this.dataSource.transaction(async (manager) => {
      const row = await this.factors.lockTotpState(manager, actor.userId);
      const pending = row.totp_pending_secret ? this.box.open(row.totp_pending_secret) : null;
      if (row.totp_enabled_at || !pending) throw identityProblem('mfa_not_pending');
      // A secret started before the role required a link (then promoted) was never authorised by one.
      if (this.linkRequired(actor) && !(await this.links.spentBy(manager, actor.userId))) throw identityProblem('mfa_not_pending');
      const step = matchTotp(code, pending);
      if (step === null) return null;
      await this.factors.enablePending(manager, actor.userId, step);
      const recoveryCodes = await this.secondFactor.replaceRecoveryCodes(manager, actor.userId);
      // Sessions signed in by password alone end here: whoever held one (a thief of the
      // password, say) must now pass the new factor. The enrolling session stays signed in.
      const endedSessions = await this.refreshTokens.revokeOtherSessions(manager, actor.userId, actor.sessionId);
      const notice: MfaEnabledMailPayload = { userId: actor.userId, email: actor.email, locale: actor.preferredLocale, enabledAt: new Date().toISOString() };
      await this.events.record(manager, { ...this.change(ctx, MFA_ENABLED), after: { endedSessions }, payload: { ...notice } });
      return recoveryCodes;
    });
    if (!codes) throw identityProblem('invalid_second_factor_code');
    await this.limiter.reset(guessKey(actor));
    return { recoveryCodes: codes };
  }

  async disable(ctx: ActorContext, input: DisableMfaDto): Promise<void> {
    const { actor } = ctx;
    if (this.roleRequiresMfa(actor)) {
      throw identityProblem('mfa_required_for_role');
    }
    await this.refuseWhenGuessing(actor);
    const disabled = await this.dataSource.transaction(async (manager) => {
      const row = await this.factors.lockTotpState(manager, actor.userId);
      if (!row.totp_enabled_at) throw identityProblem('mfa_not_enabled');
      if (!(await this.secondFactor.verify(manager, actor.userId, input))) return false;
      await this.factors.remove(manager, actor.userId);
      await this.events.record(manager, { ...this.change(ctx, MFA_DISABLED), payload: { userId: actor.userId } });
      return true;
    });
    if (!disabled) throw identityProblem('invalid_second_factor_code');
    await this.limiter.reset(guessKey(actor));
  }

  private roleRequiresMfa(actor: AuthenticatedActor): boolean {
    return this.settings.requiresSecondFactor(actor);
  }

  private linkRequired(actor: AuthenticatedActor): boolean {
    return this.settings.mfaEnrolmentByLink && this.roleRequiresMfa(actor);
  }

  // Six digits are guessable by brute force: every attempt is counted before its code is
  // checked, in one statement, so parallel guesses cannot all pass one check; a success resets.
  private async refuseWhenGuessing(actor: AuthenticatedActor): Promise<void> {
    const state = await this.limiter.hit(guessKey(actor));
    if (state.count > this.settings.rateLimit.perAccount) throw Problems.tooManyRequests(state.retryAfterSeconds);
  }

  private change(ctx: ActorContext, type: string) {
    return { type, actor: ctx.actor, context: ctx, subjectType: 'user', subjectId: ctx.actor.userId, jurisdiction: null };
  }
}

const guessKey = (actor: AuthenticatedActor) => `mfa:user:${actor.userId}`;
