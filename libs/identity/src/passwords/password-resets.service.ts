import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { clientNetwork, Problems } from '@bluecarbon/platform';
import { DomainEvents } from '../events/domain-events';
import { LoginRateLimiter } from '../auth/login-rate-limiter.service';
import { IdentitySettings } from '../identity-settings';
import type { ChangeOrigin } from '../members/members.service';
import { sha256 } from '../secrets';
import { MailedTokensRepository, newMailedToken } from '../repositories/mailed-tokens.repository';
import { SessionsRepository } from '../repositories/sessions.repository';
import { UsersRepository } from '../repositories/users.repository';
import { PasswordHasher } from './password-hasher';
import { PASSWORD_RESET, PASSWORD_RESET_REQUESTED, PASSWORD_RESET_TTL_MINUTES, type PasswordResetMailPayload } from './password-reset-events';
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
    private readonly events: DomainEvents,
    private readonly limiter: LoginRateLimiter,
    private readonly settings: IdentitySettings,
    private readonly hasher: PasswordHasher,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly links: MailedTokensRepository,
  ) {}

  async request(email: string, origin: ChangeOrigin): Promise<void> {
    const address = email.trim().toLowerCase();
    const byNetwork = await this.limiter.hit(`password-reset:ip:${clientNetwork(origin.ip)}`);
    if (byNetwork.count > this.settings.rateLimit.perIp) throw Problems.tooManyRequests(byNetwork.retryAfterSeconds);
    const byAddress = await this.limiter.hit(`password-reset:email:${sha256(address)}`);
    if (byAddress.count > REQUESTS_PER_ADDRESS) throw Problems.tooManyRequests(byAddress.retryAfterSeconds);

    const user = await this.users.activeByEmail(address);
    if (!user) return; // same answer, no mail
    const link = newMailedToken(PASSWORD_RESET_TTL_MINUTES * 60_000);
    const { token, expiresAt } = link;
    await this.dataSource.transaction(async (manager) => {
      await this.links.replace(manager, 'password_reset', user.id, link);
      const payload: PasswordResetMailPayload = {
        userId: user.id,
        email: user.email,
        locale: user.preferred_locale,
        expiresAt: expiresAt.toISOString(),
        token,
      };
      await this.events.record(manager, {
        type: PASSWORD_RESET_REQUESTED,
        actor: null, // whoever asked is anonymous; the account is the subject
        context: { origin },
        subjectType: 'user',
        subjectId: user.id,
        jurisdiction: null,
        after: { expiresAt },
        payload: { ...payload },
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
      const userId = await this.links.spend(manager, 'password_reset', token, { activeOwner: true });
      if (!userId) throw identityProblem('password_reset_invalid', { fieldErrors: [{ field: 'token', rule: 'invalid' }] });
      await this.users.setPassword(manager, userId, hash);
      // Whoever knew the old password may be signed in: they are not any more.
      await this.sessions.revokeAllOf(manager, userId);
      await this.links.dropUnspent(manager, 'password_reset', userId);
      await this.events.record(manager, {
        type: PASSWORD_RESET,
        actor: { userId, organisationId: null },
        context: { origin },
        subjectType: 'user',
        subjectId: userId,
        jurisdiction: null,
        payload: { userId },
      });
    });
  }
}
