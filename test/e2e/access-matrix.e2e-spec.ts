import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { type Actor, decide, type Decision, permits, type Resource, type Role, ROLES } from '@bluecarbon/identity';
import {
  type AccessMatrixPlugin,
  auditActionsOf,
  type Cast,
  createCast,
  discoverRoutes,
  dataSourceOf,
  type DiscoveredRoute,
  exampleBody,
  type MatrixBodyFactory,
  type MatrixDecision,
  type MatrixParamFactory,
  type OpenApiDocument,
  type TestOrganisation,
} from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { ROUTE_SWEEP_BUDGET_MS, startTestApi, type TestApi } from '../support/test-app';

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
  const bodies: Record<string, MatrixBodyFactory> = Object.assign({}, ...plugins.map(({ plugin }) => plugin.bodies ?? {}));
  const decisions: Record<string, MatrixDecision> = Object.assign({}, ...plugins.map(({ plugin }) => plugin.decisions ?? {}));
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
    expect(
      routes
        .filter((route) => route.isPublic)
        .map(key)
        .sort(),
    ).toEqual([...publicRoutes].sort());
  });

  it(
    'answers every other route without a token with 401 problem+json',
    async () => {
      const unguarded: string[] = [];
      for (const route of routes.filter((candidate) => !candidate.isPublic)) {
        const path = route.path.replace(/\{\w+\}/g, randomUUID());
        const response = await request(api.server)[route.method.toLowerCase() as 'get'](path).set('Content-Type', 'application/json').send('{}');
        if (response.status !== 401 || !/^application\/problem\+json/.test(response.headers['content-type'] ?? '')) {
          unguarded.push(`${key(route)} → ${response.status}`);
        }
      }
      expect(unguarded).toEqual([]);
    },
    ROUTE_SWEEP_BUDGET_MS,
  );

  it(
    'refuses a token that is not ours on every non-public route',
    async () => {
      const forged = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4Iiwic2NvcGUiOiJmdWxsIn0.';
      for (const route of routes.filter((candidate) => !candidate.isPublic)) {
        const path = route.path.replace(/\{\w+\}/g, randomUUID());
        const response = await request(api.server)[route.method.toLowerCase() as 'get'](path).set('Authorization', `Bearer ${forged}`);
        expect({ route: key(route), status: response.status }).toEqual({ route: key(route), status: 401 });
      }
    },
    ROUTE_SWEEP_BUDGET_MS,
  );

  it(
    'refuses at the guard, and audits, every write route for each role that can never do it',
    async () => {
      // Needs no records: a role without the route's permission is refused before any lookup.
      const mismatches: string[] = [];
      for (const route of routes.filter((candidate) => !candidate.isPublic && WRITE_METHODS.has(candidate.method) && candidate.permission)) {
        for (const role of ROLES) {
          if (permits(actorOf(cast, role), route.permission!.action)) continue;
          const path = route.path.replace(/\{\w+\}/g, randomUUID());
          // The guard refuses before the body is read: any body will do when no example can be built.
          const response = await send(route, path, cast.users[role].auth, false);
          const outcome = `${key(route)} as ${role}: expected 403, got ${response.status} ${response.body?.code ?? ''}`;
          if (response.status !== 403) mismatches.push(outcome);
          mismatches.push(...(await refusalProblems(response.requestId, outcome)));
        }
      }
      expect(mismatches).toEqual([]);
    },
    ROUTE_SWEEP_BUDGET_MS,
  );

  it(
    'applies the policy to every write route for each role, on a record of its own and of another jurisdiction',
    async () => {
      const writes = routes.filter((route) => !route.isPublic && WRITE_METHODS.has(route.method));
      expect(writes.length).toBeGreaterThan(0);
      const mismatches: string[] = [];
      for (const route of writes) {
        const missing = missingFactories(route);
        const bodyProblem = bodies[key(route)] ? null : exampleProblem(route);
        if (bodyProblem) mismatches.push(bodyProblem);
        if (missing.length) {
          mismatches.push(
            ...missing.map(
              (name) =>
                `${key(route)}: no factory for {${name.split('.').pop()}}: add \`params['${name}']\` to the \`accessMatrix\` export of your test/support/<module>-fixtures.ts`,
            ),
          );
        }
        if (missing.length || bodyProblem) continue;
        for (const role of ROLES) {
          for (const [label, subject] of [
            ['own', cast.own],
            ['other', cast.other],
          ] as const) {
            const { path, resource, body } = await fillPath(route, subject);
            const policyResource: Resource = { kind: route.permission?.resource ?? 'self', ...resource };
            const expected = expectedDecision(route, actorOf(cast, role), policyResource, decisions[key(route)]);
            if (expected === 'allow' && decisions[key(route)] && !identityAllowsBeyondVisibility(route, actorOf(cast, role), policyResource)) {
              mismatches.push(
                `${key(route)} as ${role} on ${label} jurisdiction: the module's rule allows what identity's policy refuses (a module rule may only narrow it)`,
              );
            }
            const response = await send(route, path, cast.users[role].auth, true, body);
            const outcome = `${key(route)} as ${role} on ${label} jurisdiction: expected ${expected}, got ${response.status} ${response.body?.code ?? ''}`;
            if (expected === 'allow' && [401, 403, 404].includes(response.status)) mismatches.push(outcome);
            if (expected === 'forbidden' && response.status !== 403) mismatches.push(outcome);
            if (expected === 'not_found' && response.status !== 404) mismatches.push(outcome);
            if (expected !== 'allow') mismatches.push(...(await refusalProblems(response.requestId, outcome)));
          }
        }
      }
      expect(mismatches).toEqual([]);
    },
    ROUTE_SWEEP_BUDGET_MS,
  );

  /** Sends a write with a valid example body, If-Match "1" and its own request id. */
  async function send(
    route: DiscoveredRoute,
    path: string,
    auth: { Authorization: string },
    strict = true,
    given?: object,
  ): Promise<request.Response & { requestId: string }> {
    const requestId = randomUUID();
    let call = request(api.server)[route.method.toLowerCase() as 'post'](path).set(auth).set('X-Request-Id', requestId).set('If-Match', '"1"');
    const body = given ?? (strict || !exampleProblem(route) ? exampleBody(document, route.method, route.path) : {});
    if (body !== undefined) call = call.send(body);
    return Object.assign(await call, { requestId });
  }

  /** Refused means nothing happened: no audit event but the refusal itself, which is there. */
  async function refusalProblems(requestId: string, outcome: string): Promise<string[]> {
    const actions = await auditActionsOf(api, requestId);
    const problems: string[] = [];
    if (actions.some((action) => action !== 'identity.access.denied')) problems.push(`${outcome}, yet it wrote ${actions.join(', ')}`);
    if (!actions.includes('identity.access.denied')) problems.push(`${outcome}, and the refusal was not audited`);
    return problems;
  }

  /** A refusal only means something if the body was valid: each DTO field needs an example. */
  function exampleProblem(route: DiscoveredRoute): string | null {
    try {
      exampleBody(document, route.method, route.path);
      return null;
    } catch (error) {
      return `${(error as Error).message} (the matrix sends examples, so that a refusal is about who asks)`;
    }
  }

  function factoryKeys(route: DiscoveredRoute): { specific: string; name: string }[] {
    return [...route.path.matchAll(/(?:([^/{}]+)\/)?\{(\w+)\}/g)].map(([, segment, name]) => ({ specific: segment ? `${segment}.${name}` : name, name }));
  }

  function missingFactories(route: DiscoveredRoute): string[] {
    return factoryKeys(route)
      .filter(({ specific, name }) => !factories[specific] && !factories[name])
      .map(({ specific }) => specific);
  }

  /**
   * The concrete path and body for a write on `subject`'s record. A record named in the path
   * belongs to the subject's jurisdiction; one created from the body belongs where the body
   * factory says, or is shared material when there is none.
   */
  async function fillPath(route: DiscoveredRoute, subject: TestOrganisation): Promise<{ path: string; resource: Partial<Resource>; body?: object }> {
    const keys = factoryKeys(route);
    let resource: Partial<Resource> = keys.length ? { jurisdictionCode: subject.jurisdictionCode, jurisdictionId: subject.jurisdictionId } : {};
    let body: object | undefined;
    const bodyFactory = bodies[key(route)];
    if (bodyFactory) {
      const made = await bodyFactory(api, subject, cast);
      body = made.body;
      resource = { ...resource, ...made.resource };
    }
    let filledPath = route.path;
    for (const { specific, name } of keys) {
      const found = factories[specific] ?? factories[name];
      const filled = await found.factory(api, subject, cast);
      filledPath = filledPath.replace(`{${name}}`, encodeURIComponent(filled.value));
      resource = { ...resource, ...filled.resource };
    }
    return { path: filledPath, resource, body };
  }
});

/**
 * The guard refuses a role without the route's action before any record is read (403); past
 * it, the module's own rule when it declares one, else identity's policy. Self-service routes
 * (no permission named) are open to every signed-in user unless the module says otherwise.
 */
function expectedDecision(route: DiscoveredRoute, actor: Actor, resource: Resource, moduleRule?: MatrixDecision): Decision {
  if (route.permission && !permits(actor, route.permission.action)) return 'forbidden';
  if (moduleRule) return moduleRule(actor, resource);
  return route.permission ? decide(actor, route.permission.action, resource) : 'allow';
}

/**
 * Whether identity's policy allows the action once the record's visibility is set aside (a
 * module may show its records to more people than identity's draft rule does, e.g. ICLEI
 * following every partner's onboarding), so that a module's own rule never grants a write
 * identity refuses, such as a city writing another city's record.
 */
function identityAllowsBeyondVisibility(route: DiscoveredRoute, actor: Actor, resource: Resource): boolean {
  return route.permission ? decide(actor, route.permission.action, { ...resource, state: null }) === 'allow' : true;
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
