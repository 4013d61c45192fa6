import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { type AppConfig, createDataSource } from '@bluecarbon/platform';
import { API_ENTITIES } from '../../apps/api/src/api-entities';
import { seedDatabase } from '../../apps/api/src/seed/seed-database';
import { isolatedDatabase } from '../support/isolated-database';
import { engineName, startTestApi, testConfig } from '../support/test-app';
import { dataSourceOf } from '../support/identity-fixtures';

/**
 * `npm run db:seed` as the command runs it: its own data source (not the Nest app's), on a
 * fresh database. On the embedded engine the database is a folder, so it outlives the
 * command's data source and can be read back afterwards.
 */
describe(`npm run db:seed on the ${engineName()} engine`, () => {
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let folder: string;
  let config: AppConfig;

  beforeAll(async () => {
    database = await isolatedDatabase();
    folder = await mkdtemp(path.join(tmpdir(), 'bc-seed-'));
    config = testConfig({ PGLITE_DATA_DIR: path.join(folder, 'pglite'), ...database.overrides });
  });
  afterAll(async () => {
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it('loads every module’s demo data, documents included, and a second run adds nothing', async () => {
    const lines: string[] = [];
    await seedDatabase(config, (line) => lines.push(line));
    expect(lines).toEqual([
      `demo data (${engineName()}) identity: 10 organisations, 15 users added`,
      expect.stringMatching(/^demo data \(\w+\) onboarding: \d+ jurisdictions, \d+ cases added$/),
      expect.stringMatching(/^demo data \(\w+\) methodology: 1 methodology templates, \d+ versions added$/),
      expect.stringMatching(/^demo data \(\w+\) documents: 2 documents, [1-9]\d* segments added$/),
      `demo data (${engineName()}) projects: 4 projects, 10 issuances, 2 auctions, 1 bidding buyers added`,
    ]);

    const again: string[] = [];
    await seedDatabase(config, (line) => again.push(line));
    expect(again.at(-1)).toBe(`demo data (${engineName()}) projects: 0 projects, 0 issuances, 0 auctions, 0 bidding buyers added`);

    const reader = await createDataSource(config);
    try {
      const documents: { title: string; source_locale: string; segments: number; approved_en: number; memory: number }[] = await reader.query(
        `SELECT d.title, d.source_locale,
                (SELECT count(*)::int FROM document_segment s WHERE s.document_id = d.id) AS segments,
                (SELECT count(*)::int FROM translation t WHERE t.document_id = d.id AND t.locale = 'en' AND t.state = 'approved') AS approved_en,
                (SELECT count(*)::int FROM translation_memory m WHERE m.document_id = d.id) AS memory
           FROM document d WHERE d.jurisdiction_code = 'CN-GD-ENPING'`,
      );
      expect(documents).toEqual([
        {
          title: 'Enping Zhenhai Bay mangrove project: description',
          source_locale: 'zh-CN',
          segments: expect.any(Number),
          approved_en: expect.any(Number),
          memory: expect.any(Number),
        },
      ]);
      expect(documents[0].approved_en).toBeGreaterThan(0);
      expect(documents[0].memory).toBe(documents[0].approved_en);
    } finally {
      await reader.destroy();
    }
  });

  (engineName() === 'embedded' ? it : it.skip)('refuses an embedded folder the running API holds, instead of losing writes', async () => {
    const api = await startTestApi({ PGLITE_DATA_DIR: config.env.PGLITE_DATA_DIR, RUN_MIGRATIONS: 'false' });
    try {
      await expect(seedDatabase(config, () => undefined)).rejects.toThrow(`PGLITE_DATA_DIR: ${config.env.PGLITE_DATA_DIR} is in use by process ${process.pid}`);
    } finally {
      await api.close();
    }
    await expect(seedDatabase(config, () => undefined)).resolves.toBeUndefined();
  });

  it('refuses to run in production', async () => {
    await expect(seedDatabase(testConfig({ ...database.overrides, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }), () => undefined)).rejects.toThrow(
      'Refusing to load demo data with NODE_ENV=production',
    );
  });
});

/** The class of the bug: an entity some module maps that the command-line tools' data source does not. */
describe('the entity list the API and its commands share', () => {
  it('maps every entity class the API loads, on the API’s data source and on a command’s', async () => {
    const api = await startTestApi();
    const standalone = await createDataSource(testConfig(), API_ENTITIES);
    try {
      const declared = new Set(getMetadataArgsStorage().tables.map((table) => table.target));
      const mapped = (dataSource: typeof standalone) => new Set(dataSource.entityMetadatas.map((metadata) => metadata.target));
      expect(declared.size).toBeGreaterThan(10);
      expect(mapped(dataSourceOf(api))).toEqual(declared);
      expect(mapped(standalone)).toEqual(declared);
    } finally {
      await standalone.destroy();
      await api.close();
    }
  });
});
