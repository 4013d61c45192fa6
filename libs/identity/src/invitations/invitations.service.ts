import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, clientNetwork, localizedName, ProblemException, Problems, RefusalAudit, type RequestContext } from '@bluecarbon/platform';
import { AccessService } from '../access/access.service';
import { LoginRateLimiter } from '../auth/login-rate-limiter.service';
import { type ActorContext, type AuthenticatedActor } from '../access/actor';
import { type DomainEvent, DomainEvents } from '../events/domain-events';
import type { AcceptInvitationDto, CreateInvitationDto, InvitationResponse } from '../dto/invitation.dto';
import { Organisation } from '../entities/organisation.entity';
import { IdentitySettings } from '../identity-settings';
import { OrganisationsService } from '../organisations/organisations.service';
import { PasswordHasher } from '../passwords/password-hasher';
import { assertRoleFits } from '../members/role-fit';
import type { Role } from '../access/access-policy';
import { sha256 } from '../secrets';
import { newMailedToken } from '../repositories/mailed-tokens.repository';
import { InvitationsRepository } from '../repositories/invitations.repository';
import { MembershipsRepository } from '../repositories/memberships.repository';
import { UsersRepository } from '../repositories/users.repository';
import { identityProblem } from '../identity-problems';

export const INVITATION_CREATED = 'identity.invitation.created';
export const INVITATION_ACCEPTED = 'identity.invitation.accepted';
/** Mailed again with a new link (the mailer delivers it like a new invitation). */
export const INVITATION_RESENT = 'identity.invitation.resent';

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
    private readonly events: DomainEvents,
    private readonly organisations: OrganisationsService,
    private readonly hasher: PasswordHasher,
    private readonly settings: IdentitySettings,
    private readonly limiter: LoginRateLimiter,
    private readonly refusals: RefusalAudit,
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly memberships: MembershipsRepository,
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
    const { token, tokenHash, expiresAt } = newMailedToken(this.settings.invitationTtlDays * 86_400_000);
    const email = input.email.trim();
    const locale = input.locale ?? 'en';
    const id = await this.invitations.insert(manager, {
      organisationId,
      email,
      role: input.role,
      locales,
      locale,
      tokenHash,
      invitedBy: actor?.userId ?? null,
      expiresAt,
    });
    const invitation = { id, email, role: input.role, locales, locale, expiresAt };
    await this.announce(manager, INVITATION_CREATED, { actor, context: ctx }, organisation, invitation, token);
    return { id, email, role: input.role, organisationId, expiresAt };
  }

  /**
   * Mails a pending (or lapsed) invitation again with a new link, in the invitee's language:
   * the old link stops working, the validity starts over. Whoever may invite into the
   * organisation may resend its invitations; an accepted one is gone (410).
   */
  async resend(ctx: ActorContext, organisationId: string, invitationId: string): Promise<InvitationResponse> {
    const organisation = await this.organisations.get(organisationId);
    await this.access.assert(ctx, 'invite', { kind: 'organisation', organisationId }, organisationId);
    const { token, tokenHash, expiresAt } = newMailedToken(this.settings.invitationTtlDays * 86_400_000);
    return this.dataSource.transaction(async (manager) => {
      // One statement: an accept racing this one either spent the old token first (and this
      // finds nothing to renew) or finds its token replaced.
      const renewed = await this.invitations.renew(manager, organisationId, invitationId, tokenHash, expiresAt);
      if (!renewed) {
        const accepted = await this.invitations.isAccepted(manager, organisationId, invitationId);
        throw accepted === null ? Problems.notFound('invitation') : identityProblem('invitation_used');
      }
      const invitation = { id: renewed.id, email: renewed.email, role: renewed.role, locales: renewed.locales, locale: renewed.locale, expiresAt };
      await this.announce(manager, INVITATION_RESENT, { actor: ctx.actor, context: ctx }, organisation, invitation, token);
      return { id: renewed.id, email: renewed.email, role: renewed.role, organisationId, expiresAt };
    });
  }

  /** Audits the invitation and hands its mail to the outbox (the mailer removes the token once sent). */
  private async announce(
    manager: EntityManager,
    type: typeof INVITATION_CREATED | typeof INVITATION_RESENT,
    source: Pick<DomainEvent, 'actor' | 'context'>,
    organisation: Organisation,
    invitation: { id: string; email: string; role: Role; locales: string[]; locale: string; expiresAt: Date },
    token: string,
  ): Promise<void> {
    const { id, email, role, locales, locale, expiresAt } = invitation;
    const inviter = source.actor ? await this.users.displayName(manager, source.actor.userId) : null;
    const payload: InvitationMailPayload = {
      invitationId: id,
      email,
      locale,
      role,
      organisationName: localizedName(organisation.name, locale),
      inviterName: inviter ?? '',
      expiresAt: expiresAt.toISOString(),
      token,
    };
    await this.events.record(manager, {
      ...source,
      type,
      subjectType: 'invitation',
      subjectId: id,
      jurisdiction: { id: organisation.jurisdictionId, code: organisation.jurisdictionCode },
      after: { organisationId: organisation.id, email, role, locales, locale, expiresAt },
      payload: { ...payload },
    });
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
      // Spent here, in one statement: of two parallel accepts only one gets the row.
      const invitation = await this.invitations.spend(manager, tokenHash);
      if (!invitation) throw (await this.whyNotAcceptable(manager, tokenHash)) ?? identityProblem('invitation_used');
      const existing = await this.users.idByEmail(manager, invitation.email);
      const account = { email: invitation.email, displayName: input.displayName.trim(), passwordHash, locale: invitation.locale };
      // An account made by someone else since the lookup is a lost race: the invitee tries again.
      const userId = existing ?? (await this.users.insertIfEmailFree(manager, account));
      if (!userId) throw Problems.conflict('user');
      await this.memberships.grant(manager, userId, invitation.organisation_id, invitation.role, invitation.locales);
      await this.invitations.setAcceptedUser(manager, invitation.id, userId);
      const accepted = { organisationId: invitation.organisation_id, role: invitation.role, newAccount: !existing };
      await this.events.record(manager, {
        type: INVITATION_ACCEPTED,
        actor: { userId, organisationId: invitation.organisation_id },
        context: ctx,
        subjectType: 'invitation',
        subjectId: invitation.id,
        jurisdiction: null,
        after: accepted,
        payload: { invitationId: invitation.id, userId, ...accepted },
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
    const row = await this.invitations.stateOf(manager, tokenHash);
    if (!row) return identityProblem('invitation_not_found');
    if (row.accepted_at) return identityProblem('invitation_used');
    return row.expired ? identityProblem('invitation_expired') : null;
  }
}
