import { PasswordHasher } from '@bluecarbon/identity';
import { type AppConfig, ConfigurationError, createDataSource, runMigrations } from '@bluecarbon/platform';
import { API_ENTITIES } from '../api-entities';
import { runDemoSeeds } from './demo-seeds';

/**
 * What `npm run db:seed` does: migrates, then adds every module's missing demo data, on a data
 * source of its own that maps the API's entities (the seeds use the same services and
 * repositories as the API). Never in production.
 */
export async function seedDatabase(config: AppConfig, log: (line: string) => void): Promise<void> {
  if (config.isProduction) throw new ConfigurationError('Refusing to load demo data with NODE_ENV=production');
  const dataSource = await createDataSource(config, API_ENTITIES);
  try {
    await runMigrations(dataSource, config.databaseEngine);
    const hasher = new PasswordHasher();
    const context = { demoPassword: config.env.DEMO_PASSWORD, hashPassword: (password: string) => hasher.hash(password) };
    await runDemoSeeds(dataSource, context, (line) => log(`demo data (${config.databaseEngine}) ${line}`));
  } finally {
    await dataSource.destroy();
  }
}
