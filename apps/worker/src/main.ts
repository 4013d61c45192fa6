import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { boundPort, ConfigurationError, createLogger, PinoNestLogger, readConfig, serveWorkerEndpoints, startupFailureMessage } from '@bluecarbon/platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.env.LOG_LEVEL);
  if (config.databaseEngine === 'embedded') {
    // PGlite's folder belongs to one process: the API runs the relay itself in that case.
    throw new ConfigurationError(
      'Invalid configuration: DATABASE_URL: the worker needs a PostgreSQL server; with the embedded database the API runs background jobs itself',
    );
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
    abortOnError: false, // a start-up failure is reported below, not by a core dump
  });
  // On SIGTERM the relay finishes the delivery in hand and releases the rest (RelayLifecycle).
  app.enableShutdownHooks();
  const endpoints = await serveWorkerEndpoints(app, config);
  const address = `http://${config.env.HOST}:${boundPort(endpoints)}`;
  logger.info({ engine: config.databaseEngine, metrics: `${address}/metrics`, health: `${address}/health` }, 'Blue Carbon Portal worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(`${startupFailureMessage(error)}\n`);
  process.exit(1);
});
