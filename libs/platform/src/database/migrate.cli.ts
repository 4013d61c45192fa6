import 'reflect-metadata';
import { ConfigurationError } from '../config/load-environment';
import { readConfig } from '../config/read-config';
import { createDataSource } from './create-data-source';
import { runMigrations } from './run-migrations';

/** `npm run db:migrate`: applies pending migrations to the configured engine and exits. */
async function main(): Promise<void> {
  const config = readConfig();
  const dataSource = await createDataSource(config);
  try {
    const applied = await runMigrations(dataSource, config.databaseEngine);
    process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigurationError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
