import { randomUUID } from 'node:crypto';
import { REFUSAL_AUDITS_PER_MINUTE } from '@bluecarbon/platform';
import request from 'supertest';
import { totpCodeAt } from '@bluecarbon/identity/testing';
import { auditActionsOf, createOrganisation, createUser, dataSourceOf, signIn, type TestUser } from '../support/identity-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

/** A documentation-range IPv6 address no other run has used. */
const uniqueAddress = () => `2001:db8:${randomUUID().replace(/-/g, '').slice(0, 24).match(/.{4}/g)!.join(':')}`;

describe('login rate limits (counters in Postgres, shared by replicas)', () => {
  const apis: TestApi[] = [];
  afterAll(() => Promise.all(apis.map((api) => api.close())));

  async function start(overrides: Record<string, string>): Promise<TestApi> {
    const api = await startTestApi(overrides);
    apis.push(api);
    return api;
  }

  const attempt = (api: TestApi, email: string, password: string, requestId = randomUUID(), address = '198.51.100.1') =>
    request(api.server).post('/api/v1/auth/login').set('X-Request-Id', requestId).set('X-Forwarded-For', address).send({ email, password });

  const keyOf = (address: string, user: TestUser) => `login:account:${address} ${user.email.toLowerCase()}`;
  /** Moves the last admitted attempt into the past, as if that many seconds had gone by. */
  const wait = (api: TestApi, key: string, seconds: number) =>
    dataSourceOf(api).query(`UPDATE rate_limit_counter SET window_start = window_start - make_interval(secs => $2) WHERE key = $1`, [key, seconds]);

  describe('per account and address: a growing delay, not a lock', () => {
    let api: TestApi;
    let user: TestUser;
    const attacker = '203.0.113.66';
    const owner = '198.51.100.7';

    beforeAll(async () => {
      // One trusted proxy hop, so X-Forwarded-For gives each request its own client address.
      api = await start({ LOGIN_RATE_LIMIT_PER_ACCOUNT: '3', LOGIN_RATE_LIMIT_WINDOW_SECONDS: '900', TRUST_PROXY: '1' });
      const organisation = await createOrganisation(api, { kind: 'platform' });
      user = await createUser(api, { organisation, role: 'admin' });
    });

    it('makes an address wait after too many failures, even with the right password, with Retry-After', async () => {
      for (let i = 0; i < 3; i += 1) await attempt(api, user.email, 'wrong password number ' + i, randomUUID(), attacker).expect(401);
      const requestId = randomUUID();
      const limited = await attempt(api, user.email, user.password, requestId, attacker).expect(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(limited.body.code).toBe('too_many_requests');
      const retryAfter = Number(limited.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(20);
      expect(retryAfter).toBeLessThanOrEqual(30);
      expect(await auditActionsOf(api, requestId)).toEqual(['identity.login.rate_limited']);
      // The counter is a row in Postgres, not process memory.
      const [row] = await dataSourceOf(api).query(`SELECT count FROM rate_limit_counter WHERE key = $1`, [keyOf(attacker, user)]);
      expect(row.count).toBe(3);
    });

    it('keeps a flood of throttled attempts within the refusal audit bound: no row beyond it, no second row per request', async () => {
      const flooder = uniqueAddress();
      for (let i = 0; i < 3; i += 1) await attempt(api, user.email, 'flood ' + i, randomUUID(), flooder).expect(401);
      const requestIds = Array.from({ length: REFUSAL_AUDITS_PER_MINUTE + 10 }, () => randomUUID());
      for (const requestId of requestIds) await attempt(api, user.email, 'flood', requestId, flooder).expect(429);
      const rows: { action: string }[] = await dataSourceOf(api).query(`SELECT action FROM audit_event WHERE request_id = ANY($1)`, [requestIds]);
      expect(rows).toHaveLength(REFUSAL_AUDITS_PER_MINUTE);
      expect(new Set(rows.map((row) => row.action))).toEqual(new Set(['identity.login.rate_limited']));
    });

    it('lets the owner in from another address while the attacker waits', async () => {
      await attempt(api, user.email, user.password, randomUUID(), owner).expect(200);
      await attempt(api, user.email, user.password, randomUUID(), attacker).expect(429);
    });

    it('doubles the delay with every further failure, up to the window, and the right password gets in after it', async () => {
      const key = keyOf(attacker, user);
      const delays: number[] = [];
      for (let i = 0; i < 8; i += 1) {
        const refused = await attempt(api, user.email, 'still guessing ' + i, randomUUID(), attacker).expect(429);
        delays.push(Number(refused.headers['retry-after']));
        await wait(api, key, delays[i]);
        await attempt(api, user.email, 'still guessing ' + i, randomUUID(), attacker).expect(401);
      }
      const grown = await attempt(api, user.email, user.password, randomUUID(), attacker).expect(429);
      delays.push(Number(grown.headers['retry-after']));
      expect(delays.map((delay) => Math.ceil(delay / 30) * 30)).toEqual([30, 60, 120, 240, 480, 900, 900, 900, 900]);
      await wait(api, key, 900);
      await attempt(api, user.email, user.password, randomUUID(), attacker).expect(200);
      // A success starts the address over with its free attempts.
      await attempt(api, user.email, 'one more mistake', randomUUID(), attacker).expect(401);
      await attempt(api, user.email, user.password, randomUUID(), attacker).expect(200);
    });

    it('evaluates no more of 40 parallel wrong attempts than the limit allows', async () => {
      const organisation = await createOrganisation(api, { kind: 'international' });
      const target = await createUser(api, { organisation, role: 'observer' });
      const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(api, target.email, 'parallel guess ' + i, randomUUID(), attacker)));
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses.filter((status) => status === 401)).toHaveLength(3);
      expect(statuses.filter((status) => status === 429)).toHaveLength(37);
      const [row] = await dataSourceOf(api).query(`SELECT count FROM rate_limit_counter WHERE key = $1`, [keyOf(attacker, target)]);
      expect(row.count).toBe(3);
    });

    it('forgets the failures of an address left alone for a day', async () => {
      const organisation = await createOrganisation(api, { kind: 'international' });
      const other = await createUser(api, { organisation, role: 'observer' });
      for (let i = 0; i < 3; i += 1) await attempt(api, other.email, 'wrong ' + i, randomUUID(), attacker).expect(401);
      await attempt(api, other.email, other.password, randomUUID(), attacker).expect(429);
      await wait(api, keyOf(attacker, other), 86_401);
      await attempt(api, other.email, 'wrong again, once', randomUUID(), attacker).expect(401);
      await attempt(api, other.email, 'and twice', randomUUID(), attacker).expect(401);
      await attempt(api, other.email, other.password, randomUUID(), attacker).expect(200);
    });

    it("counts an IPv6 client's whole /64 as one address, so fresh addresses bring no fresh attempts", async () => {
      const organisation = await createOrganisation(api, { kind: 'international' });
      const target = await createUser(api, { organisation, role: 'observer' });
      const network = uniqueAddress().split(':').slice(0, 4).join(':');
      for (let i = 1; i <= 3; i += 1) await attempt(api, target.email, 'v6 guess ' + i, randomUUID(), `${network}::${i}`).expect(401);
      await attempt(api, target.email, 'v6 guess 4', randomUUID(), `${network}:ffff:0:0:4`).expect(429);
      await attempt(api, target.email, target.password, randomUUID(), `${uniqueAddress()}`).expect(200);
    });

    it('does not slow down other accounts', async () => {
      const organisation = await createOrganisation(api, { kind: 'international' });
      const other = await createUser(api, { organisation, role: 'observer' });
      await attempt(api, other.email, other.password, randomUUID(), attacker).expect(200);
    });
  });

  describe('second factor at sign-in: per account, whatever the address', () => {
    // Only someone who knows the password reaches the code, so counting its failures per
    // account cannot be used by a stranger to keep the owner out; per address it could be
    // guessed from many addresses (one IPv6 /48 is 65,536 networks of free attempts).
    let api: TestApi;
    let user: TestUser;
    let secret: string;

    beforeAll(async () => {
      api = await start({ LOGIN_RATE_LIMIT_PER_ACCOUNT: '3', LOGIN_RATE_LIMIT_WINDOW_SECONDS: '900', TRUST_PROXY: '1' });
      const organisation = await createOrganisation(api, { kind: 'international' });
      user = await createUser(api, { organisation, role: 'observer' });
      const session = await signIn(api, user);
      const started = await request(api.server).post('/api/v1/me/mfa/totp').set(session.auth).expect(200);
      secret = started.body.secret;
      await request(api.server)
        .post('/api/v1/me/mfa/totp/confirm')
        .set(session.auth)
        .send({ code: totpCodeAt(secret) })
        .expect(200);
    });

    const withCode = (password: string, totpCode: string, address = uniqueAddress()) =>
      request(api.server).post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email: user.email, password, totpCode });
    const staleCode = () => totpCodeAt(secret, Date.now() - 20 * 30_000);
    const factorKey = () => `login:second-factor:${user.id}`;
    /** A code not used yet: the last sign-in claimed its step, so forget that step (as if time had passed). */
    const freshCode = async () => {
      await dataSourceOf(api).query(`UPDATE app_user SET totp_last_step = NULL WHERE id = $1`, [user.id]);
      return totpCodeAt(secret);
    };

    it("does not count a stranger's wrong passwords against the owner's second factor", async () => {
      for (let i = 0; i < 5; i += 1) await withCode('not the password ' + i, staleCode()).expect(401);
      await withCode(user.password, await freshCode()).expect(200);
    });

    it('makes wrong codes from ever new addresses wait, even the right one, then lets the right one in', async () => {
      for (let i = 0; i < 3; i += 1) {
        const wrong = await withCode(user.password, staleCode()).expect(401);
        expect(wrong.body.code).toBe('invalid_second_factor');
      }
      const limited = await withCode(user.password, await freshCode()).expect(429);
      expect(limited.body.code).toBe('too_many_requests');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(20);
      await dataSourceOf(api).query(`UPDATE rate_limit_counter SET window_start = window_start - interval '31 seconds' WHERE key = $1`, [factorKey()]);
      await withCode(user.password, await freshCode()).expect(200);
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

  describe('accepting invitations (public, so counted per address like sign-in)', () => {
    it('answers 429 with Retry-After once one address has tried too many tokens, and audits it', async () => {
      const api = await start({ LOGIN_RATE_LIMIT_PER_IP: '3', TRUST_PROXY: '1' });
      // Addresses of their own: on a server the counters outlive the test run.
      const [guesser, other] = [uniqueAddress(), uniqueAddress()];
      const accept = (requestId = randomUUID()) =>
        request(api.server)
          .post('/api/v1/invitations/accept')
          .set('X-Forwarded-For', guesser)
          .set('X-Request-Id', requestId)
          .send({ token: `guess-${randomUUID()}`, password: 'a perfectly fine passphrase', displayName: 'Guesser' });
      for (let i = 0; i < 3; i += 1) await accept().expect(404);
      const requestId = randomUUID();
      const limited = await accept(requestId).expect(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(limited.body.code).toBe('too_many_requests');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(800);
      expect(await auditActionsOf(api, requestId)).toEqual(['identity.invitation.rate_limited']);
      // Another address is not affected.
      await request(api.server)
        .post('/api/v1/invitations/accept')
        .set('X-Forwarded-For', other)
        .send({ token: 'never-issued', password: 'a perfectly fine passphrase', displayName: 'Someone' })
        .expect(404);
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
