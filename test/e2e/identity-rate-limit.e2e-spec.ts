import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { auditActionsOf, createOrganisation, createUser, dataSourceOf, type TestUser } from '../support/identity-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

describe('login rate limits (counters in Postgres, shared by replicas)', () => {
  const apis: TestApi[] = [];
  afterAll(() => Promise.all(apis.map((api) => api.close())));

  async function start(overrides: Record<string, string>): Promise<TestApi> {
    const api = await startTestApi(overrides);
    apis.push(api);
    return api;
  }

  const attempt = (api: TestApi, email: string, password: string, requestId = randomUUID()) =>
    request(api.server).post('/api/v1/auth/login').set('X-Request-Id', requestId).send({ email, password });

  describe('per account', () => {
    let api: TestApi;
    let user: TestUser;

    beforeAll(async () => {
      api = await start({ LOGIN_RATE_LIMIT_PER_ACCOUNT: '3', LOGIN_RATE_LIMIT_WINDOW_SECONDS: '600' });
      const organisation = await createOrganisation(api, { kind: 'international' });
      user = await createUser(api, { organisation, role: 'observer' });
    });

    it('pauses an account after too many failures, even for the right password, with Retry-After', async () => {
      for (let i = 0; i < 3; i += 1) await attempt(api, user.email, 'wrong password number ' + i).expect(401);
      const requestId = randomUUID();
      const limited = await attempt(api, user.email, user.password, requestId).expect(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(limited.body.code).toBe('too_many_requests');
      const retryAfter = Number(limited.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(500);
      expect(retryAfter).toBeLessThanOrEqual(600);
      expect(await auditActionsOf(api, requestId)).toEqual(['identity.login.rate_limited']);
      // The counter is a row in Postgres, not process memory.
      const [row] = await dataSourceOf(api).query(`SELECT count FROM rate_limit_counter WHERE key = $1`, [`login:account:${user.email.toLowerCase()}`]);
      expect(row.count).toBe(3);
    });

    it('lets the account in again when the window is over, and a success clears the failures', async () => {
      await dataSourceOf(api).query(`UPDATE rate_limit_counter SET window_start = now() - interval '601 seconds' WHERE key = $1`, [
        `login:account:${user.email.toLowerCase()}`,
      ]);
      await attempt(api, user.email, 'wrong again, once').expect(401);
      await attempt(api, user.email, user.password).expect(200);
      for (let i = 0; i < 2; i += 1) await attempt(api, user.email, 'wrong password ' + i).expect(401);
      await attempt(api, user.email, user.password).expect(200);
    });

    it('does not slow down other accounts', async () => {
      const organisation = await createOrganisation(api, { kind: 'international' });
      const other = await createUser(api, { organisation, role: 'observer' });
      await attempt(api, other.email, other.password).expect(200);
    });
  });

  describe('per IP address', () => {
    it('answers 429 with Retry-After once one address has made too many attempts', async () => {
      // Other test files may sign in from 127.0.0.1 at the same time: the 429 can only come sooner.
      const api = await start({ LOGIN_RATE_LIMIT_PER_IP: '5', LOGIN_RATE_LIMIT_PER_ACCOUNT: '1000' });
      const statuses: number[] = [];
      let limited: request.Response | undefined;
      for (let i = 0; i < 7 && !limited; i += 1) {
        const response = await attempt(api, `someone.${randomUUID()}@example.org`, 'some password or other');
        statuses.push(response.status);
        if (response.status === 429) limited = response;
      }
      expect(limited).toBeDefined();
      expect(statuses.length).toBeLessThanOrEqual(6);
      expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited!.body.code).toBe('too_many_requests');
    });
  });

  (engineName() === 'server' ? it : it.skip)('counts attempts on one replica against the limit on another', async () => {
    // Two API instances on one database, as behind a load balancer.
    const overrides = { LOGIN_RATE_LIMIT_PER_ACCOUNT: '4' };
    const first = await start(overrides);
    const second = await start(overrides);
    const organisation = await createOrganisation(first, { kind: 'international' });
    const user = await createUser(first, { organisation, role: 'observer' });
    await attempt(first, user.email, 'wrong one').expect(401);
    await attempt(second, user.email, 'wrong two').expect(401);
    await attempt(first, user.email, 'wrong three').expect(401);
    await attempt(second, user.email, 'wrong four').expect(401);
    await attempt(first, user.email, user.password).expect(429);
    await attempt(second, user.email, user.password).expect(429);
  });
});
