// The built API on the embedded engine, as `main.js` serves it, plus a way in for the bench's
// set-up. On the server engine a scenario seeds its data with a `pg` Client (and the demo data
// with `npm run db:seed`); PGlite is one session inside the API's own process, so here the bench
// sends the same statements over the IPC channel of `fork()` and this process runs them on the
// API's DataSource. None of this is part of the product: it runs only under `npm run bench`
// with BENCH_EMBEDDED=1, and only during set-up, never while a target is measured.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dist = process.env.BENCH_API_DIST;
if (!dist) throw new Error('BENCH_API_DIST must name the dist/ folder to serve');

require('reflect-metadata');
const { readConfig } = require(path.join(dist, 'libs/platform/src'));
const { createApi } = require(path.join(dist, 'apps/api/src/create-api'));
const { runDemoSeeds } = require(path.join(dist, 'apps/api/src/seed/demo-seeds'));
const { PasswordHasher } = require(path.join(dist, 'libs/identity/src'));
// The API's own typeorm (resolved from dist/, as the API resolves it) to find its DataSource.
const { DataSource } = createRequire(path.join(dist, 'apps/api/src/main.js'))('typeorm');

const config = readConfig();
const app = await createApi(config);
await app.listen({ port: config.env.PORT, host: config.env.HOST });
const dataSource = app.get(DataSource);

/** `{ rows }` like node-postgres, whatever the statement (TypeORM's plain query() does not). */
async function run(sql, params) {
  const runner = dataSource.createQueryRunner();
  try {
    const result = await runner.query(sql, params, true);
    return { rows: result.records ?? [], rowCount: result.affected ?? result.records?.length ?? 0 };
  } finally {
    await runner.release();
  }
}

/** The demo data as `npm run db:seed` loads it on a server, with the bench's demo password. */
async function seedDemo(demoPassword) {
  const hasher = app.get(PasswordHasher);
  await runDemoSeeds(dataSource, { demoPassword, hashPassword: (password) => hasher.hash(password) }, () => {});
  return { rows: [], rowCount: 0 };
}

process.on('message', async ({ id, sql, params, demoPassword }) => {
  try {
    process.send({ id, result: demoPassword ? await seedDemo(demoPassword) : await run(sql, params) });
  } catch (error) {
    process.send({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    void app.close().finally(() => process.exit(0));
  });
}
