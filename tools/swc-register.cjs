// Lets a worker thread require the TypeScript sources, compiled by SWC with the options of the
// build and of jest. The API's worker pools load their compiled `.js` files from dist/; under
// jest the sources are `.ts` and the workers run outside jest's module system, so the pool
// starts them with `--require tools/swc-register.cjs` (see libs/methodology/src/calculation).
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');
const { swcOptions } = require('./swc-options.cjs');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...swcOptions, filename, sourceMaps: 'inline' });
  module._compile(code, filename);
};
