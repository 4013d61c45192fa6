import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { adoptPreferredLocale, Problems, routeOf, setRequestPrincipal } from '@bluecarbon/platform';
import { identityProblem } from '../../identity-problems';
import { AccessTokenService } from '../../auth/access-token.service';
import { IdentitySettings } from '../../identity-settings';
import { permits } from '../../access/access-policy';
import { AccessService } from '../access.service';
import type { ActorContext } from '../actor';
import { setActor } from '../current-actor.decorator';
import { ActorLoader } from '../actor-loader.service';
import type { RoutePermission } from '../permission.decorator';
import { refusal } from '../../access/refusal';

export interface RouteRequirements {
  permission?: RoutePermission;
  allowDuringEnrolment?: boolean;
}

/**
 * The route-level checks of the global guard, callable before Nest runs it: the raw-body
 * parsers refuse a caller before reading an upload, with exactly the guard's answers.
 */
@Injectable()
export class RequestAuthenticator {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly actors: ActorLoader,
    private readonly access: AccessService,
    private readonly settings: IdentitySettings,
  ) {}

  /**
   * A valid token (else 401), a full session unless allowed (403: an enrolment-only token, or a
   * role that requires a second factor the user has not set up), the route's permission (403).
   * Answers the signed-in request's context, also kept on the request for @Ctx().
   */
  async authenticate(request: FastifyRequest, requirements: RouteRequirements = {}): Promise<ActorContext> {
    const token = bearerToken(request.headers.authorization);
    const claims = token ? await this.tokens.verify(token) : null;
    const found = claims ? await this.actors.loadInSession(claims.userId, claims.sessionId) : null;
    if (!claims || !found) throw Problems.unauthorized();
    const { hasSecondFactor, ...loaded } = found;
    // Sign-in checks the role's factor only once: a session signed in before its role required
    // one (a coordinator made steward) may only enrol, whatever its token says, until it has.
    const factorMissing = !hasSecondFactor && this.settings.requiresSecondFactor(loaded);
    const actor = { ...loaded, enrolmentOnly: claims.scope === 'mfa_enrolment' || factorMissing, sessionId: claims.sessionId };
    // Before the context is made: it keeps the locale the answer is given in.
    adoptPreferredLocale(request, actor.preferredLocale);
    const context = setActor(request, actor);
    // Platform code (idempotency keys) scopes per caller without knowing about identity.
    setRequestPrincipal(request, actor.userId);

    const route = routeOf(request);
    if (actor.enrolmentOnly && !requirements.allowDuringEnrolment) {
      await this.access.recordDenial(context, { action: 'mfa_enrolment', resource: 'route', decision: 'forbidden', route });
      throw identityProblem('mfa_enrolment_required');
    }
    const permission = requirements.permission;
    if (permission && !permits(actor, permission.action)) {
      await this.access.recordDenial(context, { ...permission, decision: 'forbidden', route });
      throw refusal(actor, permission.action);
    }
    return context;
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,4096})\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
