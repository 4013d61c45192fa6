import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Problems } from '@bluecarbon/platform';
import { actorOf, type AuthenticatedActor } from './actor';

/** The signed-in caller; only on routes behind the guard (a public route has none). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedActor => {
  const actor = actorOf(context.switchToHttp().getRequest<FastifyRequest>());
  if (!actor) throw Problems.unauthorized();
  return actor;
});
