import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService, OutboxService } from '@bluecarbon/platform';
import { actorFields, type AuthenticatedActor } from '../access/actor';

/**
 * Someone known by id who is not (yet) a signed-in caller: an invitee accepting, the owner of a
 * password-reset link. The organisation is the one the audit entry files them under.
 */
export interface ActingUser {
  userId: string;
  organisationId: string | null;
}

export interface DomainEvent {
  /** Dotted name, both the audit action and the outbox event type (`onboarding.step.approved`). */
  type: string;
  /** Null for the system itself (jobs, seeds, the command line) and anonymous callers (a public application). */
  actor: AuthenticatedActor | ActingUser | null;
  /** Where the change was asked for (a `RequestContext`, or `{ origin: { requestId: 'cli' } }`), for the audit entry. */
  context?: { origin: { requestId: string; ip?: string } };
  subjectType: string;
  subjectId: string;
  /** The city whose record it is; null for shared material (methodologies, glossary). */
  jurisdiction: { id: string | null; code: string | null } | null;
  before?: object | null;
  after?: object | null;
  /** What webhook subscribers (and mailers) receive, besides the city, the actor and the time. */
  payload: Record<string, unknown>;
  /** Keeps the actor out of the announced event (a bid: subscribers never learn the bidder); the audit entry still names them. */
  unannouncedActor?: boolean;
}

/**
 * A domain change is audited and announced through the outbox in the caller's transaction:
 * both exist if and only if the change committed. Every feature module records its changes
 * through this one place, so audit entries and events carry the same fields everywhere.
 */
@Injectable()
export class DomainEvents {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async record(manager: EntityManager, event: DomainEvent): Promise<void> {
    await this.audit.record(manager, {
      ...auditActor(event.actor),
      ...event.context?.origin,
      action: event.type,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      jurisdictionId: event.jurisdiction?.id ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
    });
    await this.outbox.enqueue(manager, event.type, {
      ...event.payload,
      jurisdictionId: event.jurisdiction?.id ?? null,
      jurisdictionCode: event.jurisdiction?.code ?? null,
      actorId: event.unannouncedActor ? null : (event.actor?.userId ?? null),
      occurredAt: new Date().toISOString(),
    });
  }
}

function auditActor(actor: DomainEvent['actor']): { actorId?: string; actorOrganisationId?: string | null } {
  if (!actor) return {};
  return 'memberships' in actor ? actorFields(actor) : { actorId: actor.userId, actorOrganisationId: actor.organisationId };
}
