import { type Actor, decide, type Decision, ownsJurisdiction, type Resource } from '@bluecarbon/identity';

/**
 * The auctions' rules on top of identity's policy (which says who may `bid` at all): a bid is
 * placed for a buyer organisation, so only its members bid (an admin, allowed everything by
 * the policy, is refused here); and only the steward, admins and the lot's own city see who
 * bid. Everyone else sees a bidder's number in the auction, never its name.
 */
export function decideBid(actor: Actor, resource: Resource): Decision {
  const decision = decide(actor, 'bid', resource);
  if (decision !== 'allow') return decision;
  // Whoever sees every bidder and the sealed prices (the steward, the lot's city) may not also bid:
  // a coordinator invited as a buyer's contact would bid knowing the others' prices.
  if (seesBidders(actor, { jurisdictionId: resource.jurisdictionId ?? null, jurisdictionCode: resource.jurisdictionCode ?? '' })) return 'forbidden';
  return bidderOrganisations(actor).length ? 'allow' : 'forbidden';
}

/** The buyer organisations the actor bids for. */
export function bidderOrganisations(actor: Actor): string[] {
  return actor.memberships.filter((membership) => membership.role === 'bidder' && membership.organisationKind === 'buyer').map((m) => m.organisationId);
}

export function seesBidders(actor: Actor, auction: { jurisdictionId: string | null; jurisdictionCode: string }): boolean {
  const resource: Resource = { kind: 'auction', jurisdictionId: auction.jurisdictionId, jurisdictionCode: auction.jurisdictionCode };
  return actor.memberships.some(
    (membership) =>
      membership.role === 'admin' ||
      membership.role === 'steward' ||
      ((membership.role === 'coordinator' || membership.role === 'contributor') && ownsJurisdiction(membership, resource)),
  );
}
