import type { FastifyRequest } from 'fastify';
import type { Actor } from '../policy/access-policy';

/** The signed-in caller as the guard found them: the policy's Actor plus what handlers need. */
export interface AuthenticatedActor extends Actor {
  email: string;
  preferredLocale: string;
  /** True for a token that may only enrol a second factor (MFA required, not yet set up). */
  enrolmentOnly: boolean;
  /** The session (sign-in) of the access token: signing out ends it. */
  sessionId: string;
}

const ACTOR = Symbol('actor');
type WithActor = FastifyRequest & { [ACTOR]?: AuthenticatedActor };

export function setActor(request: FastifyRequest, actor: AuthenticatedActor): void {
  (request as WithActor)[ACTOR] = actor;
}

export function actorOf(request: FastifyRequest): AuthenticatedActor | undefined {
  return (request as WithActor)[ACTOR];
}

/** Where an audit entry came from: the request id and the client's address. */
export function requestOrigin(request: FastifyRequest): { requestId: string; ip: string } {
  return { requestId: String(request.id), ip: request.ip };
}

/** Who did it, for audit entries: the user and (their first) organisation. */
export function actorFields(actor: AuthenticatedActor): { actorId: string; actorOrganisationId: string | null } {
  return { actorId: actor.userId, actorOrganisationId: actor.memberships[0]?.organisationId ?? null };
}
