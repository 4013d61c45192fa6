import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService, clientNetwork, OutboxService, Problems, returnedRows } from '@bluecarbon/platform';
import { LoginRateLimiter } from '../auth/login-rate-limiter.service';
import { IdentitySettings } from '../identity-settings';
import type { ChangeOrigin } from '../members/members.service';
import { newOpaqueToken, sha256 } from '../secrets';
import { PasswordHasher } from './password-hasher';
import { PASSWORD_RESET_REQUESTED, PASSWORD_RESET_TTL_MINUTES, type PasswordResetMailPayload } from './password-reset-events';
import { identityProblem } from '../identity-problems';

// Requests for one address per sign-in window, whether or not it has an account: enough to
// resend a lost mail, too few to flood anyone's inbox.
const REQUESTS_PER_ADDRESS = 3;

/**
 * Forgot-password by mail. Asking answers the same whether or not the address has an account
 * (nobody learns who has one); the link's token is single use, valid 30 minutes and stored
 * hashed; a new one replaces the old. Setting the password ends every session of the account.
 */
@Injectable()
export class PasswordResets {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly limiter: LoginRateLimiter,
    private readonly settings: IdentitySettings,
    private readonly hasher: PasswordHasher,
  ) {}

  async request(email: string, origin: ChangeOrigin): Promise<void> {
    const address = email.trim().toLowerCase();
    const byNetwork = await this.limiter.hit(`password-reset:ip:${clientNetwork(origin.ip)}`);
    if (byNetwork.count > this.settings.rateLimit.perIp) throw Problems.tooManyRequests(byNetwork.retryAfterSeconds);
    const byAddress = await this.limiter.hit(`password-reset:email:${sha256(address)}`);
    if (byAddress.count > REQUESTS_PER_ADDRESS) throw Problems.tooManyRequests(byAddress.retryAfterSeconds);

    const [user]: { id: string; email: string; preferred_locale: string }[] = await this.dataSource.query(
      `SELECT id, email, preferred_locale FROM app_user WHERE lower(email) = $1 AND status = 'active'`,
      [address],
    );
    if (!user) return; // same answer, no mail
    const token = newOpaqueToken();
    const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_MINUTES * 60_000);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM password_reset WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
      await manager.query(`INSERT INTO password_reset (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [user.id, sha256(token), expiresAt]);
      const payload: PasswordResetMailPayload = {
        userId: user.id,
        email: user.email,
        locale: user.preferred_locale,
        expiresAt: expiresAt.toISOString(),
        token,
      };
      await this.outbox.enqueue(manager, PASSWORD_RESET_REQUESTED, { ...payload });
      await this.audit.record(manager, {
        ...origin,
        actorId: null,
        action: PASSWORD_RESET_REQUESTED,
        subjectType: 'user',
        subjectId: user.id,
        after: { expiresAt },
      });
    });
  }

  /** Spends the token and sets the password; every session of the account ends. */
  async reset(token: string, password: string, origin: ChangeOrigin): Promise<void> {
    const byNetwork = await this.limiter.hit(`password-reset:ip:${clientNetwork(origin.ip)}`);
    if (byNetwork.count > this.settings.rateLimit.perIp) throw Problems.tooManyRequests(byNetwork.retryAfterSeconds);
    this.hasher.assertAcceptable(password);
    const hash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const spentRows = returnedRows<{ user_id: string }>(
        await manager.query(
          `UPDATE password_reset SET used_at = now()
            WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
              AND EXISTS (SELECT 1 FROM app_user u WHERE u.id = user_id AND u.status = 'active')
          RETURNING user_id`,
          [sha256(token)],
        ),
      );
      const [spent] = spentRows;
      if (!spent) throw identityProblem('password_reset_invalid', { fieldErrors: [{ field: 'token', rule: 'invalid' }] });
      await manager.query(`UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1`, [spent.user_id, hash]);
      // Whoever knew the old password may be signed in: they are not any more.
      await manager.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [spent.user_id]);
      await manager.query(
        `UPDATE refresh_token SET revoked_at = now() WHERE revoked_at IS NULL AND family_id IN (SELECT id FROM auth_session WHERE user_id = $1)`,
        [spent.user_id],
      );
      await manager.query(`DELETE FROM password_reset WHERE user_id = $1 AND used_at IS NULL`, [spent.user_id]);
      await this.audit.record(manager, {
        ...origin,
        actorId: spent.user_id,
        action: 'identity.password.reset',
        subjectType: 'user',
        subjectId: spent.user_id,
      });
    });
  }
}
