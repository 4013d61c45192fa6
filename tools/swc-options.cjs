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
    module: { type: 'commonjs', strictMode: true },
    sourceMaps: true,
  },
};
