import { RequestContext } from '@bluecarbon/platform';
import type { Actor } from '../access/access-policy';

/** The signed-in caller as the guard found them: the policy's Actor plus what handlers need. */
export interface AuthenticatedActor extends Actor {
  email: string;
  preferredLocale: string;
  /** True for a token that may only enrol a second factor (MFA required, not yet set up). */
  enrolmentOnly: boolean;
  /** The session (sign-in) of the access token: signing out ends it. */
  sessionId: string;
}

/**
 * A signed-in request as services see it: the request's context (locale, request id, client
 * address, the refusal-audited mark it shares with the problem filter) and who is calling.
 */
export class ActorContext extends RequestContext {
  constructor(
    request: RequestContext,
    readonly actor: AuthenticatedActor,
  ) {
    super(request);
  }
}

/** Who did it, for audit entries: the user and (their first) organisation. */
export function actorFields(actor: AuthenticatedActor): { actorId: string; actorOrganisationId: string | null } {
  return { actorId: actor.userId, actorOrganisationId: actor.memberships[0]?.organisationId ?? null };
}
