import request from 'supertest';
import { createOrganisation, type DiscoveredRoute, discoverRoutes, signedInMember, type SignedInUser } from '../support/identity-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';
import { MAX_JSON_DEPTH } from '@bluecarbon/platform/testing';

const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const ID = '00000000-0000-4000-8000-000000000000';

/**
 * Every route that takes a JSON body, found from the controllers Nest registered: a body nested
 * ten thousand deep once overflowed the validation pipe's stack (a 500 on sign-in, the
 * calculator, the UI strings…); it is a translated 400 now, and a body at the limit is no 5xx.
 */
describe('deeply nested JSON bodies', () => {
  let api: TestApi;
  let admin: SignedInUser;
  let routes: DiscoveredRoute[];

  beforeAll(async () => {
    api = await startTestApi();
    admin = await signedInMember(api, await createOrganisation(api, { kind: 'platform' }), 'admin');
    routes = discoverRoutes(api).filter((route) => ['POST', 'PUT', 'PATCH'].includes(route.method));
  });
  afterAll(() => api?.close());

  const send = (route: DiscoveredRoute, body: string, language = 'en') =>
    request(api.server)
      [route.method.toLowerCase() as 'post'](route.path.replace(/\{\w+\}/g, ID))
      .set(admin.auth)
      .set('Accept-Language', language)
      .set('If-Match', '"1"')
      .set('Content-Type', 'application/json')
      .send(body);

  it('finds the JSON routes, sign-in among them', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.map((route) => `${route.method} ${route.path}`)).toContain('POST /api/v1/auth/login');
  });

  it('answers a body nested 10,000 deep with 400 problem+json, translated, on every JSON route', async () => {
    const failures: string[] = [];
    for (const [index, route] of routes.entries()) {
      const language = ['en', 'zh-CN', 'pt-BR'][index % 3];
      const response = await send(route, index % 2 ? objects(10_000) : arrays(10_000), language);
      const expected = {
        status: 400,
        type: 'application/problem+json; charset=utf-8',
        code: 'body_too_deep',
        language,
      };
      const actual = {
        status: response.status,
        type: response.headers['content-type'],
        code: response.body.code,
        language: response.headers['content-language'],
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push(`${route.method} ${route.path}: ${JSON.stringify(actual)}`);
    }
    expect(failures).toEqual([]);
  });

  it("names the limit in the caller's language", async () => {
    const login = routes.find((route) => route.path === '/api/v1/auth/login')!;
    const zh = await send(login, objects(10_000), 'zh-CN').expect(400);
    expect(zh.body.detail).toBe(`请求体中数组和对象的嵌套超过 ${MAX_JSON_DEPTH} 层。`);
    const pt = await send(login, arrays(10_000), 'pt-BR').expect(400);
    expect(pt.body.detail).toContain(`${MAX_JSON_DEPTH} níveis`);
  });

  it('never answers 5xx to a body nested as deep as the limit allows', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      for (const body of [objects(MAX_JSON_DEPTH), arrays(MAX_JSON_DEPTH)]) {
        const response = await send(route, body);
        if (response.status >= 500) failures.push(`${route.method} ${route.path}: ${response.status} ${response.body.code}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
