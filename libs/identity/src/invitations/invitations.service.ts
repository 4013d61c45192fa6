import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AuditService,
  clientNetwork,
  firstRow,
  insertedId,
  localizedName,
  OutboxService,
  ProblemException,
  Problems,
  RefusalAudit,
  type RequestContext,
  returnedRows,
} from '@bluecarbon/platform';
import { AccessService } from '../access/access.service';
import { LoginRateLimiter } from '../auth/login-rate-limiter.service';
import { type ActorContext, actorFields, type AuthenticatedActor } from '../access/actor';
import type { AcceptInvitationDto, CreateInvitationDto, InvitationResponse } from '../dto/invitation.dto';
import { Invitation } from '../entities/invitation.entity';
import { Organisation } from '../entities/organisation.entity';
import { IdentitySettings } from '../identity-settings';
import { OrganisationsService } from '../organisations/organisations.service';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertRoleFits } from '../members/role-fit';
import type { Role } from '../access/access-policy';
import { newOpaqueToken, sha256 } from '../secrets';
import { identityProblem } from '../identity-problems';

export const INVITATION_CREATED = 'identity.invitation.created';

/** Who is invited, as the HTTP body or another module states it. */
export interface InvitationInput {
  email: string;
  role: Role;
  /** Working locales, for translators and reviewers only. */
  locales?: string[];
  /** Language of the mail and of the new account; `en` if omitted. */
  locale?: string;
}

