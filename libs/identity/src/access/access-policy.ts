// The portal's one access policy, as pure functions: no Nest, no database. The guard asks
// `permits` per route (can this actor ever do this?), services ask `decide`/`can` per record.

export const ROLES = ['admin', 'steward', 'coordinator', 'contributor', 'observer', 'translator', 'reviewer', 'bidder'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['steward', 'jurisdiction', 'international', 'language_team', 'platform', 'buyer'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Roles a member of each kind of organisation may hold (checked on invitation and seeding). */
export const ROLES_BY_ORGANISATION_KIND: Record<OrganisationKind, readonly Role[]> = {
  platform: ['admin'],
  steward: ['steward', 'contributor', 'observer'],
  jurisdiction: ['coordinator', 'contributor'],
  international: ['observer'],
  language_team: ['translator', 'reviewer'],
  buyer: ['bidder'],
};

/** Roles that carry the locales they work in. */
export const LOCALE_ROLES: readonly Role[] = ['translator', 'reviewer'];

export const ACTIONS = [
  'read',
  'create',
  'update',
  'delete',
  'submit', // hand a city's record to the steward for review
  'review', // approve, request changes, reject
  'publish',
  'comment',
  'translate', // write a translation in a locale
  'review_translation',
  'invite', // invite people into an organisation
  'administer', // organisations, users, playbooks: platform admin work
  'read_audit',
  'bid', // place a bid in a credit auction, for one's buyer organisation
] as const;
export type Action = (typeof ACTIONS)[number];

export interface ActorMembership {
  organisationId: string;
  organisationKind: OrganisationKind;
  role: Role;
  /** For a jurisdiction organisation: the stable code (e.g. CN-GD-ENPING) and, once linked, the record id. */
  jurisdictionCode: string | null;
  jurisdictionId: string | null;
  locales: readonly string[];
}

export interface Actor {
  userId: string;
  memberships: readonly ActorMembership[];
}

/**
 * The record an action touches. `jurisdiction*` null means shared material that belongs to
 * no city (methodology versions, playbooks); `organisationId` names the organisation for
 * organisation-level resources (members, invitations).
 */
export interface Resource {
  kind: string;
  jurisdictionId?: string | null;
  jurisdictionCode?: string | null;
  organisationId?: string | null;
  /** Lifecycle state; drafts (and any state not listed as shared) stay inside their jurisdiction. */
  state?: string | null;
  /** For translations: the target locale. */
  locale?: string | null;
}

export type Decision = 'allow' | 'forbidden' | 'not_found';

/**
 * States whose records other partners, ICLEI and translators may read. Anything else,
 * including a state a later module invents and forgets to list, is private: failing closed.
 */
export const SHARED_STATES: ReadonlySet<string> = new Set([
  'submitted',
  'published',
  'approved',
  'validated',
  'registered',
  'crediting',
  'closed',
  'deprecated',
  'active',
  'translated',
  'reviewed',
]);

const WRITES: ReadonlySet<Action> = new Set(['create', 'update', 'delete', 'submit']);

/** What each role may do at all; `decide` narrows it to the record. */
const ROLE_ACTIONS: Record<Role, ReadonlySet<Action>> = {
  admin: new Set(ACTIONS),
  steward: new Set<Action>(['read', 'create', 'update', 'delete', 'review', 'publish', 'comment', 'invite', 'read_audit']),
  coordinator: new Set<Action>(['read', 'create', 'update', 'delete', 'submit', 'comment', 'invite', 'read_audit']),
  contributor: new Set<Action>(['read', 'create', 'update', 'submit', 'comment']),
  observer: new Set<Action>(['read', 'comment']),
  translator: new Set<Action>(['read', 'comment', 'translate']),
  reviewer: new Set<Action>(['read', 'comment', 'translate', 'review_translation']),
  // A buyer's member reads what is shared (registered projects, auctions) and bids; nothing else.
  bidder: new Set<Action>(['read', 'bid']),
};

/** The roles that may do `action` to some record (what a refusal names). */
export function rolesAllowedTo(action: Action): Role[] {
  return (Object.keys(ROLE_ACTIONS) as Role[]).filter((role) => ROLE_ACTIONS[role].has(action));
}

/** Route-level check: does any of the actor's roles allow this action on some record? */
export function permits(actor: Actor, action: Action): boolean {
  return actor.memberships.some((membership) => ROLE_ACTIONS[membership.role].has(action));
}

/** Record-level answer. The most permissive membership wins; invisibility beats refusal. */
export function decide(actor: Actor, action: Action, resource: Resource): Decision {
  if (!isVisible(actor, resource)) return 'not_found';
  return actor.memberships.some((membership) => allows(membership, action, resource)) ? 'allow' : 'forbidden';
}

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  return decide(actor, action, resource) === 'allow';
}

/** May the actor know the record exists? Drafts never leak outside their jurisdiction. */
export function isVisible(actor: Actor, resource: Resource): boolean {
  if (isOrganisationResource(resource)) return true; // organisations are a public directory
  if (resource.state == null || SHARED_STATES.has(resource.state)) return true;
  return actor.memberships.some((membership) => {
    switch (membership.role) {
      case 'admin':
      case 'steward':
        return true; // the steward supports and reviews every city, drafts included
      case 'coordinator':
      case 'contributor':
        return isShared(resource) ? false : ownsJurisdiction(membership, resource);
      case 'translator':
      case 'reviewer':
        // Language teams translate documents before publication, in their locales only.
        return resource.kind === 'translation' && hasLocale(membership, resource.locale);
      case 'observer':
      case 'bidder':
        return false;
    }
  });
}

/**
 * A bidder reads the market, not its participants: auctions, their bids (as the auction shows
 * them), the projects on offer and the published methodologies their credits come from (with the
 * calculator). Sales and the buyer directory would name the other bidders.
 */
const BIDDER_READS: ReadonlySet<string> = new Set(['auction', 'bid', 'project', 'methodology']);

function allows(membership: ActorMembership, action: Action, resource: Resource): boolean {
  if (!ROLE_ACTIONS[membership.role].has(action)) return false;
  if (membership.role === 'bidder' && action === 'read' && !isOrganisationResource(resource)) return BIDDER_READS.has(resource.kind);
  if (action === 'read' || action === 'comment') return true; // visibility was checked already
  if (isOrganisationResource(resource)) return allowsOnOrganisation(membership, action, resource);
  switch (membership.role) {
    case 'admin':
      return true;
    case 'steward':
      // Stewards own the shared model and review everyone's, but never write a city's records.
      if (action === 'review' || action === 'publish') return true;
      if (action === 'read_audit') return true;
      // The steward runs a city's credit auctions with it (issue 11: "a steward or coordinator opens an auction").
      if (resource.kind === 'auction') return WRITES.has(action);
      return WRITES.has(action) && isShared(resource);
    case 'coordinator':
    case 'contributor':
      if (action === 'read_audit') return membership.role === 'coordinator' && ownsJurisdiction(membership, resource);
      return WRITES.has(action) && !isShared(resource) && ownsJurisdiction(membership, resource);
    case 'translator':
    case 'reviewer':
      return resource.kind === 'translation' && hasLocale(membership, resource.locale);
    case 'observer':
      return false;
    case 'bidder':
      return action === 'bid';
  }
}

/** Organisations, their members and invitations: admins everywhere, stewards and coordinators at home. */
function allowsOnOrganisation(membership: ActorMembership, action: Action, resource: Resource): boolean {
  if (membership.role === 'admin') return true;
  const home = resource.organisationId != null && resource.organisationId === membership.organisationId;
  switch (action) {
    case 'invite':
    case 'update':
      return home && (membership.role === 'steward' || membership.role === 'coordinator');
    case 'read_audit':
      return home && (membership.role === 'steward' || membership.role === 'coordinator');
    default:
      return false; // creating or deleting organisations is platform administration
  }
}

function isOrganisationResource(resource: Resource): boolean {
  return resource.kind === 'organisation';
}

function isShared(resource: Resource): boolean {
  return resource.jurisdictionId == null && resource.jurisdictionCode == null;
}

/** Same jurisdiction by linked record id, or by stable code before the record is linked. */
export function ownsJurisdiction(membership: ActorMembership, resource: Resource): boolean {
  if (membership.organisationKind !== 'jurisdiction') return false;
  const byId = membership.jurisdictionId != null && membership.jurisdictionId === resource.jurisdictionId;
  const byCode = membership.jurisdictionCode != null && membership.jurisdictionCode === resource.jurisdictionCode;
  return byId || byCode;
}

function hasLocale(membership: ActorMembership, locale: string | null | undefined): boolean {
  return locale != null && membership.locales.includes(locale);
}

/** Roles among the actor's memberships, e.g. for MFA requirements. */
export function rolesOf(actor: Actor): Role[] {
  return [...new Set(actor.memberships.map((membership) => membership.role))];
}
