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

for (const [index, scenario] of scenarios.entries()) {
  if (!scenario.floor) continue;
  const { sql, params, respond } = scenario.floor;
  const statement = `bench_floor_${index}`;
  app.route({
    method: scenario.method ?? 'GET',
    url: floorRoute(scenario),
    handler: async (request, reply) => {
      const { rows } = sql ? await pool.query({ name: statement, text: sql, values: params ? params(request) : [] }) : { rows: [] };
      reply.code(scenario.status ?? 200);
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
