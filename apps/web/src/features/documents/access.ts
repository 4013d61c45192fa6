import type { Me } from '../../api/me';

type Membership = Me['memberships'][number];
type DocumentRef = { jurisdictionCode: string | null };

/** A city's own people (coordinator, contributor) write its documents; stewards and admins the shared ones (the API's policy). */
export function canEditDocument(me: Me, document: DocumentRef): boolean {
  return me.memberships.some((membership) => {
    if (membership.role === 'admin') return true;
    if (membership.role === 'steward') return document.jurisdictionCode === null;
    return isCityWriter(membership) && membership.organisation.jurisdictionCode === document.jurisdictionCode;
  });
}

/** Publishing is the steward's (and an admin's) decision, for every city. */
export function canPublish(me: Me): boolean {
  return me.memberships.some((membership) => membership.role === 'admin' || membership.role === 'steward');
}

export interface JurisdictionChoice {
  /** null: shared material (methodology, playbooks), owned by no city. */
  code: string | null;
  organisation: Membership['organisation'] | null;
}

/** Where the user may create a document: their own cities, and shared material for stewards and admins. */
export function creatableJurisdictions(me: Me): JurisdictionChoice[] {
  const choices: JurisdictionChoice[] = [];
  for (const membership of me.memberships) {
    const code = membership.organisation.jurisdictionCode;
    if (isCityWriter(membership) && code && !choices.some((choice) => choice.code === code)) choices.push({ code, organisation: membership.organisation });
  }
  if (me.memberships.some((membership) => membership.role === 'admin' || membership.role === 'steward')) choices.push({ code: null, organisation: null });
  return choices;
}

function isCityWriter(membership: Membership): boolean {
  return (membership.role === 'coordinator' || membership.role === 'contributor') && membership.organisation.kind === 'jurisdiction';
}

const DOCUMENT_ROLES: readonly string[] = ['admin', 'steward', 'coordinator', 'contributor', 'observer'];

/** Who finds Documents in the navigation (language teams reach theirs through the translation queue). */
export function worksWithDocuments(me: Me): boolean {
  return me.memberships.some((membership) => DOCUMENT_ROLES.includes(membership.role));
}
