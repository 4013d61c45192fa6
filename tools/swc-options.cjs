// One SWC configuration for the build and for jest, so tests run the code as it ships.
// Legacy decorators with metadata: NestJS injection and class-validator depend on both.
const path = require('node:path');
const { compilerOptions } = require('../tsconfig.base.json');

const root = path.resolve(__dirname, '..');

module.exports = {
  root,
  swcOptions: {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: root,
      paths: compilerOptions.paths,
    },
    // ignoreDynamic keeps `import()` as a real dynamic import instead of turning it into
    // require(): ESM-only packages (the unified/mdast family) load that way both in dist and
    // in jest (--experimental-vm-modules), where require() of ESM fails.
    module: { type: 'commonjs', strictMode: true, ignoreDynamic: true },
    sourceMaps: true,
  },
};
