import { createHash } from 'node:crypto';
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  type Type,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiNotModifiedResponse, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { requestPrincipal } from './request-principal';

const CACHEABLE = 'bluecarbon:cacheable-response';

/** A weak validator of a representation (its bytes may be compressed on the way): SHA-256 of the JSON. */
export function contentTag(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** If-None-Match against `tag` with the weak comparison RFC 9110 asks for GET. */
export function matchesNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((candidate) => opaque(candidate) === opaque(tag));
}

/**
 * A public answer that shared caches may keep `maxAge` seconds: the view's ETag is computed
 * from its content (it has no edit counter), and a request naming it in If-None-Match gets
 * 304 with no body. For public, unpersonalised answers only: the tag says nothing of who asks.
 */
export function CacheableResponse(options: { type: Type<unknown>; maxAge: number; description?: string }): MethodDecorator {
  return applyDecorators(
    SetMetadata(CACHEABLE, options.maxAge),
    UseInterceptors(CacheableInterceptor),
    ApiOkResponse({
      type: options.type,
      description: options.description ?? '',
      headers: {
        ETag: { description: 'Of the content: send it back in If-None-Match', schema: { type: 'string' } },
        'Cache-Control': { description: `public, max-age=${options.maxAge}`, schema: { type: 'string' } },
      },
    }),
    ApiNotModifiedResponse({ description: 'If-None-Match names the current ETag' }),
  );
}

@Injectable()
export class CacheableInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const maxAge = this.reflector.get<number>(CACHEABLE, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((view: unknown) => {
        const tag = contentTag(JSON.stringify(view));
        reply.header('ETag', tag).header('Cache-Control', `public, max-age=${maxAge}`);
        if (!matchesNoneMatch(request.headers['if-none-match'], tag)) return view;
        reply.code(304);
        return undefined;
      }),
    );
  }
}

const PERSONAL = 'bluecarbon:personal-response';

/**
 * An answer that depends on who asks (what they may see, their own records in it) and changes
 * without an edit of the record (a new bid, the clock): its ETag is of the content and of the
 * caller, so two callers never share a tag and any change of what this caller sees changes it;
 * If-None-Match naming it gets 304. Only the caller's own cache may keep it, and must ask again.
 */
export function PersonalResponse(options: { type: Type<unknown>; description?: string }): MethodDecorator {
  return applyDecorators(
    SetMetadata(PERSONAL, true),
    UseInterceptors(PersonalInterceptor),
    ApiOkResponse({
      type: options.type,
      description: options.description ?? '',
      headers: {
        ETag: { description: 'Of what this caller sees: send it back in If-None-Match', schema: { type: 'string' } },
        'Cache-Control': { description: 'private, no-cache', schema: { type: 'string' } },
      },
    }),
    ApiNotModifiedResponse({ description: 'If-None-Match names the current ETag' }),
  );
}

@Injectable()
export class PersonalInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((view: unknown) => {
        const tag = contentTag(`${requestPrincipal(request) ?? ''}\n${JSON.stringify(view)}`);
        reply.header('ETag', tag).header('Cache-Control', 'private, no-cache').header('Vary', 'Authorization, Cookie, Accept-Language');
        if (!matchesNoneMatch(request.headers['if-none-match'], tag)) return view;
        reply.code(304);
        return undefined;
      }),
    );
  }
}
