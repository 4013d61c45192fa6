import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type Actor, decide, type Decision, type Resource, type Role, ROLES } from '@bluecarbon/identity';
import {
  auditActionsOf,
  type Cast,
  createCast,
  discoverRoutes,
  type DiscoveredRoute,
  exampleBody,
  type OpenApiDocument,
  type TestOrganisation,
} from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { startTestApi, type TestApi } from '../support/test-app';

/**
 * Reachable without a token. Adding a @Public() route fails this test until it is listed
 * here, so that opening a route is always a visible, reviewed decision.
 */
const PUBLIC_ROUTES = [
  'GET /api/v1/health/live',
  'GET /api/v1/health/ready',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/invitations/accept',
];

/**
 * How to fill a path parameter with a record of a given jurisdiction, and what the policy
 * should know about that record. A module that adds a route with a new parameter adds its
 * factory here (e.g. `projectId` → a draft project of `subject`); until then the matrix
 * fails and names the route.
 */
type ParamFactory = (api: TestApi, subject: TestOrganisation) => Promise<{ value: string; resource: Partial<Resource> }>;
const PARAM_FACTORIES: Record<string, ParamFactory> = {
  organisationId: async (_api, subject) => ({
    value: subject.id,
    resource: { organisationId: subject.id, jurisdictionCode: subject.jurisdictionCode, jurisdictionId: subject.jurisdictionId },
  }),
};

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('access matrix over every route of the API', () => {
  let api: TestApi;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let document: OpenApiDocument;
  let routes: DiscoveredRoute[];
  let cast: Cast;

  beforeAll(async () => {
    // Allowed writes really happen (organisations are created, renamed): keep them out of the shared database.
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
    document = (await request(api.server).get('/api/docs-json').expect(200)).body;
    routes = discoverRoutes(api);
    cast = await createCast(api);
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  const key = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

  it('finds the routes, and every documented operation is a route it knows', () => {
    expect(routes.length).toBeGreaterThan(10);
    const known = new Set(routes.map(key));
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect(documented.filter((operation) => !known.has(operation))).toEqual([]);
  });

  it('declares exactly the reviewed list of public routes', () => {
    expect(routes.filter((route) => route.isPublic).map(key).sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('answers every other route without a token with 401 problem+json', async () => {
    const unguarded: string[] = [];
    for (const route of routes.filter((candidate) => !candidate.isPublic)) {
      const path = route.path.replace(/\{\w+\}/g, randomUUID());
      const response = await request(api.server)[route.method.toLowerCase() as 'get'](path).set('Content-Type', 'application/json').send('{}');
      if (response.status !== 401 || !/^application\/problem\+json/.test(response.headers['content-type'] ?? '')) {
        unguarded.push(`${key(route)} → ${response.status}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it('refuses a token that is not ours on every non-public route', async () => {
    const forged = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4Iiwic2NvcGUiOiJmdWxsIn0.';
    for (const route of routes.filter((candidate) => !candidate.isPublic)) {
      const path = route.path.replace(/\{\w+\}/g, randomUUID());
      const response = await request(api.server)[route.method.toLowerCase() as 'get'](path).set('Authorization', `Bearer ${forged}`);
      expect({ route: key(route), status: response.status }).toEqual({ route: key(route), status: 401 });
    }
  });

  it('applies the policy to every write route for each role, in its own and in another jurisdiction', async () => {
    const writes = routes.filter((route) => !route.isPublic && WRITE_METHODS.has(route.method));
    expect(writes.length).toBeGreaterThan(0);
    const mismatches: string[] = [];
    for (const route of writes) {
      for (const role of ROLES) {
        for (const [label, subject] of [['own', cast.own], ['other', cast.other]] as const) {
          const user = cast.users[role];
          const { path, resource } = await fillPath(route, subject);
          const expected = expectedDecision(route, actorOf(cast, role), { kind: route.permission?.resource ?? 'self', ...resource });
          const requestId = randomUUID();
          let call = request(api.server)[route.method.toLowerCase() as 'post'](path).set(user.auth).set('X-Request-Id', requestId).set('If-Match', '"1"');
          const body = exampleBody(document, route.method, route.path);
          if (body !== undefined) call = call.send(body);
          const response = await call;
          const outcome = `${key(route)} as ${role} on ${label} jurisdiction: expected ${expected}, got ${response.status} ${response.body?.code ?? ''}`;
          if (expected === 'allow' && [401, 403, 404].includes(response.status)) mismatches.push(outcome);
          if (expected === 'forbidden' && response.status !== 403) mismatches.push(outcome);
          if (expected === 'not_found' && response.status !== 404) mismatches.push(outcome);
          if (expected !== 'allow') {
            // Refused means nothing happened: no audit event but the refusal itself.
            const actions = await auditActionsOf(api, requestId);
            if (actions.some((action) => action !== 'identity.access.denied')) mismatches.push(`${outcome}, yet it wrote ${actions.join(', ')}`);
            if (!actions.includes('identity.access.denied')) mismatches.push(`${outcome}, and the refusal was not audited`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  async function fillPath(route: DiscoveredRoute, subject: TestOrganisation): Promise<{ path: string; resource: Partial<Resource> }> {
    let resource: Partial<Resource> = { jurisdictionCode: subject.jurisdictionCode, jurisdictionId: subject.jurisdictionId };
    let path = route.path;
    for (const [, name] of route.path.matchAll(/\{(\w+)\}/g)) {
      const factory = PARAM_FACTORIES[name];
      if (!factory) throw new Error(`${key(route)}: no factory for path parameter {${name}} in access-matrix.e2e-spec.ts PARAM_FACTORIES`);
      const filled = await factory(api, subject);
      path = path.replace(`{${name}}`, encodeURIComponent(filled.value));
      resource = { ...resource, ...filled.resource };
    }
    return { path, resource };
  }
});

/** Self-service routes (no permission named) are open to every signed-in user. */
function expectedDecision(route: DiscoveredRoute, actor: Actor, resource: Resource): Decision {
  return route.permission ? decide(actor, route.permission.action, resource) : 'allow';
}

/** The cast member of `role` as the policy sees them. */
function actorOf(cast: Cast, role: Role): Actor {
  const user = cast.users[role];
  const organisation = [cast.own, cast.other, ...Object.values(cast.organisations)].find((candidate) => candidate.id === user.organisationId);
  if (!organisation) throw new Error(`no organisation for ${role}`);
  return {
    userId: user.id,
    memberships: [
      {
        organisationId: organisation.id,
        organisationKind: organisation.kind,
        role,
        jurisdictionCode: organisation.jurisdictionCode,
        jurisdictionId: organisation.jurisdictionId,
        locales: role === 'translator' || role === 'reviewer' ? ['en'] : [],
      },
    ],
  };
}
