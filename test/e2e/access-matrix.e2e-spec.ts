import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { type Actor, decide, type Decision, type Resource, type Role, ROLES } from '@bluecarbon/identity';
import {
  type AccessMatrixPlugin,
  auditActionsOf,
  type Cast,
  createCast,
  discoverRoutes,
  dataSourceOf,
  type DiscoveredRoute,
  exampleBody,
  type MatrixParamFactory,
  type OpenApiDocument,
  type TestOrganisation,
} from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { startTestApi, type TestApi } from '../support/test-app';

/** The platform's own public routes; each module lists its own in its `accessMatrix` plugin. */
const PLATFORM_PUBLIC_ROUTES = ['GET /api/v1/health/live', 'GET /api/v1/health/ready'];

/**
 * Every `accessMatrix` export of test/support/*-fixtures.ts: the routes a module opens to the
 * public (so that opening a route is always a visible, reviewed decision) and how to fill its
 * path parameters with a record of a given city. A route whose parameter has no factory
 * fails the matrix, naming the route and the key to add.
 */
function loadPlugins(): { file: string; plugin: AccessMatrixPlugin }[] {
  const folder = path.join(__dirname, '../support');
  return readdirSync(folder)
    .filter((name) => name.endsWith('-fixtures.ts'))
    .map((name) => ({ file: name, plugin: jest.requireActual<{ accessMatrix?: AccessMatrixPlugin }>(path.join(folder, name)).accessMatrix }))
    .filter((entry): entry is { file: string; plugin: AccessMatrixPlugin } => entry.plugin !== undefined);
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

describe('access matrix over every route of the API', () => {
  let api: TestApi;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let document: OpenApiDocument;
  let routes: DiscoveredRoute[];
  let cast: Cast;
  const plugins = loadPlugins();
  const publicRoutes = [...PLATFORM_PUBLIC_ROUTES, ...plugins.flatMap(({ plugin }) => plugin.publicRoutes ?? [])];
  const factories: Record<string, { factory: MatrixParamFactory; file: string }> = Object.fromEntries(
    plugins.flatMap(({ file, plugin }) => Object.entries(plugin.params ?? {}).map(([name, factory]) => [name, { factory, file }])),
  );

  beforeAll(async () => {
    // Allowed writes really happen (organisations are created, renamed): keep them out of the shared database.
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
    document = (await request(api.server).get('/api/docs-json').expect(200)).body;
    routes = discoverRoutes(api);
    cast = await createCast(api);
    for (const { plugin } of plugins) await plugin.prepare?.(api, cast);
    // A plugin may have linked the cities to Jurisdiction records: read them back.
    for (const city of [cast.own, cast.other]) {
      const [row] = await dataSourceOf(api).query(`SELECT jurisdiction_id FROM organisation WHERE id = $1`, [city.id]);
      city.jurisdictionId = row.jurisdiction_id;
    }
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
    expect(routes.filter((route) => route.isPublic).map(key).sort()).toEqual([...publicRoutes].sort());
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
    let filledPath = route.path;
    for (const match of route.path.matchAll(/(?:([^/{}]+)\/)?\{(\w+)\}/g)) {
      const [, segment, name] = match;
      const specific = segment ? `${segment}.${name}` : name;
      const found = factories[specific] ?? factories[name];
      if (!found) {
        throw new Error(
          `${key(route)}: no factory for {${name}}: add \`params['${specific}']\` to the \`accessMatrix\` export of your test/support/<module>-fixtures.ts`,
        );
      }
      const filled = await found.factory(api, subject, cast);
      filledPath = filledPath.replace(`{${name}}`, encodeURIComponent(filled.value));
      resource = { ...resource, ...filled.resource };
    }
    return { path: filledPath, resource };
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
