import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Problems, requestContextOf } from '@bluecarbon/platform';
import { ActorContext, type AuthenticatedActor } from './actor';

const ACTOR_CONTEXT = Symbol('actor-context');
type WithActor = FastifyRequest & { [ACTOR_CONTEXT]?: ActorContext };

/** Called by the guard once the token is verified: the request's context becomes an ActorContext. */
export function setActor(request: FastifyRequest, actor: AuthenticatedActor): ActorContext {
  const context = new ActorContext(requestContextOf(request), actor);
  (request as WithActor)[ACTOR_CONTEXT] = context;
  return context;
}

export function actorContextOf(request: FastifyRequest): ActorContext | undefined {
  return (request as WithActor)[ACTOR_CONTEXT];
}

export function actorOf(request: FastifyRequest): AuthenticatedActor | undefined {
  return actorContextOf(request)?.actor;
}

function signedIn(context: ExecutionContext): ActorContext {
  const actorContext = actorContextOf(context.switchToHttp().getRequest<FastifyRequest>());
  if (!actorContext) throw Problems.unauthorized();
  return actorContext;
}

/** The signed-in request (ActorContext); only on routes behind the guard (a public route has none). */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): ActorContext => signedIn(context));

/** The signed-in caller alone, for handlers that need nothing else of the request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedActor => signedIn(context).actor);
