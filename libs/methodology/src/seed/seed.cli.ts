import 'reflect-metadata';
import { ConfigurationError, createDataSource, readConfig, runMigrations } from '@bluecarbon/platform';
import { seedMethodologyDemo } from './seed-methodology-demo';

/**
 * `node dist/libs/methodology/src/seed/seed.cli.js` after `npm run db:seed`: migrates, then
 * adds the seeded mangrove methodology (1.0.0, published) if it is missing. Demo figures:
 * never in production.
 */
async function main(): Promise<void> {
  const config = readConfig();
  if (config.isProduction) throw new ConfigurationError('Refusing to load the demo methodology with NODE_ENV=production');
  const dataSource = await createDataSource(config);
  try {
    await runMigrations(dataSource, config.databaseEngine);
    const result = await seedMethodologyDemo(dataSource);
    process.stdout.write(`demo methodology (${config.databaseEngine}): ${result.templates} template(s) and ${result.versions} version(s) added\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
