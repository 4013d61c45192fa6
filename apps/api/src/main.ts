import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { closeGracefullyOnSignal, DOCS_PATH, readConfig, startupFailureMessage } from '@bluecarbon/platform';
import { createApi } from './create-api';
import { exposureWarning } from './listen-address';

async function main(): Promise<void> {
  const config = readConfig();
  const app = await createApi(config);
  await app.listen({ port: config.env.PORT, host: config.env.HOST });
  const log = app.getHttpAdapter().getInstance().log;
  closeGracefullyOnSignal(app, config.env.SHUTDOWN_DRAIN_MS, log);
  const shown = config.env.HOST === '0.0.0.0' ? 'localhost' : config.env.HOST;
  // The port actually bound: PORT=0 asks the system for a free one.
  const { port } = app.getHttpServer().address() as AddressInfo;
  const base = `http://${shown}:${port}`;
  const warning = exposureWarning(config);
  if (warning) log.warn({ host: config.env.HOST }, warning);
  log.info(
    { engine: config.databaseEngine, api: `${base}/api/v1`, docs: `${base}/${DOCS_PATH}` },
    `Blue Carbon Portal API on ${base}/api/v1 — docs at ${base}/${DOCS_PATH} (database: ${config.databaseEngine})`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${startupFailureMessage(error)}\n`);
  process.exit(1);
});
