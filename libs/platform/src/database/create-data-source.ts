import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { createLogger, DatabaseLogger } from '../http/logging';
import { MIGRATIONS } from './migrations';
import { openPglite } from './pglite-pg-adapter';

type EntityList = NonNullable<DataSourceOptions['entities']>;

/**
 * Options for either engine: a PostgreSQL server when DATABASE_URL is set, else the embedded
 * PGlite in PGLITE_DATA_DIR (opened here; closed when TypeORM ends its pool). `synchronize`
 * stays off: the schema comes from MIGRATIONS only.
 */
export async function dataSourceOptions(config: AppConfig, entities: EntityList = []): Promise<DataSourceOptions> {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: ['error' as const],
    logger: new DatabaseLogger(createLogger(config.env.LOG_LEVEL)),
  };
  if (config.env.DATABASE_URL) {
    return {
      ...common,
      url: config.env.DATABASE_URL,
      poolSize: config.env.DATABASE_POOL_SIZE,
      applicationName: 'bluecarbon',
    };
  }
  const engine = await openPglite(config.env.PGLITE_DATA_DIR);
  return { ...common, driver: engine.driver, database: 'postgres' };
}

/** An initialised DataSource outside Nest: the migration CLI, seeds, tests and benchmarks. */
export async function createDataSource(config: AppConfig, entities: EntityList = []): Promise<DataSource> {
  return new DataSource(await dataSourceOptions(config, entities)).initialize();
}
