import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, firstRow, OutboxService, Problems, returnedRows } from '@bluecarbon/platform';
import { type ActorContext, actorFields, type AuthenticatedActor } from '../access/actor';
import { LoginRateLimiter } from '../auth/login-rate-limiter.service';
import { RefreshTokenService } from '../auth/refresh-token.service';
import type { DisableMfaDto, RecoveryCodesResponse, TotpEnrolmentResponse } from '../dto/mfa.dto';
import { IdentitySettings } from '../identity-settings';
import { EnrolmentLinks } from './enrolment-links.service';
import { MFA_ENABLED, type MfaEnabledMailPayload } from './mfa-events';
import { SecretBox } from './secret-box';
import { SecondFactorService } from './second-factor.service';
import { matchTotp, newTotpSecret, otpauthUri } from './totp';
import { identityProblem } from '../identity-problems';

/** Enrolling, confirming and removing a TOTP second factor for the signed-in user. */
@Injectable()
export class MfaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly settings: IdentitySettings,
    private readonly secondFactor: SecondFactorService,
    private readonly limiter: LoginRateLimiter,
    private readonly box: SecretBox,
    private readonly links: EnrolmentLinks,
    private readonly refreshTokens: RefreshTokenService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Starts (or restarts) enrolment: the secret only takes effect once a code confirms it.
   * Where enrolment goes by mailed link and the role requires a factor, a call without the
   * link's token mails one and answers 403; the token is spent here, once.
   */
  async start(ctx: ActorContext, enrolmentToken: string | undefined): Promise<TotpEnrolmentResponse> {
    const { actor } = ctx;
    if (!enrolmentToken && this.linkRequired(actor) && !(await this.hasFactor(actor))) {
      await this.links.send(ctx);
      throw identityProblem('mfa_enrolment_link_sent');
    }
    const secret = newTotpSecret();
    await this.dataSource.transaction(async (manager) => {
      if (enrolmentToken && !(await this.links.consume(manager, actor.userId, enrolmentToken))) {
        throw identityProblem('mfa_enrolment_link_invalid', { fieldErrors: [{ field: 'enrolmentToken', rule: 'invalid' }] });
      }
      const updated = returnedRows(
        await manager.query(`UPDATE app_user SET totp_pending_secret = $2, updated_at = now() WHERE id = $1 AND totp_enabled_at IS NULL RETURNING id`, [
          actor.userId,
          this.box.seal(secret),
        ]),
      );
      // Thrown inside the transaction: the link stays unspent.
      if (updated.length === 0) throw identityProblem('mfa_already_enabled');
    });
    return { secret, otpauthUri: otpauthUri(actor.email, secret) };
  }

  async confirm(ctx: ActorContext, code: string): Promise<RecoveryCodesResponse> {
    const { actor } = ctx;
    await this.refuseWhenGuessing(actor);
    const codes = await this.dataSource.transaction(async (manager) => {
      const row: { totp_pending_secret: string | null; totp_enabled_at: Date | null } = firstRow(
        await manager.query(`SELECT totp_pending_secret, totp_enabled_at FROM app_user WHERE id = $1 FOR UPDATE`, [actor.userId]),
      );
      const pending = row.totp_pending_secret ? this.box.open(row.totp_pending_secret) : null;
      if (row.totp_enabled_at || !pending) throw identityProblem('mfa_not_pending');
      // A secret started before the role required a link (then promoted) was never authorised by one.
      if (this.linkRequired(actor) && !(await this.links.spentBy(manager, actor.userId))) throw identityProblem('mfa_not_pending');
      const step = matchTotp(code, pending);
      if (step === null) return null;
      await manager.query(
        `UPDATE app_user SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(),
                totp_last_step = $2, updated_at = now()
          WHERE id = $1`,
        [actor.userId, step],
      );
      const recoveryCodes = await this.secondFactor.replaceRecoveryCodes(manager, actor.userId);
      // Sessions signed in by password alone end here: whoever held one (a thief of the
      // password, say) must now pass the new factor. The enrolling session stays signed in.
      const endedSessions = await this.refreshTokens.revokeOtherSessions(manager, actor.userId, actor.sessionId);
      await this.audit.record(manager, { ...this.entry(ctx, MFA_ENABLED), after: { endedSessions } });
      const notice: MfaEnabledMailPayload = { userId: actor.userId, email: actor.email, locale: actor.preferredLocale, enabledAt: new Date().toISOString() };
      await this.outbox.enqueue(manager, MFA_ENABLED, { ...notice });
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
      const row: { totp_enabled_at: Date | null } = firstRow(
        await manager.query(`SELECT totp_enabled_at FROM app_user WHERE id = $1 FOR UPDATE`, [actor.userId]),
      );
      if (!row.totp_enabled_at) throw identityProblem('mfa_not_enabled');
      if (!(await this.secondFactor.verify(manager, actor.userId, input))) return false;
      await manager.query(`UPDATE app_user SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, updated_at = now() WHERE id = $1`, [
        actor.userId,
      ]);
      await manager.query(`DELETE FROM recovery_code WHERE user_id = $1`, [actor.userId]);
      await this.audit.record(manager, this.entry(ctx, 'identity.mfa.disabled'));
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

  private async hasFactor(actor: AuthenticatedActor): Promise<boolean> {
    const [row]: { totp_enabled_at: Date | null }[] = await this.dataSource.query(`SELECT totp_enabled_at FROM app_user WHERE id = $1`, [actor.userId]);
    return Boolean(row?.totp_enabled_at);
  }

  // Six digits are guessable by brute force: every attempt is counted before its code is
  // checked, in one statement, so parallel guesses cannot all pass one check; a success resets.
  private async refuseWhenGuessing(actor: AuthenticatedActor): Promise<void> {
    const state = await this.limiter.hit(guessKey(actor));
    if (state.count > this.settings.rateLimit.perAccount) throw Problems.tooManyRequests(state.retryAfterSeconds);
  }

  private entry(ctx: ActorContext, action: string) {
    const { actor } = ctx;
    return { ...actorFields(actor), action, subjectType: 'user', subjectId: actor.userId, ...ctx.origin };
  }
}

const guessKey = (actor: AuthenticatedActor) => `mfa:user:${actor.userId}`;
