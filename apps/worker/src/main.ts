import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigurationError, createLogger, PinoNestLogger, readConfig } from '@bluecarbon/platform';
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
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: new PinoNestLogger(logger) });
  app.enableShutdownHooks();
  logger.info({ engine: config.databaseEngine }, 'Blue Carbon Portal worker started');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigurationError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
