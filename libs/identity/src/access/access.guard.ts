import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { IS_PUBLIC } from '@bluecarbon/platform';
import { ALLOW_DURING_MFA_ENROLMENT, PERMISSION, type RoutePermission } from './permission.decorator';
import { RequestAuthenticator, type RouteRequirements } from './http/request-authenticator';

/** What a route's decorators ask of the caller: nothing (public), or the authenticator's requirements. */
type RouteAccess = { public: true } | { public: false; requirements: RouteRequirements };

/**
 * The global guard (APP_GUARD): every route needs a valid access token unless it is marked
 * @Public(); a route naming a permission also needs a role that grants it. Record-level
 * checks (whose jurisdiction, which state) stay in the services, through AccessService.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  // A route's decorators are fixed once the app is built: read them on its first request
  // rather than on every one. Keyed by controller class, then handler (an inherited handler
  // may be decorated differently in each subclass).
  private readonly routes = new WeakMap<object, WeakMap<object, RouteAccess>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = this.accessOf(context.getClass(), context.getHandler());
    if (access.public) return true;
    await this.authenticator.authenticate(context.switchToHttp().getRequest<FastifyRequest>(), access.requirements);
    return true;
  }

  private accessOf(controller: object, handler: object): RouteAccess {
    let handlers = this.routes.get(controller);
    if (!handlers) this.routes.set(controller, (handlers = new WeakMap()));
    let access = handlers.get(handler);
    if (!access) {
      const targets = [handler as () => unknown, controller as () => unknown];
      access = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)
        ? { public: true }
        : {
            public: false,
            requirements: {
              permission: this.reflector.getAllAndOverride<RoutePermission | undefined>(PERMISSION, targets),
              allowDuringEnrolment: this.reflector.getAllAndOverride<boolean>(ALLOW_DURING_MFA_ENROLMENT, targets),
            },
          };
      handlers.set(handler, access);
    }
    return access;
  }
}
