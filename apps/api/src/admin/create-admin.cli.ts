import 'reflect-metadata';
import { readConfig } from '@bluecarbon/platform';
import { createAdmin } from './create-admin';

/** `npm run admin:create -- --email … [--name …]`; see createAdmin. */
async function main(): Promise<void> {
  process.exitCode = await createAdmin(process.argv.slice(2), readConfig(), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
