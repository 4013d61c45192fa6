import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Problems } from '@bluecarbon/platform';
import { type ActorContext } from '../access/actor';
import { DomainEvents } from '../events/domain-events';
import { LoginRateLimiter } from '../auth/login-rate-limiter.service';
import { IdentitySettings } from '../identity-settings';
import { MailedTokensRepository, newMailedToken } from '../repositories/mailed-tokens.repository';
import { type EnrolmentLinkMailPayload, MFA_ENROLMENT_LINK_SENT } from './mfa-events';

// Each request mails the owner: a few per window let a lost mail be re-sent, no more (a
// stranger who knows the password must not be able to flood the owner's inbox).
const LINKS_PER_WINDOW = 3;
const TABLE = 'mfa_enrolment_link';

/**
 * Single-use, short-lived links mailed to the account's address that authorise enrolling a
 * second factor. Where a role requires one, a password alone must not be enough to enrol
 * (whoever knows it would enrol their own authenticator and own the account): the link adds
 * control of the mailbox, and its mail tells the owner that someone is enrolling.
 */
@Injectable()
export class EnrolmentLinks {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: DomainEvents,
    private readonly settings: IdentitySettings,
    private readonly limiter: LoginRateLimiter,
    private readonly links: MailedTokensRepository,
  ) {}

  /** Mails a new link (the previous unspent ones stop working); 429 past a few per window. */
  async send(ctx: ActorContext): Promise<void> {
    const { actor } = ctx;
    const state = await this.limiter.hit(`mfa:link:${actor.userId}`);
    if (state.count > LINKS_PER_WINDOW) throw Problems.tooManyRequests(state.retryAfterSeconds);
    const link = newMailedToken(this.settings.mfaEnrolmentLinkTtlMinutes * 60_000);
    const { token, expiresAt } = link;
    await this.dataSource.transaction(async (manager) => {
      // Replaces unspent ones only: a spent link authorised the enrolment its owner may be
      // confirming now, and whoever else knows the password must not be able to cancel that.
      await this.links.replace(manager, TABLE, actor.userId, link);
      const payload: EnrolmentLinkMailPayload = {
        userId: actor.userId,
        email: actor.email,
        locale: actor.preferredLocale,
        expiresAt: expiresAt.toISOString(),
        token,
      };
      await this.events.record(manager, {
        type: MFA_ENROLMENT_LINK_SENT,
        actor,
        context: ctx,
        subjectType: 'user',
        subjectId: actor.userId,
        jurisdiction: null,
        after: { expiresAt },
        payload: { ...payload },
      });
    });
  }

  /** Whether the user has spent a link (kept until the sweep, a day past its end). */
  spentBy(manager: EntityManager, userId: string): Promise<boolean> {
    return this.links.spentBy(manager, TABLE, userId);
  }

  /** Spends the user's link in the caller's transaction: false if unknown, someone else's, used or expired. */
  async consume(manager: EntityManager, userId: string, token: string): Promise<boolean> {
    return (await this.links.spend(manager, TABLE, token, { userId })) !== null;
  }
}
