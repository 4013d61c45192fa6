// Unit specs live next to the code (`*.spec.ts`); e2e suites in test/e2e (`*.e2e-spec.ts`)
// run the whole API through setupApp on a real database: embedded PGlite by default, the
// PostgreSQL server named by DATABASE_URL when it is set.
const { swcOptions } = require('./tools/swc-options.cjs');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]));

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcOptions, swcrc: false, jsc: { ...swcOptions.jsc, paths: undefined, baseUrl: undefined } }] },
  moduleNameMapper,
  setupFiles: ['<rootDir>/test/support/jest-setup.ts'],
  testTimeout: 60_000,
  // Each e2e file boots its own API and database; two at a time suits a 2-core machine.
  maxWorkers: 2,
};
