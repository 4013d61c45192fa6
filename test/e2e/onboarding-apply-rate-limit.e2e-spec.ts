import request from 'supertest';
import { dataSourceOf } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { applicationBody } from '../support/onboarding-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

describe(`public applications are rate-limited per address on the ${engineName()} engine`, () => {
  let api: TestApi;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;

  beforeAll(async () => {
    // Its own database: the counter is per address, and every test applies from 127.0.0.1.
    database = await isolatedDatabase();
    api = await startTestApi({ ...database.overrides, APPLICATIONS_PER_IP_PER_HOUR: '2' });
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('accepts the allowed number, then answers 429 with Retry-After and stores nothing more', async () => {
    for (let index = 0; index < 2; index += 1) {
      await request(api.server).post('/api/v1/onboarding/applications').send(applicationBody()).expect(201);
    }
    const applications = async () => (await dataSourceOf(api).query(`SELECT count(*)::int AS count FROM onboarding_application`))[0].count as number;
    const before = await applications();
    const refused = await request(api.server).post('/api/v1/onboarding/applications').set('Accept-Language', 'zh-CN').send(applicationBody());
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.code).toBe('too_many_requests');
    expect(refused.body.title).toBe('请求过多');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await applications()).toBe(before);
  });
});
