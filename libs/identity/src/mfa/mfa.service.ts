import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { AuditService, ProblemException, Problems, returnedRows } from '@bluecarbon/platform';
import { actorFields, type AuthenticatedActor, requestOrigin } from '../access/actor';
import { LoginRateLimiter } from '../auth/login-rate-limiter.service';
import type { DisableMfaDto, RecoveryCodesResponse, TotpEnrolmentResponse } from '../dto/mfa.dto';
import { IdentitySettings } from '../identity-settings';
import { rolesOf } from '../policy/access-policy';
import { SecretBox } from './secret-box';
import { SecondFactorService } from './second-factor.service';
import { matchTotp, newTotpSecret, otpauthUri } from './totp';

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
  ) {}

  /** Starts (or restarts) enrolment: the secret only takes effect once a code confirms it. */
  async start(actor: AuthenticatedActor): Promise<TotpEnrolmentResponse> {
    const secret = newTotpSecret();
    const updated = await this.dataSource.query(
      `UPDATE app_user SET totp_pending_secret = $2, updated_at = now() WHERE id = $1 AND totp_enabled_at IS NULL RETURNING id`,
      [actor.userId, this.box.seal(secret)],
    );
    if (returnedRows(updated).length === 0) throw new ProblemException(409, 'mfa_already_enabled');
    return { secret, otpauthUri: otpauthUri(actor.email, secret) };
  }

  async confirm(actor: AuthenticatedActor, code: string, request: FastifyRequest): Promise<RecoveryCodesResponse> {
    await this.refuseWhenGuessing(actor);
    const codes = await this.dataSource.transaction(async (manager) => {
      const [row]: { totp_pending_secret: string | null; totp_enabled_at: Date | null }[] = await manager.query(
        `SELECT totp_pending_secret, totp_enabled_at FROM app_user WHERE id = $1 FOR UPDATE`,
        [actor.userId],
      );
      const pending = row.totp_pending_secret ? this.box.open(row.totp_pending_secret) : null;
      if (row.totp_enabled_at || !pending) throw new ProblemException(409, 'mfa_not_pending');
      const step = matchTotp(code, pending);
      if (step === null) return null;
      await manager.query(
        `UPDATE app_user SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(),
                totp_last_step = $2, updated_at = now()
          WHERE id = $1`,
        [actor.userId, step],
      );
      const recoveryCodes = await this.secondFactor.replaceRecoveryCodes(manager, actor.userId);
      await this.audit.record(manager, this.entry(actor, 'identity.mfa.enabled', request));
      return recoveryCodes;
    });
    if (!codes) throw new ProblemException(400, 'invalid_second_factor_code');
    await this.limiter.reset(guessKey(actor));
    return { recoveryCodes: codes };
  }

  async disable(actor: AuthenticatedActor, input: DisableMfaDto, request: FastifyRequest): Promise<void> {
    if (rolesOf(actor).some((role) => this.settings.mfaRequiredRoles.has(role))) {
      throw new ProblemException(403, 'mfa_required_for_role');
    }
    await this.refuseWhenGuessing(actor);
    const disabled = await this.dataSource.transaction(async (manager) => {
      const [row]: { totp_enabled_at: Date | null }[] = await manager.query(
        `SELECT totp_enabled_at FROM app_user WHERE id = $1 FOR UPDATE`,
        [actor.userId],
      );
      if (!row.totp_enabled_at) throw new ProblemException(409, 'mfa_not_enabled');
      if (!(await this.secondFactor.verify(manager, actor.userId, input))) return false;
      await manager.query(
        `UPDATE app_user SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, updated_at = now() WHERE id = $1`,
        [actor.userId],
      );
      await manager.query(`DELETE FROM recovery_code WHERE user_id = $1`, [actor.userId]);
      await this.audit.record(manager, this.entry(actor, 'identity.mfa.disabled', request));
      return true;
    });
    if (!disabled) throw new ProblemException(400, 'invalid_second_factor_code');
    await this.limiter.reset(guessKey(actor));
  }

  // Six digits are guessable by brute force: every attempt is counted before its code is
  // checked, in one statement, so parallel guesses cannot all pass one check; a success resets.
  private async refuseWhenGuessing(actor: AuthenticatedActor): Promise<void> {
    const state = await this.limiter.hit(guessKey(actor));
    if (state.count > this.settings.rateLimit.perAccount) throw Problems.tooManyRequests(state.retryAfterSeconds);
  }

  private entry(actor: AuthenticatedActor, action: string, request: FastifyRequest) {
    return { ...actorFields(actor), action, subjectType: 'user', subjectId: actor.userId, ...requestOrigin(request) };
  }
}

const guessKey = (actor: AuthenticatedActor) => `mfa:user:${actor.userId}`;
