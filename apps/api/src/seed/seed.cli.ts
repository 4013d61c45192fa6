import 'reflect-metadata';
import { readConfig } from '@bluecarbon/platform';
import { seedDatabase } from './seed-database';

/** `npm run db:seed`: migrates, then adds every module's missing demo data. Never in production. */
async function main(): Promise<void> {
  await seedDatabase(readConfig(), (line) => process.stdout.write(`${line}\n`));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
