import { applyDecorators, SetMetadata, type Type } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiResponse } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest, preSerializationHookHandler } from 'fastify';
import { etagOf } from './optimistic-concurrency';

/** Metadata on a handler that answers a versioned resource (for tools and tests that list such routes). */
export const VERSIONED = 'bluecarbon:versioned-response';

/** The key of the Fastify route config that carries a versioned route's options to registerVersionedResponses. */
const VERSIONED_ROUTE = 'bluecarbonVersioned';

interface VersionedRoute {
  field: string;
  location?: string;
}

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
    RouteConfig({ [VERSIONED_ROUTE]: { field, location } satisfies VersionedRoute }),
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
 * Sets ETag (and Location) from the view a versioned route answers, as Fastify is about to
 * serialise it: a hook on those routes only, added as each is registered. (It was a Nest
 * interceptor: an rxjs pipeline and two async-hook bindings on every request, about 6% of the
 * CPU of GET /me.) A problem (4xx, 5xx) is left alone; a replayed idempotent answer is the
 * stored view, so it gets its ETag too. Register before the routes are (setupApp).
 */
export function registerVersionedResponses(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const versioned = (route.config as Record<string, unknown> | undefined)?.[VERSIONED_ROUTE] as VersionedRoute | undefined;
    if (!versioned) return;
    const existing = route.preSerialization;
    const hooks = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
    route.preSerialization = [...hooks, versionHeaders(versioned)] as typeof route.preSerialization;
  });
}

function versionHeaders({ field, location }: VersionedRoute): preSerializationHookHandler {
  return function setVersionHeaders(_request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (error: null, payload: unknown) => void) {
    if (reply.statusCode < 400 && payload !== null && typeof payload === 'object') {
      const view = payload as Record<string, unknown>;
      // Every view of these routes has the counter (the If-Match test reads it back).
      const version = view[field];
      if (typeof version === 'number') reply.header('ETag', etagOf(version));
      if (location)
        reply.header(
          'Location',
          location.replace(/:(\w+)/g, (_, name: string) => String(view[name])),
        );
    }
    done(null, payload);
  } as preSerializationHookHandler;
}
