import request from 'supertest';
import { PasswordHasher } from '@bluecarbon/identity';
import { FUTIAN_DEMO_PROJECT_ID } from '@bluecarbon/projects';
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
      'projects: 0 projects, 0 issuances, 0 auctions, 0 bidding buyers added',
    ]);
  });

  it('shows Futian crediting with its 2023 vintage for sale, Enping and Taishan on their way, as the API answers them', async () => {
    await runDemoSeeds(dataSourceOf(api), context, () => undefined);
    const login = async (email: string) =>
      (await request(api.server).post('/api/v1/auth/login').send({ email, password: context.demoPassword }).expect(200)).body.accessToken as string;
    const steward = { Authorization: `Bearer ${await login('steward@shenzhen.demo')}` };
    const enping = { Authorization: `Bearer ${await login('coordinator@enping.demo')}` };

    const futian = (await request(api.server).get(`/api/v1/projects/${FUTIAN_DEMO_PROJECT_ID}`).set(steward).expect(200)).body;
    expect(futian).toMatchObject({ status: 'crediting', jurisdictionCode: 'CN-GD-SHENZHEN', name: { 'zh-CN': '福田红树林保护碳汇项目' } });
    expect(Object.keys(futian.name).sort()).toEqual(['en', 'pt-BR', 'zh-CN']);
    const issuances = (await request(api.server).get(`/api/v1/projects/${FUTIAN_DEMO_PROJECT_ID}/issuances`).set(steward).expect(200)).body.items;
    expect(issuances.map((i: { vintage: number }) => i.vintage)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(issuances[9]).toMatchObject({ methodology: { version: '2.1.0' }, breakdown: { basis: 'monitoring-period' } });
    // The total sink of the report: the period's net reductions, from which the buffer is taken.
    expect(Number(issuances[9].breakdown.period.stockChange.value).toFixed(2)).toBe('38745.44');
    // The September 2023 auction sold 3,756 t of the 2023 vintage; the open lot offers 500 t of 2022.
    const credits: { vintage: number; sold: number; available: number }[] = (
      await request(api.server).get(`/api/v1/projects/${FUTIAN_DEMO_PROJECT_ID}/credits`).set(steward).expect(200)
    ).body;
    expect(credits.find((account) => account.vintage === 2023)).toMatchObject({ sold: 3756 });
    const auctions: { status: string; vintage: number; tonnes: number; clearingPrice: string | null; source: string | null }[] = (
      await request(api.server).get('/api/v1/auctions').query({ projectId: FUTIAN_DEMO_PROJECT_ID }).set(steward).expect(200)
    ).body.items;
    expect(auctions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: 'closed', vintage: 2023, tonnes: 3756, clearingPrice: '485', source: expect.stringContaining('2023-09') }),
        expect.objectContaining({ status: 'open', vintage: 2022, tonnes: 500 }),
      ]),
    );
    expect(credits.find((account) => account.vintage === 2022)!.available).toBeGreaterThanOrEqual(500);

    const listed = (await request(api.server).get('/api/v1/projects').query({ limit: 100 }).set(enping).expect(200)).body.items;
    const statuses = Object.fromEntries(
      listed.filter((p: { id: string }) => p.id.startsWith('5f0e1a00-2023-')).map((p: { name: { en: string }; status: string }) => [p.name.en, p.status]),
    );
    // Enping sees its own draft, and what is not a draft elsewhere.
    expect(statuses).toMatchObject({
      'Futian Mangrove Conservation Carbon Sink Project': 'crediting',
      'Enping Zhenhai Bay Mangrove Conservation Project': 'submitted',
      'Taishan Zhenhai Bay Mangrove Restoration and Conservation Project': 'validated',
      'Enping Hengpi mangroves (draft)': 'draft',
    });
    const [taishan] = listed.filter((p: { jurisdictionCode: string }) => p.jurisdictionCode === 'CN-GD-TAISHAN');
    expect(taishan.area.needsAcknowledgement).toBe(false);
  });
});