export interface InvitationMailPayload {
  invitationId: string;
  email: string;
  locale: string;
  role: string;
  organisationName: string;
  inviterName: string;
  expiresAt: string;
  /** Removed from the stored event once the mail is sent. */
  token?: string;
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly organisations: OrganisationsService,
    private readonly hasher: PasswordHasher,
    private readonly settings: IdentitySettings,
    private readonly limiter: LoginRateLimiter,
    private readonly refusals: RefusalAudit,
  ) {}

  async invite(ctx: ActorContext, organisationId: string, input: CreateInvitationDto): Promise<InvitationResponse> {
    const { actor } = ctx;
    await this.organisations.get(organisationId);
    await this.access.assert(ctx, 'invite', { kind: 'organisation', organisationId }, organisationId);
    return this.dataSource.transaction((manager) => this.inviteWithin(manager, actor, organisationId, input, ctx));
  }

  /**
   * Invites someone into an organisation inside the caller's transaction: the HTTP invite
   * above, or another module's workflow (onboarding invites an accepted partner's coordinator),
   * which has authorised it under its own rule. `actor` null is the system. Identity's rules
   * (roles by organisation kind, locales for language roles), token, mail event and audit are
   * the same either way.
   */
  async inviteWithin(
    manager: EntityManager,
    actor: AuthenticatedActor | null,
    organisationId: string,
    input: InvitationInput,
    ctx?: RequestContext,
  ): Promise<InvitationResponse> {
    const organisation = await manager.findOneBy(Organisation, { id: organisationId });
    if (!organisation) throw Problems.notFound('organisation');
    const locales = input.locales ?? [];
    assertRoleFits(organisation.kind, input.role, locales);
    const token = newOpaqueToken();
    const expiresAt = new Date(Date.now() + this.settings.invitationTtlDays * 86_400_000);
    const email = input.email.trim();
    const locale = input.locale ?? 'en';
    const inserted = await manager.insert(Invitation, {
      organisationId,
      email,
      role: input.role,
      locales,
      locale,
      tokenHash: sha256(token),
      invitedBy: actor?.userId ?? null,
      expiresAt,
    });
    const id = insertedId(inserted);
    const [inviter]: { display_name: string }[] = actor ? await manager.query(`SELECT display_name FROM app_user WHERE id = $1`, [actor.userId]) : [];
    const payload: InvitationMailPayload = {
      invitationId: id,
      email,
      locale,
      role: input.role,
      organisationName: localizedName(organisation.name, locale),
      inviterName: inviter?.display_name ?? '',
      expiresAt: expiresAt.toISOString(),
      token,
    };
    await this.outbox.enqueue(manager, INVITATION_CREATED, { ...payload });
    await this.audit.record(manager, {
      ...(actor ? actorFields(actor) : {}),
      ...ctx?.origin,
      action: 'identity.invitation.created',
      subjectType: 'invitation',
      subjectId: id,
      jurisdictionId: organisation.jurisdictionId,
      after: { organisationId, email, role: input.role, locales, locale, expiresAt },
    });
    return { id, email, role: input.role, organisationId, expiresAt };
  }

  /**
   * Consumes the token and makes the invitee a member. A new account gets the password; an
   * existing one keeps its own (the token proves control of the mailbox, not of the account).
   */
  async accept(input: AcceptInvitationDto, ctx: RequestContext): Promise<{ userId: string; organisationId: string; role: string }> {
    await this.throttle(ctx);
    // The token first: an unknown, used or expired one must not cost an argon2 hash.
    const tokenHash = sha256(input.token);
    const refusal = await this.whyNotAcceptable(this.dataSource.manager, tokenHash);
    if (refusal) throw refusal;
    this.hasher.assertAcceptable(input.password);
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      // Consumed here, in one statement: of two parallel accepts only one gets the row.
      const [invitation] = returnedRows<{ id: string; organisation_id: string; email: string; role: string; locales: string[]; locale: string }>(
        await manager.query(
          `UPDATE invitation SET accepted_at = now()
            WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now()
          RETURNING id, organisation_id, email, role, locales, locale`,
          [tokenHash],
        ),
      );
      if (!invitation) throw (await this.whyNotAcceptable(manager, tokenHash)) ?? identityProblem('invitation_used');
      const [existing]: { id: string }[] = await manager.query(`SELECT id FROM app_user WHERE lower(email) = lower($1)`, [invitation.email]);
      let userId = existing?.id;
      if (!userId) {
        const created: { id: string } = firstRow(
          await manager.query(`INSERT INTO app_user (email, display_name, password_hash, preferred_locale) VALUES ($1, $2, $3, $4) RETURNING id`, [
            invitation.email,
            input.displayName.trim(),
            passwordHash,
            invitation.locale,
          ]),
        );
        userId = created.id;
      }
      await manager.query(
        `INSERT INTO membership (user_id, organisation_id, role, locales) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, organisation_id, role) DO UPDATE SET locales = EXCLUDED.locales, version = membership.version + 1`,
        [userId, invitation.organisation_id, invitation.role, invitation.locales],
      );
      await manager.query(`UPDATE invitation SET accepted_user_id = $2 WHERE id = $1`, [invitation.id, userId]);
      await this.audit.record(manager, {
        actorId: userId,
        actorOrganisationId: invitation.organisation_id,
        action: 'identity.invitation.accepted',
        subjectType: 'invitation',
        subjectId: invitation.id,
        after: { organisationId: invitation.organisation_id, role: invitation.role, newAccount: !existing },
        ...ctx.origin,
      });
      return { userId, organisationId: invitation.organisation_id, role: invitation.role };
    });
  }

  /**
   * The public accept route is counted per address like sign-in (same window and limit, its
   * own counter), so that nobody can make the API try tokens or hash passwords without end.
   */
  private async throttle(ctx: RequestContext): Promise<void> {
    const state = await this.limiter.hit(`invitation-accept:ip:${clientNetwork(ctx.clientAddress)}`);
    if (state.count <= this.settings.rateLimit.perIp) return;
    // The refusal is audited here, with its own action, within the refusal audit's bound.
    ctx.markRefusalAudited();
    if (await this.refusals.withinBound(ctx, 429)) {
      await this.audit.record(this.dataSource.manager, {
        action: 'identity.invitation.rate_limited',
        subjectType: 'invitation',
        subjectId: null,
        ...ctx.origin,
      });
    }
    throw Problems.tooManyRequests(state.retryAfterSeconds);
  }

  /** Used or expired: 410 Gone (the link was real once); never issued: 404; null while acceptable. */
  private async whyNotAcceptable(manager: EntityManager, tokenHash: string): Promise<ProblemException | null> {
    const [row]: { accepted_at: Date | null; expired: boolean }[] = await manager.query(
      `SELECT accepted_at, expires_at <= now() AS expired FROM invitation WHERE token_hash = $1`,
      [tokenHash],
    );
    if (!row) return identityProblem('invitation_not_found');
    if (row.accepted_at) return identityProblem('invitation_used');
    return row.expired ? identityProblem('invitation_expired') : null;
  }
}
