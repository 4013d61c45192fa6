import { type Actor, type ActorMembership, can, type Decision, ownsJurisdiction } from '@bluecarbon/identity';
import type { StepOwnerRole, StepReviewerRole } from '../domain/playbook-definition';

/** A partner's records as the policy sees them: by stable code and, once linked, by id. */
export interface PartnerRef {
  jurisdictionId: string;
  jurisdictionCode: string;
}

export type StepCommand = 'submit' | 'review' | 'waive';

const resourceOf = (partner: PartnerRef) => ({ kind: 'onboarding_case', jurisdictionId: partner.jurisdictionId, jurisdictionCode: partner.jurisdictionCode });
const isOwn = (membership: ActorMembership, partner: PartnerRef) => ownsJurisdiction(membership, resourceOf(partner));

/**
 * Who may see a partner's onboarding (its application, case, steps, evidence, comments).
 * Narrower than identity's draft rule in one way and wider in another: a case is never
 * public to other partners (Enping does not see Niterói's), but following every partner's
 * progress is exactly what the steward and ICLEI (observers) are there for.
 */
export function canSeeOnboarding(actor: Actor, partner: PartnerRef): boolean {
  return actor.memberships.some((membership) => {
    switch (membership.role) {
      case 'admin':
      case 'steward':
      case 'observer':
        return true;
      case 'coordinator':
      case 'contributor':
        return isOwn(membership, partner);
      default:
        return false;
    }
  });
}

/** Everyone who follows all partners (overview, applications, every case). */
export function seesAllPartners(actor: Actor): boolean {
  return actor.memberships.some((membership) => ['admin', 'steward', 'observer'].includes(membership.role));
}

/**
 * Whether the actor may take a step command. Identity's policy decides the action on the
 * partner's record (a city submits its own, a steward reviews anyone's, observers write
 * nothing); the step narrows it to its owner or reviewer role.
 */
export function decideStepCommand(
  actor: Actor,
  command: StepCommand,
  partner: PartnerRef,
  step: { ownerRole: StepOwnerRole; reviewerRole: StepReviewerRole },
): Decision {
  if (!canSeeOnboarding(actor, partner)) return 'not_found';
  const roles = new Set(actor.memberships.map((membership) => membership.role));
  switch (command) {
    case 'submit': {
      // A coordinator may do whatever a contributor may; a coordinator-owned step is theirs alone.
      const ownerRoles = step.ownerRole === 'contributor' ? ['coordinator', 'contributor'] : ['coordinator'];
      const ownerSide = actor.memberships.some((membership) => ownerRoles.includes(membership.role) && isOwn(membership, partner));
      return ownerSide && can(actor, 'submit', resourceOf(partner)) ? 'allow' : 'forbidden';
    }
    case 'review': {
      const reviewerRoles = step.reviewerRole === 'admin' ? ['admin'] : ['steward', 'admin'];
      return reviewerRoles.some((role) => roles.has(role as never)) && can(actor, 'review', resourceOf(partner)) ? 'allow' : 'forbidden';
    }
    case 'waive':
      return (roles.has('steward') || roles.has('admin')) && can(actor, 'review', resourceOf(partner)) ? 'allow' : 'forbidden';
  }
}

/** The owner side (a coordinator or contributor of the partner) may add evidence. */
export function canAddEvidence(actor: Actor, partner: PartnerRef): boolean {
  return actor.memberships.some((membership) => (membership.role === 'coordinator' || membership.role === 'contributor') && isOwn(membership, partner));
}
