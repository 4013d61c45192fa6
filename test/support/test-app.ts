import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, readConfig } from '@bluecarbon/platform';
import { createApi } from '../../apps/api/src/create-api';

/**
 * Settings for a test: the PostgreSQL server in DATABASE_URL when set (CI runs the suite on
 * both engines), otherwise a fresh in-memory PGlite per call. The outbox relay is off so that
 * tests drive it explicitly.
 */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return readConfig({
    PGLITE_DATA_DIR: 'memory://',
    WORKER_IN_API: 'false',
    NODE_ENV: 'test',
    ...overrides,
  });
}

export interface TestApi {
  app: NestFastifyApplication;
  config: AppConfig;
  /** For supertest: `request(api.server)`. */
  server: NestFastifyApplication['getHttpServer'] extends () => infer S ? S : never;
  close(): Promise<void>;
}

/** Boots the whole API exactly as main.ts does (createApi → setupApp), without listening. */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const config = testConfig(overrides);
  const app = await createApi(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return { app, config, server: app.getHttpServer(), close: () => app.close() };
}

export const engineName = (): 'server' | 'embedded' => (process.env.DATABASE_URL ? 'server' : 'embedded');

/**
 * A sweep over every route makes hundreds of requests; on a 2-core machine under load one took
 * 40-57 s, near jest's 60 s default. Its budget is explicit and wide: a hang still fails, a busy
 * machine does not.
 */
export const ROUTE_SWEEP_BUDGET_MS = 300_000;
