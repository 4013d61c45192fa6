import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from './setup-app';
import { ProblemException } from './problem.exception';

export interface RawBodyParserOptions {
  /** Content types whose body is kept as bytes. */
  contentTypes: readonly string[];
  /** The only routes that accept them, relative to the API prefix, e.g. `/documents/:id/xliff`. */
  routes: readonly string[];
  maxBytes: number;
  /** The problem for a body over `maxBytes` (it names the limit that applies). */
  tooLarge: (receivedBytes: number) => Error;
}

/**
 * Accepts raw uploads (evidence files, XLIFF) above the JSON body limit, but only on the
 * routes made for them and only from callers who present a token: content-type parsers are
 * global in Fastify and run before Nest's guard, so without these checks anyone could make
 * any route buffer megabytes. The body is streamed and refused as soon as it passes the limit.
 */
export function addRawBodyParser(fastify: FastifyInstance, options: RawBodyParserOptions): void {
  if (fastify.hasContentTypeParser(options.contentTypes[0])) return;
  const routes = new Set(options.routes.map((route) => `/${API_PREFIX}${route}`));
  fastify.addContentTypeParser([...options.contentTypes], { bodyLimit: Number.MAX_SAFE_INTEGER }, (request, payload, done) => {
    if (!routes.has(request.routeOptions.url ?? '')) {
      done(new ProblemException(415, 'unsupported_media_type', { params: { contentType: request.headers['content-type'] } }), undefined);
      return;
    }
    if (!/^Bearer\s/i.test(request.headers.authorization ?? '')) {
      done(new ProblemException(401, 'unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } }), undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (error: Error | null, body?: Buffer) => {
      if (finished) return;
      finished = true;
      done(error, body);
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
  });
}
