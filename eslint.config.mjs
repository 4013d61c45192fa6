import { createProjectGraphAsync, readCachedProjectGraph } from '@nx/devkit';
import nx from '@nx/eslint-plugin';

// The boundary rule reads Nx's project graph and silently skips itself when none is cached (a
// plain `eslint .` on a fresh clone): build it first, and refuse to lint without it.
await createProjectGraphAsync({ exitOnError: false }).catch(() => undefined);
try {
  readCachedProjectGraph();
} catch (error) {
  throw new Error(`eslint: no Nx project graph, so module boundaries cannot be checked (${error.message}); run \`npx nx show projects\` and see why`);
}

export default [
  { ignores: ['node_modules', 'dist', '.nx', '.data', 'tmp', 'coverage', 'bench/results', 'apps/web/dist', 'apps/web/src/api/schema.d.ts'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // Layers: apps compose everything; domain libs (type:feature) use identity and the
      // platform; identity uses only the platform; the platform depends on nothing of ours.
      // A domain reaches another domain only where the allow-list below says so, and only
      // through its public index (deep imports into another lib are refused).
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:identity', 'type:platform'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:identity', 'type:platform'] },
            { sourceTag: 'type:identity', onlyDependOnLibsWithTags: ['type:platform'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform'] },
            { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:app', 'type:feature', 'type:identity', 'type:platform'] },
            // The web portal runs in the browser: it reaches the API over HTTP, never its code.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
            // The domain → domain allow-list. Onboarding resolves evidence references (a
            // document, a methodology adaptation) through those libs' exported services;
            // projects run under a methodology adaptation and its calculator, and keep their
            // descriptions as documents (documents knows nothing of projects: no cycle).
            ...domainDependencies({
              onboarding: ['documents', 'methodology'],
              methodology: [],
              documents: [],
              notifications: [],
              projects: ['methodology', 'documents'],
            }),
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Decorated properties spell out their types: metadata-driven conversion reads them.
      '@typescript-eslint/no-inferrable-types': ['error', { ignoreProperties: true }],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error (and a test its assertion);
    // a switch over a union must name every member, so a new state cannot slip through.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // End-to-end suites assemble the apps exactly as their main.ts does; the boundaries
    // protect production code from reaching into other projects, not the tests that run it.
    files: ['test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

/** One constraint per domain lib: its own scope, identity, the platform, and the domains it may use. */
function domainDependencies(allowed) {
  return Object.entries(allowed).map(([domain, others]) => ({
    sourceTag: `scope:${domain}`,
    onlyDependOnLibsWithTags: [`scope:${domain}`, 'scope:identity', 'scope:shared', ...others.map((other) => `scope:${other}`)],
  }));
}
