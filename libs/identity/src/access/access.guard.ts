import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { IS_PUBLIC } from '@bluecarbon/platform';
import { ALLOW_DURING_MFA_ENROLMENT, PERMISSION, type RoutePermission } from './permission.decorator';
import { RequestAuthenticator } from './http/request-authenticator';

/**
 * The global guard (APP_GUARD): every route needs a valid access token unless it is marked
 * @Public(); a route naming a permission also needs a role that grants it. Record-level
 * checks (whose jurisdiction, which state) stay in the services, through AccessService.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    await this.authenticator.authenticate(context.switchToHttp().getRequest<FastifyRequest>(), {
      permission: this.reflector.getAllAndOverride<RoutePermission | undefined>(PERMISSION, targets),
      allowDuringEnrolment: this.reflector.getAllAndOverride<boolean>(ALLOW_DURING_MFA_ENROLMENT, targets),
    });
    return true;
  }
}
