import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { IS_PUBLIC, ProblemException, Problems, setRequestPrincipal } from '@bluecarbon/platform';
import { AccessTokenService } from '../auth/access-token.service';
import { permits } from '../policy/access-policy';
import { AccessService } from './access.service';
import { setActor } from './actor';
import { ActorLoader } from './actor-loader.service';
import { ALLOW_DURING_MFA_ENROLMENT, PERMISSION, type RoutePermission } from './permission.decorator';

/**
 * The global guard (APP_GUARD): every route needs a valid access token unless it is marked
 * @Public(); a route naming a permission also needs a role that grants it. Record-level
 * checks (whose jurisdiction, which state) stay in the services, through AccessService.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly actors: ActorLoader,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = bearerToken(request.headers.authorization);
    const claims = token ? await this.tokens.verify(token) : null;
    const loaded = claims ? await this.actors.loadInSession(claims.userId, claims.sessionId) : null;
    if (!claims || !loaded) throw Problems.unauthorized();
    const actor = { ...loaded, enrolmentOnly: claims.scope === 'mfa_enrolment', sessionId: claims.sessionId };
    setActor(request, actor);
    // Platform code (idempotency keys) scopes per caller without knowing about identity.
    setRequestPrincipal(request, actor.userId);

    const route = `${request.method} ${request.routeOptions?.url ?? request.url.split('?')[0]}`;
    if (actor.enrolmentOnly && !this.reflector.getAllAndOverride<boolean>(ALLOW_DURING_MFA_ENROLMENT, targets)) {
      await this.access.recordDenial(actor, { action: 'mfa_enrolment', resource: 'route', decision: 'forbidden', route }, request);
      throw new ProblemException(403, 'mfa_enrolment_required');
    }
    const permission = this.reflector.getAllAndOverride<RoutePermission | undefined>(PERMISSION, targets);
    if (permission && !permits(actor, permission.action)) {
      await this.access.recordDenial(actor, { ...permission, decision: 'forbidden', route }, request);
      throw Problems.forbidden();
    }
    return true;
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,4096})\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}
