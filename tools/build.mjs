// Compiles apps/ and libs/ to dist/ with SWC (fast on small machines; `npm run typecheck`
// does the type checking). Path aliases are rewritten to relative requires, so
// `node dist/apps/api/main.js` runs without a loader. JSON resources are copied alongside.
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { transformFile } from '@swc/core';

const require = createRequire(import.meta.url);
const { root, swcOptions } = require('./swc-options.cjs');
// `--out-dir <folder>`: tests that run the built processes build their own copy, so that they
// never race a developer's `npm run build` (which empties dist/). It must be inside the checkout
// for `node_modules` to resolve.
const outFlag = process.argv.indexOf('--out-dir');
const outDir = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'dist');

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // `testing/` folders hold helpers for specs only; they do not ship. The web portal is a
    // browser program that Vite builds (tools/build-web.mjs).
    if (entry.isDirectory()) {
      if (entry.name !== 'testing' && full !== path.join(root, 'apps', 'web')) yield* sources(full);
    } else if (/\.ts$/.test(entry.name) && !/\.(spec|test)\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield full;
    else if (entry.name.endsWith('.json') && !/(project|tsconfig.*)\.json$/.test(entry.name)) yield full;
  }
}

await rm(outDir, { recursive: true, force: true });
let count = 0;
for (const top of ['apps', 'libs']) {
  for await (const file of sources(path.join(root, top))) {
    const relative = path.relative(root, file);
    const target = path.join(outDir, relative.replace(/\.ts$/, '.js'));
    await mkdir(path.dirname(target), { recursive: true });
    if (file.endsWith('.json')) {
      await cp(file, target);
      continue;
    }
    const { code, map } = await transformFile(file, {
      ...swcOptions,
      filename: file,
      outputPath: target,
      sourceFileName: path.relative(path.dirname(target), file),
    });
    await writeFile(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map`);
    if (map) await writeFile(`${target}.map`, map);
    count += 1;
  }
}
console.log(`built ${count} files into ${path.relative(root, outDir) || '.'}/`);
