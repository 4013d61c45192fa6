import type { Actor, Resource } from '@bluecarbon/identity';
import type { MethodologyAdaptation } from './entities/methodology-adaptation.entity';
import type { MethodologyVersionRow } from './entities/methodology-version.entity';

/**
 * What the identity policy needs to know about our records. Templates and versions are shared
 * material of no city (stewards write them; drafts stay with the stewards); an adaptation is
 * its jurisdiction's record, private until submitted.
 */
export const templateResource = (): Resource => ({ kind: 'methodology', jurisdictionId: null, jurisdictionCode: null });

export const versionResource = (row: Pick<MethodologyVersionRow, 'status'>): Resource => ({
  kind: 'methodology',
  jurisdictionId: null,
  jurisdictionCode: null,
  state: row.status,
});

export const adaptationResource = (row: Pick<MethodologyAdaptation, 'jurisdictionId' | 'jurisdictionCode' | 'status'>): Resource => ({
  kind: 'adaptation',
  jurisdictionId: row.jurisdictionId,
  jurisdictionCode: row.jurisdictionCode,
  state: row.status,
});

/** Admins and stewards see every city's drafts (the policy's rule), so lists need no filter for them. */
export function seesEveryDraft(actor: Actor): boolean {
  return actor.memberships.some((membership) => membership.role === 'admin' || membership.role === 'steward');
}

/** The jurisdictions the actor works for, by code and by linked id. */
export function ownJurisdictions(actor: Actor): { codes: string[]; ids: string[] } {
  const own = actor.memberships.filter(
    (membership) => membership.organisationKind === 'jurisdiction' && ['coordinator', 'contributor'].includes(membership.role),
  );
  return {
    codes: own.flatMap((membership) => (membership.jurisdictionCode ? [membership.jurisdictionCode] : [])),
    ids: own.flatMap((membership) => (membership.jurisdictionId ? [membership.jurisdictionId] : [])),
  };
}
