import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { RequestContext } from './request-context';
import { localeOf } from './request-locale';

const CONTEXT = Symbol('request-context');
type WithContext = FastifyRequest & { [CONTEXT]?: RequestContext };

/**
 * The request's context, made on first use and kept on the request: the locale hook makes it
 * before anything else runs, so handlers, guards and the problem filter share one object.
 * An error raised before that hook (a malformed URL) gets one made from the headers.
 */
export function requestContextOf(request: FastifyRequest): RequestContext {
  const withContext = request as WithContext;
  withContext[CONTEXT] ??= new RequestContext({ requestId: String(request.id), locale: localeOf(request), clientAddress: request.ip });
  return withContext[CONTEXT];
}

/** The request's context (RequestContext), for handlers of public routes. */
export const RequestCtx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext =>
  requestContextOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
