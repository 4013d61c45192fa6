// The floor: a bare Fastify + pg server doing each scenario's database round trip with no
// framework around it (no Nest, no validation, no i18n, no logging, no security headers).
// Started by run.mjs as a child process; tells its parent the port over IPC when listening.
import Fastify from 'fastify';
import pg from 'pg';
import { scenarios } from './scenarios.mjs';

const databaseUrl = process.env.DATABASE_URL;
const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';

const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'bluecarbon-bench-floor' });
const app = Fastify({ logger: false });

/** Fastify pattern for a scenario: its own `floor.route`, else the path without the query. */
function floorRoute(scenario) {
  return scenario.floor.route ?? scenario.path.split('?')[0];
}

const statements = new Map();

/** Runs `text` as a named prepared statement (one name per distinct text) and returns its rows. */
async function query(text, values = []) {
  let name = statements.get(text);
  if (!name) {
    name = `bench_floor_${statements.size}`;
    statements.set(text, name);
  }
  return (await pool.query({ name, text, values })).rows;
}

const context = { query, env: process.env };

// Scenarios that differ only in their data (memory suggestions at 100k and 1M entries) share
// one route; the first one's handler serves both, so theirs must be the same.
const routes = new Set();
for (const scenario of scenarios) {
  if (!scenario.floor) continue;
  const route = `${scenario.method ?? 'GET'} ${floorRoute(scenario)}`;
  if (routes.has(route)) continue;
  routes.add(route);
  const { sql, params, respond, handle } = scenario.floor;
  app.route({
    method: scenario.method ?? 'GET',
    url: floorRoute(scenario),
    handler: async (request, reply) => {
      reply.code(scenario.status ?? 200);
      if (handle) return handle(request, reply, context);
      const rows = sql ? await query(sql, params ? params(request) : []) : [];
      return respond ? respond(rows, request, reply) : rows[0];
    },
  });
}

async function close() {
  await app.close().catch(() => {});
  await pool.end().catch(() => {});
  process.exit(0);
}
process.on('SIGTERM', close);
process.on('SIGINT', close);
process.on('disconnect', close);

await app.listen({ port, host });
process.send?.({ listening: app.server.address().port });
