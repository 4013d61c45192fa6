import 'reflect-metadata';
import { PasswordHasher, seedDemoData } from '@bluecarbon/identity';
import { ConfigurationError, createDataSource, readConfig, runMigrations } from '@bluecarbon/platform';
import { seedOnboardingDemo } from './seed-onboarding-demo';

/**
 * Onboarding demo on a PostgreSQL server (the embedded engine loads it at start-up):
 * `npm run db:seed && node dist/libs/onboarding/src/seed/seed.cli.js`. Migrates, makes sure
 * identity's demo people exist (its seed adds only what is missing), then the partners.
 */
async function main(): Promise<void> {
  const config = readConfig();
  if (config.isProduction) throw new ConfigurationError('Refusing to load demo data with NODE_ENV=production');
  const dataSource = await createDataSource(config);
  try {
    await runMigrations(dataSource, config.databaseEngine);
    const hasher = new PasswordHasher();
    await seedDemoData(dataSource, config.env.DEMO_PASSWORD, (password) => hasher.hash(password));
    const result = await seedOnboardingDemo(dataSource);
    process.stdout.write(`onboarding demo (${config.databaseEngine}): ${result.jurisdictions} jurisdictions and ${result.cases} cases added\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
