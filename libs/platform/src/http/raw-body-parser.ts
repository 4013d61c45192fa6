import type { FastifyInstance, FastifyRequest } from 'fastify';
import { API_PREFIX } from './setup-app';
import { PLATFORM_PROBLEMS, ProblemException } from './problem.exception';

export interface RawBodyParserOptions {
  /** Content types whose body is kept as bytes. */
  contentTypes: readonly [string, ...string[]];
  /** The only routes that accept them, relative to the API prefix, e.g. `/documents/:id/xliff`. */
  routes: readonly string[];
  maxBytes: number;
  /** The problem for a body over `maxBytes` (it names the limit that applies). */
  tooLarge: (receivedBytes: number) => Error;
  /**
   * Runs before a byte of the body is read: verifies the token and the caller's access to the
   * route's target, and throws the problem (401, 403, 404) that refuses them.
   */
  authorize: (request: FastifyRequest) => Promise<void>;
}

/** A route that takes a raw body, as registered (for tests that must cover every one). */
export interface RawBodyRoute {
  /** Fastify's form, with the prefix: `/api/v1/documents/:id/xliff`. */
  url: string;
  contentTypes: readonly string[];
  maxBytes: number;
}

const registered = new WeakMap<FastifyInstance, RawBodyRoute[]>();

export function rawBodyRoutes(fastify: FastifyInstance): readonly RawBodyRoute[] {
  return registered.get(fastify) ?? [];
}

/**
 * Accepts raw uploads (evidence files, XLIFF) above the JSON body limit, but only on the
 * routes made for them and only from callers allowed to upload there: content-type parsers
 * are global in Fastify and run before Nest's guard, so without these checks anyone could make
 * any route buffer megabytes. A refused caller is answered before the body is read, on a
 * connection that is then closed (so the rest is not read either); an accepted body is
 * streamed and refused as soon as it passes the limit.
 */
export function addRawBodyParser(fastify: FastifyInstance, options: RawBodyParserOptions): void {
  if (fastify.hasContentTypeParser(options.contentTypes[0])) return;
  const routes = new Set(options.routes.map((route) => `/${API_PREFIX}${route}`));
  registered.set(fastify, [...rawBodyRoutes(fastify), ...[...routes].map((url) => ({ url, contentTypes: options.contentTypes, maxBytes: options.maxBytes }))]);
  fastify.addContentTypeParser([...options.contentTypes], { bodyLimit: Number.MAX_SAFE_INTEGER }, (request, payload, done) => {
    const refuse = (error: unknown) => done(closingConnection(error), undefined);
    if (!routes.has(request.routeOptions.url ?? '')) {
      refuse(PLATFORM_PROBLEMS.problem('unsupported_media_type', { params: { contentType: request.headers['content-type'] } }));
      return;
    }
    options.authorize(request).then(() => {
      const chunks: Buffer[] = [];
      let size = 0;
      let finished = false;
      const finish = (error: Error | null, body?: Buffer) => {
        if (finished) return;
        finished = true;
        if (error) {
          payload.pause();
          refuse(error);
        } else done(null, body);
      };
      payload.on('data', (chunk: Buffer) => {
        if (finished) return;
        size += chunk.length;
        if (size > options.maxBytes) {
          chunks.length = 0;
          finish(options.tooLarge(size));
          return;
        }
        chunks.push(chunk);
      });
      payload.on('end', () => finish(null, Buffer.concat(chunks)));
      payload.on('error', (error: Error) => finish(error));
    }, refuse);
  });
}

/**
 * The problem with `Connection: close`: after the answer Node closes the socket instead of
 * reading (and dropping) the rest of an upload that may be megabytes long.
 */
function closingConnection(error: unknown): Error {
  if (!(error instanceof ProblemException)) return error as Error;
  return new ProblemException(error.status, error.code, { ...error.options, headers: { ...error.options.headers, Connection: 'close' } });
}
