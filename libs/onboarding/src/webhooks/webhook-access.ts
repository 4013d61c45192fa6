import type { Actor, ActorMembership, Decision } from '@bluecarbon/identity';

/** Members who speak for their organisation's integrations; contributors and language teams do not. */
const SUBSCRIBER_ROLES: ReadonlySet<string> = new Set(['admin', 'steward', 'coordinator', 'observer']);

/** The membership through which the actor manages the organisation's webhooks, if any. */
export function subscriberMembership(actor: Actor, organisationId: string): ActorMembership | undefined {
  return actor.memberships.find(
    (membership) => membership.organisationId === organisationId && SUBSCRIBER_ROLES.has(membership.role) && membership.organisationKind !== 'language_team',
  );
}

/** Organisations whose subscriptions the actor may list. */
export function subscriberOrganisations(actor: Actor): string[] {
  return actor.memberships.filter((membership) => SUBSCRIBER_ROLES.has(membership.role)).map((membership) => membership.organisationId);
}

/**
 * Subscriptions belong to an organisation: only its subscribing members manage them. Someone
 * else subscribing it is refused (403); someone else's subscription does not exist for them (404).
 */
export function decideWebhook(actor: Actor, organisationId: string, refusal: 'forbidden' | 'not_found'): Decision {
  return subscriberMembership(actor, organisationId) ? 'allow' : refusal;
}
