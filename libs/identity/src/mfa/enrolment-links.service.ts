import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, OutboxService, Problems, returnedRows } from '@bluecarbon/platform';
import { type ActorContext, actorFields } from '../access/actor';
import { LoginRateLimiter } from '../auth/login-rate-limiter.service';
import { IdentitySettings } from '../identity-settings';
import { newOpaqueToken, sha256 } from '../secrets';
import { type EnrolmentLinkMailPayload, MFA_ENROLMENT_LINK_SENT } from './mfa-events';

// Each request mails the owner: a few per window let a lost mail be re-sent, no more (a
// stranger who knows the password must not be able to flood the owner's inbox).
const LINKS_PER_WINDOW = 3;

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
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly settings: IdentitySettings,
    private readonly limiter: LoginRateLimiter,
  ) {}

  /** Mails a new link (the previous unspent ones stop working); 429 past a few per window. */
  async send(ctx: ActorContext): Promise<void> {
    const { actor } = ctx;
    const state = await this.limiter.hit(`mfa:link:${actor.userId}`);
    if (state.count > LINKS_PER_WINDOW) throw Problems.tooManyRequests(state.retryAfterSeconds);
    const token = newOpaqueToken();
    const expiresAt = new Date(Date.now() + this.settings.mfaEnrolmentLinkTtlMinutes * 60_000);
    await this.dataSource.transaction(async (manager) => {
      // Unspent ones only: a spent link authorised the enrolment its owner may be confirming
      // now, and whoever else knows the password must not be able to cancel that.
      await manager.query(`DELETE FROM mfa_enrolment_link WHERE user_id = $1 AND used_at IS NULL`, [actor.userId]);
      await manager.query(`INSERT INTO mfa_enrolment_link (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [actor.userId, sha256(token), expiresAt]);
      const payload: EnrolmentLinkMailPayload = {
        userId: actor.userId,
        email: actor.email,
        locale: actor.preferredLocale,
        expiresAt: expiresAt.toISOString(),
        token,
      };
      await this.outbox.enqueue(manager, MFA_ENROLMENT_LINK_SENT, { ...payload });
      await this.audit.record(manager, {
        ...actorFields(actor),
        ...ctx.origin,
        action: MFA_ENROLMENT_LINK_SENT,
        subjectType: 'user',
        subjectId: actor.userId,
        after: { expiresAt },
      });
    });
  }

  /** Whether the user has spent a link (kept until the sweep, a day past its end). */
  async spentBy(manager: EntityManager, userId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM mfa_enrolment_link WHERE user_id = $1 AND used_at IS NOT NULL`, [userId]);
    return rows.length > 0;
  }

  /** Spends the user's link in the caller's transaction: false if unknown, someone else's, used or expired. */
  async consume(manager: EntityManager, userId: string, token: string): Promise<boolean> {
    const used = returnedRows(
      await manager.query(
        `UPDATE mfa_enrolment_link SET used_at = now()
          WHERE token_hash = $1 AND user_id = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING id`,
        [sha256(token), userId],
      ),
    );
    return used.length === 1;
  }
}
