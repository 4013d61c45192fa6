import 'reflect-metadata';
import { PasswordHasher } from '@bluecarbon/identity';
import { ConfigurationError, createDataSource, readConfig, runMigrations } from '@bluecarbon/platform';
import { runDemoSeeds } from './demo-seeds';

/** `npm run db:seed`: migrates, then adds every module's missing demo data. Never in production. */
async function main(): Promise<void> {
  const config = readConfig();
  if (config.isProduction) throw new ConfigurationError('Refusing to load demo data with NODE_ENV=production');
  const dataSource = await createDataSource(config);
  try {
    await runMigrations(dataSource, config.databaseEngine);
    const hasher = new PasswordHasher();
    await runDemoSeeds(dataSource, { demoPassword: config.env.DEMO_PASSWORD, hashPassword: (password) => hasher.hash(password) }, (line) =>
      process.stdout.write(`demo data (${config.databaseEngine}) ${line}\n`),
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
