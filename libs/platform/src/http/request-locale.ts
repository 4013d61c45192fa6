import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Locale, negotiateLocale } from '../i18n/negotiate-locale';

const LOCALE = Symbol('locale');
type WithLocale = FastifyRequest & { [LOCALE]?: Locale };

/**
 * The locale negotiated for this request. Errors raised before the onRequest hook ran (a
 * malformed URL, an over-long path) negotiate from the headers here instead.
 */
export function localeOf(request: FastifyRequest): Locale {
  return (request as WithLocale)[LOCALE] ?? negotiateLocale(request.headers?.['accept-language']);
}

/**
 * Chooses each request's language from `?lang=` or Accept-Language before anything else runs,
 * so that even a 404 for an unknown route or a body-parser error is answered in it.
 */
export function registerLocaleNegotiation(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const query = request.query as Record<string, unknown> | undefined;
    const override = typeof query?.lang === 'string' ? query.lang : undefined;
    const locale = negotiateLocale(request.headers['accept-language'], override);
    (request as WithLocale)[LOCALE] = locale;
    reply.header('Content-Language', locale);
    reply.header('Vary', 'Accept-Language');
  });
}
