import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { SIGNATURE_HEADER, verifySignature, WebhookDispatcher, WebhookSecrets, WebhooksRepository } from '@bluecarbon/onboarding/testing';
import { AppConfig, type ClaimedEvent, loadEnvironment, MIGRATIONS, OutboxRelay } from '@bluecarbon/platform';
import { dataSourceOf } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { stewardSide } from '../support/onboarding-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

type Answer = { address: string; family: number }[];

describe(`webhook targets and secrets on the ${engineName()} engine`, () => {
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let api: TestApi;
  let dataSource: DataSource;
  let steward: Awaited<ReturnType<typeof stewardSide>>['steward'];
  let server: Server;
  let port: number;
  const received: { host: string; signature: string; body: string }[] = [];

  beforeAll(async () => {
    // Deliveries go to every active subscription: no other test file's may be in reach.
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
    dataSource = dataSourceOf(api);
    ({ steward } = await stewardSide(api));
    server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ host: String(req.headers.host), signature: String(req.headers[SIGNATURE_HEADER]), body: Buffer.concat(chunks).toString('utf8') });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await api.close();
    await new Promise((resolve) => server.close(resolve));
    await database.drop();
  });
  beforeEach(async () => {
    received.splice(0);
    await dataSource.query(`UPDATE webhook_subscription SET active = false`);
  });

  /** A dispatcher with a scripted resolver, in production (private targets refused) or not. */
  function dispatcher(lookup: (host: string) => Promise<Answer>, production: boolean): WebhookDispatcher {
    const config = new AppConfig(loadEnvironment(production ? { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(32) } : { NODE_ENV: 'test' }));
    return new WebhookDispatcher(api.app.get(OutboxRelay), dataSource, config, api.app.get(WebhookSecrets), api.app.get(WebhooksRepository), lookup);
  }

  async function subscribe(url: string, idempotencyKey = randomUUID()): Promise<{ id: string; secret: string }> {
    const created = await request(api.server)
      .post('/api/v1/onboarding/webhooks')
      .set(steward.auth)
      .set('Idempotency-Key', idempotencyKey)
      .send({ organisationId: steward.organisationId, url })
      .expect(201);
    return created.body;
  }

  const event = (): ClaimedEvent => ({ id: randomUUID(), type: 'onboarding.step.commented', payload: {}, attempts: 1, createdAt: new Date(Date.now() + 1000) });

  const deliveryOf = async (eventId: string) =>
    (await dataSource.query(`SELECT status, attempts, last_error FROM webhook_delivery WHERE event_id = $1`, [eventId]))[0];

  it('connects to the address it checked, never to a rebound private one', async () => {
    await subscribe(`http://hooks.partner.test:${port}/hooks`);
    const asked: string[] = [];
    // Public (TEST-NET-1, never routed) when checked; this machine for any later lookup.
    const rebinding = async (host: string): Promise<Answer> => {
      asked.push(host);
      return asked.length === 1 ? [{ address: '192.0.2.10', family: 4 }] : [{ address: '127.0.0.1', family: 4 }];
    };
    const claimed = event();
    await expect(dispatcher(rebinding, true).deliver(claimed)).rejects.toThrow(/1 of 1 webhook deliveries failed/);
    expect(received).toHaveLength(0);
    expect(asked).toEqual(['hooks.partner.test']);
    expect(await deliveryOf(claimed.id)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'connection failed or timed out' });
  });

  it('sends to the vetted address with the URL host name, signed with the secret shown at creation', async () => {
    const subscription = await subscribe(`http://hooks.partner.test:${port}/hooks`);
    // The system resolver does not know hooks.partner.test: arriving proves the pinned address was used.
    const claimed = event();
    await dispatcher(async () => [{ address: '127.0.0.1', family: 4 }], false).deliver(claimed);
    expect(received).toHaveLength(1);
    expect(received[0].host).toBe(`hooks.partner.test:${port}`);
    expect(verifySignature(subscription.secret, received[0].body, received[0].signature, Math.floor(Date.now() / 1000))).toBe(true);
    expect(await deliveryOf(claimed.id)).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it.each([true, false])('refuses a delivery whose lookup fails, and records it as failed (production: %s)', async (production) => {
    await subscribe(`http://hooks.partner.test:${port}/hooks`);
    const failing = async (): Promise<Answer> => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND hooks.partner.test'), { code: 'ENOTFOUND' });
    };
    const claimed = event();
    await expect(dispatcher(failing, production).deliver(claimed)).rejects.toThrow(/webhook deliveries failed/);
    expect(received).toHaveLength(0);
    expect(await deliveryOf(claimed.id)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'refused: the target host name does not resolve' });
  });

  it('keeps the secret sealed in the table and out of the Idempotency-Key record; a replay answers without it', async () => {
    const key = randomUUID();
    const body = { organisationId: steward.organisationId, url: `http://127.0.0.1:${port}/replayed` };
    const first = await request(api.server).post('/api/v1/onboarding/webhooks').set(steward.auth).set('Idempotency-Key', key).send(body).expect(201);
    expect(first.body.secret).toMatch(/^whsec_/);
    const replay = await request(api.server).post('/api/v1/onboarding/webhooks').set(steward.auth).set('Idempotency-Key', key).send(body).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.id).toBe(first.body.id);
    expect(replay.body).not.toHaveProperty('secret');

    const [row] = await dataSource.query(`SELECT secret FROM webhook_subscription WHERE id = $1`, [first.body.id]);
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain(first.body.secret.slice(6));
    const [{ leaks }] = await dataSource.query(`SELECT count(*)::int AS leaks FROM idempotency_record WHERE response::text LIKE '%' || $1 || '%'`, [
      first.body.secret,
    ]);
    expect(leaks).toBe(0);
  });

  it('seals secrets stored in plain text before this change, and still signs with them', async () => {
    const subscription = await subscribe(`http://127.0.0.1:${port}/legacy`);
    const legacy = `whsec_${randomUUID().replace(/-/g, '')}`;
    await dataSource.query(`UPDATE webhook_subscription SET secret = $2 WHERE id = $1`, [subscription.id, legacy]);
    await api.app.get(WebhookSecrets).sealLegacy();
    const [{ plain }] = await dataSource.query(`SELECT count(*)::int AS plain FROM webhook_subscription WHERE starts_with(secret, 'whsec_')`);
    expect(plain).toBe(0);
    await dispatcher(async () => [], false).deliver(event());
    expect(received).toHaveLength(1);
    expect(verifySignature(legacy, received[0].body, received[0].signature, Math.floor(Date.now() / 1000))).toBe(true);
  });

  it('removes secrets from Idempotency-Key records stored before this change (migration)', async () => {
    const response = { id: randomUUID(), url: 'https://partner.example.org/hooks', secret: 'whsec_stored-before' };
    await dataSource.query(
      `INSERT INTO idempotency_record (scope, key, method, path, request_hash, status, response) VALUES ($1, $2, 'POST', '/api/v1/onboarding/webhooks', 'h', 201, $3::jsonb)`,
      [randomUUID(), randomUUID(), JSON.stringify(response)],
    );
    const migration = MIGRATIONS.find((candidate) => candidate.name === 'WebhookSecrets1765700000000')!;
    const runner = dataSource.createQueryRunner();
    try {
      await new migration().up(runner);
    } finally {
      await runner.release();
    }
    const [{ leaks }] = await dataSource.query(`SELECT count(*)::int AS leaks FROM idempotency_record WHERE response::text LIKE '%whsec_stored-before%'`);
    expect(leaks).toBe(0);
  });
});
