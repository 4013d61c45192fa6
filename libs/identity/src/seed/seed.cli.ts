import 'reflect-metadata';
import { ConfigurationError, createDataSource, readConfig, runMigrations } from '@bluecarbon/platform';
import { PasswordHasher } from '../passwords/password-hasher';
import { seedDemoData } from './seed-demo';

/** `npm run db:seed`: migrates, then adds the demo organisations and users that are missing. */
async function main(): Promise<void> {
  const config = readConfig();
  if (config.isProduction) throw new ConfigurationError('Refusing to load demo users with NODE_ENV=production');
  const dataSource = await createDataSource(config);
  try {
    await runMigrations(dataSource, config.databaseEngine);
    const hasher = new PasswordHasher();
    const result = await seedDemoData(dataSource, config.env.DEMO_PASSWORD, (password) => hasher.hash(password));
    process.stdout.write(`demo data (${config.databaseEngine}): ${result.organisations} organisations and ${result.users} users added\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
