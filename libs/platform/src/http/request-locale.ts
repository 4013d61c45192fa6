import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DEFAULT_LOCALE, type Locale, matchLocale, negotiateLocale, requestedLocale } from '../i18n/negotiate-locale';

const LOCALE = Symbol('locale');
const REQUESTED = Symbol('requestedLocale');
type WithLocale = FastifyRequest & { [LOCALE]?: Locale; [REQUESTED]?: boolean };

/**
 * The locale negotiated for this request. Errors raised before the onRequest hook ran (a
 * malformed URL, an over-long path) negotiate from the headers here instead.
 */
export function localeOf(request: FastifyRequest): Locale {
  return (request as WithLocale)[LOCALE] ?? negotiateLocale(request.headers?.['accept-language']);
}

/**
 * A signed-in caller whose request names no language (no `?lang=`, no Accept-Language the
 * portal serves) is answered in their preferred locale rather than in English. Called by the
 * authentication guard once it knows who is calling.
 */
export function adoptPreferredLocale(request: FastifyRequest, preferred: string | null | undefined): void {
  const own = request as WithLocale;
  if (own[REQUESTED] !== false || !preferred) return;
  own[LOCALE] = matchLocale(preferred) ?? own[LOCALE];
}

/**
 * Chooses each request's language from `?lang=` or Accept-Language before anything else runs,
 * so that even a 404 for an unknown route or a body-parser error is answered in it.
 * Content-Language is set when the answer is sent: it names the language of what is sent (a
 * handler sending a document in its own language sets it itself), which the guard may still
 * change after this hook.
 */
export function registerLocaleNegotiation(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const query = request.query as Record<string, unknown> | undefined;
    const override = typeof query?.lang === 'string' ? query.lang : undefined;
    const requested = requestedLocale(request.headers['accept-language'], override);
    (request as WithLocale)[LOCALE] = requested ?? DEFAULT_LOCALE;
    (request as WithLocale)[REQUESTED] = requested !== null;
    reply.header('Vary', 'Accept-Language');
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!reply.hasHeader('Content-Language')) reply.header('Content-Language', localeOf(request));
    return payload;
  });
}
