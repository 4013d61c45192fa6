import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Vite names every file under assets/ by its content hash: a changed file is a new URL. */
const HASHED_ASSETS = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and unhashed files such as the icon) are checked on every visit. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built web portal at `/`: its files, and index.html for any other GET that is a
 * client route (`/invitations/accept?token=…`), so deep links and reloads work. Paths under
 * `/api/` never fall back: an unknown API route keeps its problem+json 404. Nothing is
 * registered when the portal was not built (the API alone, e.g. in the test suite).
 */
export function registerWebApp(fastify: FastifyInstance, distDir: string): void {
  const root = path.resolve(distDir);
  if (!existsSync(path.join(root, 'index.html'))) return;
  void fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    cacheControl: false,
    // @fastify/static 10 hands over Fastify's reply here (its types still say ServerResponse).
    setHeaders: (reply: unknown, filePath: string) => {
      const url = `/${path.relative(root, filePath).split(path.sep).join('/')}`;
      (reply as FastifyReply).header('Cache-Control', url.startsWith(HASHED_ASSETS) ? IMMUTABLE : REVALIDATE);
    },
  });
  fastify.get('/*', (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    if (pathname === '/api' || pathname.startsWith('/api/') || pathname.startsWith(HASHED_ASSETS) || !acceptsHtml(request.headers.accept)) {
      return reply.callNotFound();
    }
    return sendIndex(reply);
  });
  fastify.get('/', (_request, reply) => sendIndex(reply));
}

function sendIndex(reply: FastifyReply): FastifyReply {
  return reply.header('Cache-Control', REVALIDATE).sendFile('index.html');
}

/** A browser navigating asks for HTML; a script asking for a missing .js file gets a 404, not a page. */
function acceptsHtml(accept: string | undefined): boolean {
  return !accept || accept.includes('text/html') || accept.includes('*/*');
}
