// Builds the web portal (apps/web) with Vite into apps/web/dist, which the API serves at `/`.
// Skips the build when nothing it depends on changed since the last one: a hash of the web's
// sources, its configuration and the lockfile is kept next to the output. `--force` rebuilds.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const web = path.join(root, 'apps/web');
const outDir = path.join(web, 'dist');
const stampFile = path.join(outDir, '.source-hash');

async function* files(dir) {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'dist' && entry.name !== 'node_modules') yield* files(full);
    } else if (!/\.spec\.tsx?$/.test(entry.name) && entry.name !== 'README.md') yield full;
  }
}

async function sourceHash() {
  const hash = createHash('sha256');
  for await (const file of files(web))
    hash
      .update(path.relative(root, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  hash.update(await readFile(path.join(root, 'package-lock.json')));
  return hash.digest('hex');
}

const hash = await sourceHash();
const previous = await readFile(stampFile, 'utf8').catch(() => '');
if (previous === hash && !process.argv.includes('--force')) {
  console.log('web portal unchanged since the last build: apps/web/dist');
} else {
  const { build } = await import('vite');
  const started = Date.now();
  await build({ root: web, configFile: path.join(web, 'vite.config.mts'), logLevel: 'warn' });
  await writeFile(stampFile, hash);
  console.log(`built the web portal into apps/web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
