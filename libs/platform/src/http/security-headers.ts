import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Helmet's security headers, with the policies built once at start-up. (@fastify/helmet builds a
 * new helmet middleware, CSP parsing included, on every request: measured at about 90 µs of
 * a 240 µs request here.) Swagger UI needs inline styles and scripts, so only its pages get
 * them; the web portal and the API itself get a strict policy: scripts, styles and requests
 * from this origin only, no inline script, no framing. Both drop helmet's
 * `upgrade-insecure-requests`: it makes a browser fetch the page's own scripts over https, which
 * breaks the portal and the docs wherever they are served over plain http (a checkout, a LAN
 * address), and adds nothing behind TLS, where every request of a same-origin page already is
 * https (HSTS keeps it so).
 *
 * Helmet's answer does not depend on the request (it only sets and removes headers, and no
 * directive here is a function), so each policy's headers are taken once at start-up and put
 * on every reply, instead of running its fourteen middlewares per request.
 */
export function registerSecurityHeaders(fastify: FastifyInstance, docsPrefix: string): void {
  const policies = securityPolicies();
  const docs = headersSetBy(policies.docs);
  const strict = headersSetBy(policies.strict);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.url.startsWith(docsPrefix) ? docs : strict);
    done();
  });
}

/** Helmet with the docs' policy and with everyone else's. */
export function securityPolicies(): { docs: ReturnType<typeof helmet>; strict: ReturnType<typeof helmet> } {
  const docs = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: [`'self'`],
        styleSrc: [`'self'`, `'unsafe-inline'`],
        imgSrc: [`'self'`, 'data:'],
        scriptSrc: [`'self'`, `'unsafe-inline'`],
        upgradeInsecureRequests: null,
      },
    },
  });
  return { docs, strict: helmet({ contentSecurityPolicy: { directives: WEB_CSP_DIRECTIVES } }) };
}

/** The headers `policy` leaves on a response. */
export function headersSetBy(policy: ReturnType<typeof helmet>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => void (headers[name] = value),
    removeHeader: (name: string) => void delete headers[name],
  };
  let finished = false;
  policy({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // Helmet 8 runs synchronously; a version that did not would leave these incomplete.
  if (!finished) throw new Error('helmet did not finish synchronously');
  return headers;
}

/** The portal's policy: everything from this origin, images also as data: URLs, nothing inline. */
export const WEB_CSP_DIRECTIVES = {
  defaultSrc: [`'self'`],
  scriptSrc: [`'self'`],
  styleSrc: [`'self'`],
  imgSrc: [`'self'`, 'data:'],
  connectSrc: [`'self'`],
  fontSrc: [`'self'`],
  objectSrc: [`'none'`],
  baseUri: [`'self'`],
  formAction: [`'self'`],
  frameAncestors: [`'none'`],
  upgradeInsecureRequests: null,
};
