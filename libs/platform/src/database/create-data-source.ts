import { DataSource, type DataSourceOptions, type EntitySchema } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import type { AppConfig } from '../config/app-config';
import { createLogger, DatabaseLogger } from '../http/logging';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { MIGRATIONS } from './migrations';
import { openPglite } from './pglite-pg-adapter';

/** Entity classes, listed explicitly: globs break once the code is bundled or compiled elsewhere. */
export type EntityList = readonly ((new () => object) | EntitySchema)[];

/** The platform's own tables, mapped on every data source: any write may be audited or announce an event. */
export const PLATFORM_ENTITIES: EntityList = [AuditEvent, OutboxEvent];

/**
 * Options for either engine: a PostgreSQL server when DATABASE_URL is set, else the embedded
 * PGlite in PGLITE_DATA_DIR (opened here; closed when TypeORM ends its pool). `synchronize`
 * stays off: the schema comes from MIGRATIONS only. `entities` is the app's one explicit list
 * (no globs, no auto-loading): the API, the worker and the CLIs map the same classes.
 */
export async function dataSourceOptions(config: AppConfig, entities: EntityList = []): Promise<DataSourceOptions> {
  const common = {
    type: 'postgres' as const,
    entities: [...PLATFORM_ENTITIES, ...entities],
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
