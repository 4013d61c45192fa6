import { PasswordHasher } from '@bluecarbon/identity';
import { DEMO_SEEDS, runDemoSeeds } from '../../apps/api/src/seed/demo-seeds';
import { dataSourceOf } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

/** What `npm run db:seed` runs (and the API's start on a fresh embedded database). */
describe(`demo seeds of every module on the ${engineName()} engine`, () => {
  let api: TestApi;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  const hasher = new PasswordHasher();
  const context = { demoPassword: 'BlueCarbon-Demo-2024!', hashPassword: (password: string) => hasher.hash(password) };

  beforeAll(async () => {
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('loads every module in dependency order, links the demo cities, and adds nothing the second time', async () => {
    expect(DEMO_SEEDS.map((seed) => seed.module)).toEqual(['identity', 'onboarding', 'methodology', 'documents', 'projects']);
    const first: string[] = [];
    await runDemoSeeds(dataSourceOf(api), context, (line) => first.push(line));
    expect(first.map((line) => line.split(':')[0])).toEqual(DEMO_SEEDS.map((seed) => seed.module));

    const [enping] = await dataSourceOf(api).query(
      `SELECT o.jurisdiction_id, j.status FROM organisation o JOIN jurisdiction j ON j.id = o.jurisdiction_id WHERE o.jurisdiction_code = 'CN-GD-ENPING'`,
    );
    expect(enping).toMatchObject({ status: 'active' });
    const [methodology] = await dataSourceOf(api).query(
      `SELECT v.status, o.kind FROM methodology_version v JOIN methodology_template t ON t.id = v.template_id
         JOIN organisation o ON o.id = t.steward_organisation_id`,
    );
    expect(methodology).toMatchObject({ status: 'published', kind: 'steward' });
    const [description] = await dataSourceOf(api).query(`SELECT d.source_locale, d.jurisdiction_id FROM document d WHERE d.jurisdiction_code = 'CN-GD-ENPING'`);
    expect(description).toMatchObject({ source_locale: 'zh-CN', jurisdiction_id: enping.jurisdiction_id });

    const again: string[] = [];
    await runDemoSeeds(dataSourceOf(api), context, (line) => again.push(line));
    expect(again).toEqual([
      'identity: 0 organisations, 0 users added',
      'onboarding: 0 jurisdictions, 0 cases added',
      'methodology: 0 methodology templates, 0 versions added',
      'documents: 0 documents, 0 segments added',
      'projects: 0 bidding buyers added',
    ]);
  });
});
