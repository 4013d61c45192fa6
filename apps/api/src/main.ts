import 'reflect-metadata';
import { ConfigurationError, DOCS_PATH, readConfig } from '@bluecarbon/platform';
import { createApi } from './create-api';
import { exposureWarning } from './listen-address';

async function main(): Promise<void> {
  const config = readConfig();
  const app = await createApi(config);
  await app.listen({ port: config.env.PORT, host: config.env.HOST });
  const shown = config.env.HOST === '0.0.0.0' ? 'localhost' : config.env.HOST;
  const base = `http://${shown}:${config.env.PORT}`;
  const log = app.getHttpAdapter().getInstance().log;
  const warning = exposureWarning(config);
  if (warning) log.warn({ host: config.env.HOST }, warning);
  log.info(
    { engine: config.databaseEngine, api: `${base}/api/v1`, docs: `${base}/${DOCS_PATH}` },
    `Blue Carbon Portal API on ${base}/api/v1 — docs at ${base}/${DOCS_PATH} (database: ${config.databaseEngine})`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
