import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { startTestApi, type TestApi } from '../support/test-app';

// A stand-in for `npm run build:web`'s output: the serving rules, not Vite, are under test.
describe('the web portal served by the API', () => {
  let api: TestApi;
  let dist: string;

  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'web-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>portal</title><script type="module" src="/assets/index-AbC123.js"></script>');
    await writeFile(path.join(dist, 'assets', 'index-AbC123.js'), 'console.log("portal")');
    api = await startTestApi({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await api.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves index.html at / without caching and with a CSP that allows no inline script', async () => {
    const page = await request(api.server).get('/').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<title>portal</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    const csp = page.headers['content-security-policy'] as string;
    const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src'));
    expect(scriptSrc?.trim()).toBe(`script-src 'self'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain(`frame-ancestors 'none'`);
    // Served over plain http on a LAN address, an upgrade would send the assets' requests to https and break the page.
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('caches hashed assets for a year, immutable', async () => {
    const asset = await request(api.server).get('/assets/index-AbC123.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it.each(['/invitations/accept?token=abc', '/onboarding/overview', '/cases/8f8e2c1e-0000-4000-8000-000000000000'])(
    'answers the client route %s with index.html',
    async (route) => {
      const page = await request(api.server).get(route).set('Accept', 'text/html').expect(200);
      expect(page.text).toContain('<title>portal</title>');
      expect(page.headers['cache-control']).toBe('no-cache');
    },
  );

  it.each(['/api/v1/nope', '/api/nope', '/api'])('keeps the problem+json 404 for %s', async (route) => {
    const response = await request(api.server).get(route).set('Accept', 'text/html').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('route_not_found');
  });

  it('answers a missing hashed asset with 404, not the page', async () => {
    const response = await request(api.server).get('/assets/gone-Zz9.js').expect(404);
    expect(response.text).not.toContain('<title>portal</title>');
  });

  it('keeps Swagger UI working under its own policy', async () => {
    const docs = await request(api.server).get('/api/docs').redirects(1).expect(200);
    expect(docs.headers['content-security-policy']).toContain(`'unsafe-inline'`);
  });
});
