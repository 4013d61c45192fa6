import { type Actor, type Resource, SHARED_STATES } from '@bluecarbon/identity';

/** What the identity policy needs to know about a record of a project: its city and its state. */
export const projectResource = (row: { jurisdictionId: string | null; jurisdictionCode: string; status: string }, kind = 'project'): Resource => ({
  kind,
  jurisdictionId: row.jurisdictionId,
  jurisdictionCode: row.jurisdictionCode,
  state: row.status,
});

/** A city's record without a lifecycle of its own (a sale, a retirement): visible wherever it is known. */
export const cityRecordResource = (row: { jurisdictionId: string | null; jurisdictionCode: string }, kind: string): Resource => ({
  kind,
  jurisdictionId: row.jurisdictionId,
  jurisdictionCode: row.jurisdictionCode,
  state: null,
});

/** Shared material of no city (buyers, FX rates): the steward writes it, every signed-in role reads it. */
export const sharedResource = (kind: string): Resource => ({ kind, jurisdictionId: null, jurisdictionCode: null });

/**
 * Which projects a list may show the actor, as the policy's visibility rule: shared states to
 * everyone; drafts to the stewards and admins, and to the people of the project's own city.
 */
export interface Visibility {
  everything: boolean;
  sharedStates: string[];
  ownCodes: string[];
  ownIds: string[];
}

export function visibilityOf(actor: Actor): Visibility {
  const own = actor.memberships.filter((m) => m.organisationKind === 'jurisdiction' && (m.role === 'coordinator' || m.role === 'contributor'));
  return {
    everything: actor.memberships.some((m) => m.role === 'admin' || m.role === 'steward'),
    sharedStates: [...SHARED_STATES],
    ownCodes: own.flatMap((m) => (m.jurisdictionCode ? [m.jurisdictionCode] : [])),
    ownIds: own.flatMap((m) => (m.jurisdictionId ? [m.jurisdictionId] : [])),
  };
}
