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
import { ApiResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';
import { etagOf } from './optimistic-concurrency';

/** Metadata on a handler that answers a versioned resource (for tools and tests that list such routes). */
export const VERSIONED = 'bluecarbon:versioned-response';

interface VersionedOptions {
  /** The view's class, for OpenAPI. */
  type?: Type<unknown>;
  /** 201 for a create; 200 otherwise. */
  status?: 200 | 201;
  /** The view's edit counter; `version` unless the view uses that name for something else. */
  field?: string;
  /** For a create: the new resource's address, each `:name` replaced by the view's `name` (`/api/v1/playbooks/:id`). */
  location?: string;
  description?: string;
}

/**
 * The handler answers a versioned resource: its view carries the edit counter in `field`, and
 * the answer carries it as `ETag` (the value a client sends back in If-Match). Also documents
 * the response and its headers in OpenAPI. A handler just returns the view.
 */
export function VersionedResponse(options: VersionedOptions = {}): MethodDecorator {
  const { type, status = 200, field = 'version', location, description } = options;
  return applyDecorators(
    SetMetadata(VERSIONED, { field, location }),
    UseInterceptors(ETagInterceptor),
    ApiResponse({
      status,
      ...(type ? { type } : {}),
      description: description ?? '',
      headers: {
        ETag: { description: `The edit counter (\`${field}\`), to send back in If-Match`, schema: { type: 'string', example: '"3"' } },
        ...(location ? { Location: { description: 'The new resource', schema: { type: 'string' } } } : {}),
      },
    }),
  );
}

/**
 * Sets ETag (and Location) from the returned view. Bound per route by VersionedResponse, not
 * globally: a global interceptor costs every request (see Idempotent).
 */
@Injectable()
export class ETagInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const { field, location } = this.reflector.get<{ field: string; location?: string }>(VERSIONED, context.getHandler());
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((view: Record<string, unknown> | undefined) => {
        // Every view of these routes has the counter (the If-Match test reads it back); a replayed
        // idempotent answer is the stored view, so it gets its ETag too.
        const version = view?.[field];
        if (typeof version === 'number') reply.header('ETag', etagOf(version));
        if (location && view)
          reply.header(
            'Location',
            location.replace(/:(\w+)/g, (_, name: string) => String(view[name])),
          );
        return view;
      }),
    );
  }
}
