// Benchmark scenarios for `npm run bench`. One entry per scenario; later issues add theirs here.
//
// An entry:
//   name      short unique label shown in the table (BENCH_ONLY filters on it)
//   method    HTTP method; default 'GET'
//   path      request path on the API, e.g. '/api/v1/health/ready'
//   headers   optional request headers (both the API and the floor receive the same ones)
//   body      optional request body: an object is sent as JSON
//   engines   optional ['server'] for a scenario whose setup needs `db`; default both engines
//   status    expected status code; default 200. A probe before the run checks it on the API
//             and on the floor, and any other status during the run marks the row as failed.
//   setup     optional async ({ engine, baseUrl, db, request }) => overrides. Runs once per
//             engine before that engine's run. `request(method, path, { body, headers })`
//             calls the API under test and resolves to { status, headers, body }; `db` is a
//             `pg` Client on the bench database (server engine only, null on embedded), so
//             prefer seeding through the API when a scenario should also run embedded. It may
//             return { path, headers, body } to change the request (a token, a created id).
//             The floor gets the server engine's request.
//   floor     what a bare Fastify + pg handler does for the same request, with no framework
//             around it. The floor server registers `route` (a Fastify pattern such as
//             '/api/v1/projects/:id'; default: `path` without its query string) and answers:
//               sql      the query, run as a named prepared statement on a pg Pool (omit
//                        it for an endpoint that does not touch the database)
//               params   optional (request) => values for $1.., from the Fastify request
//                        (request.params, request.query, request.body, request.headers)
//               respond  optional (rows, request, reply) => payload; default rows[0]
//             or, for more than one query, a handler of its own:
//               handle   async (request, reply, { query, env }) => payload, where
//                        query(text, values) runs a named prepared statement and returns rows
//             Functions here run in the floor process, which imports this file itself.

import argon2 from 'argon2';
import { jwtVerify } from 'jose';

/** The API's own payload shape, so the floor serialises a comparable response. */
const readiness = (rows) => ({
  status: 'ok',
  database: { engine: 'server', version: rows[0].version, ctype: rows[0].ctype },
});

export const scenarios = [
  {
    name: 'health/ready',
    method: 'GET',
    path: '/api/v1/health/ready',
    floor: {
      sql: `SELECT datctype AS ctype, current_setting('server_version') AS version
              FROM pg_database WHERE datname = current_database()`,
      respond: readiness,
    },
  },
  {
    // No database: what the framework and the middleware alone cost next to bare Fastify.
    name: 'health/live',
    method: 'GET',
    path: '/api/v1/health/live',
    floor: { respond: () => ({ status: 'ok' }) },
  },
  {
    // The full signed-in path: bearer token, global access guard (JWT + actor query), then
    // the user and their memberships. The floor verifies the same token and runs the same
    // three queries (ActorLoader.load, MeService.get): keep it in step with them.
    name: 'me (signed in)',
    method: 'GET',
    path: '/api/v1/me',
    engines: ['server'], // the user is inserted with SQL
    setup: async ({ db, request }) => {
      const email = 'bench.coordinator@bench.invalid';
      const password = 'bench-only-password-3f9c1e';
      const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
      const [organisation] = (
        await db.query(`INSERT INTO organisation (kind, name, jurisdiction_code) VALUES ('jurisdiction', $1, 'CN-GD-BENCH') RETURNING id`, [
          JSON.stringify({ en: 'Bench City', 'zh-CN': '基准市', 'pt-BR': 'Cidade de Teste' }),
        ])
      ).rows;
      const [user] = (
        await db.query(`INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, 'Bench Coordinator', $2) RETURNING id`, [email, hash])
      ).rows;
      await db.query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'coordinator')`, [user.id, organisation.id]);
      const login = await request('POST', '/api/v1/auth/login', { body: { email, password } });
      if (login.status !== 200 || !login.body?.accessToken) throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
      return { headers: { authorization: `Bearer ${login.body.accessToken}` } };
    },
    floor: {
      handle: async (request, reply, { query, env }) => {
        const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
        const { payload } = await jwtVerify(token ?? '', new TextEncoder().encode(env.JWT_SECRET), {
          algorithms: ['HS256'],
          issuer: env.JWT_ISSUER || 'bluecarbon-portal',
          audience: env.JWT_AUDIENCE || 'bluecarbon-api',
          requiredClaims: ['sub', 'exp', 'iat'],
        });
        const actor = await query(
          `SELECT u.id, u.email, u.preferred_locale, m.organisation_id, o.kind, m.role, m.locales,
                  o.jurisdiction_code, o.jurisdiction_id
             FROM app_user u
             LEFT JOIN membership m ON m.user_id = u.id
             LEFT JOIN organisation o ON o.id = m.organisation_id
            WHERE u.id = $1 AND u.status = 'active'`,
          [payload.sub],
        );
        if (actor.length === 0) return reply.code(401).send({ status: 401 });
        const [user] = await query(
          `SELECT id, email, display_name, preferred_locale, totp_enabled_at, version FROM app_user WHERE id = $1 LIMIT 1`,
          [payload.sub],
        );
        const memberships = await query(
          `SELECT m.role, m.locales, o.id, o.kind, o.name, o.jurisdiction_code, o.jurisdiction_id, o.version
             FROM membership m JOIN organisation o ON o.id = m.organisation_id
            WHERE m.user_id = $1 ORDER BY m.created_at`,
          [payload.sub],
        );
        reply.header('ETag', `"${user.version}"`);
        return {
          id: user.id,
          email: user.email,
          displayName: user.display_name,
          preferredLocale: user.preferred_locale,
          mfaEnabled: user.totp_enabled_at !== null,
          memberships: memberships.map((m) => ({
            organisation: { id: m.id, kind: m.kind, name: m.name, jurisdictionCode: m.jurisdiction_code, jurisdictionId: m.jurisdiction_id, version: m.version },
            role: m.role,
            locales: m.locales,
          })),
          locales: [...new Set(memberships.flatMap((m) => m.locales))],
          organisationKinds: [...new Set(memberships.map((m) => m.kind))],
          version: user.version,
        };
      },
    },
  },
];
