// Benchmark scenarios for `npm run bench`. One entry per scenario; later issues add theirs here.
//
// An entry:
//   name      short unique label shown in the table (BENCH_ONLY filters on it)
//   method    HTTP method; default 'GET'
//   path      request path on the API, e.g. '/api/v1/health/ready'
//   headers   optional request headers (both the API and the floor receive the same ones)
//   body      optional request body: an object is sent as JSON
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
//             Functions here run in the floor process, which imports this file itself.

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
];
