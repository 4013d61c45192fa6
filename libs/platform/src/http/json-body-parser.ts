import type { FastifyInstance } from 'fastify';
import { jsonNestingExceeds } from './json-depth';
import { PLATFORM_PROBLEMS } from './problem.exception';

/** Deeper than any body the API takes (a GeoJSON multipolygon in a DTO is under 10). */
export const MAX_JSON_DEPTH = 64;

/**
 * Fastify's own JSON parser (same prototype-poisoning checks), behind a nesting limit: a
 * body ten thousand levels deep parses fine but overflows the stack of the validation pipe,
 * which was a 500; it is now a 400 before parsing.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser(fastify.initialConfig.onProtoPoisoning ?? 'error', fastify.initialConfig.onConstructorPoisoning ?? 'error');
  // Fastify's built-in one; Nest's (a copy of it) is turned off in createHttpApp.
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body); // parseAs 'string'
    if (jsonNestingExceeds(text, MAX_JSON_DEPTH)) {
      done(PLATFORM_PROBLEMS.problem('body_too_deep', { params: { max: MAX_JSON_DEPTH } }), undefined);
      return;
    }
    // Fastify's parser answers through `done` (its type also allows a promise, unused here).
    void parse(request, text, done);
  });
}
