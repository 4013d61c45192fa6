import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import { boundPort, OutboxRelay, OutboxService, serveWorkerEndpoints } from '@bluecarbon/platform';
import type { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { isolatedDatabase } from '../support/isolated-database';
import { parsePrometheusText, sampleValue } from '../support/prometheus-text';
import { engineName, startTestApi, type TestApi, testConfig } from '../support/test-app';

describe(`GET /metrics on the ${engineName()} engine`, () => {
  let api: TestApi;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;

  beforeAll(async () => {
    // Its own database: the outbox figures must count this file's events only.
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  async function scrape() {
    const response = await request(api.server).get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(response.text);
  }

  it('is outside the versioned API, parses, and names every family an operator watches', async () => {
    const families = await scrape();
    for (const [name, type] of [
      ['bluecarbon_http_requests_total', 'counter'],
      ['bluecarbon_http_request_duration_seconds', 'histogram'],
      ['bluecarbon_db_pool_connections', 'gauge'],
      ['bluecarbon_db_pool_waiting', 'gauge'],
      ['bluecarbon_db_pool_max_connections', 'gauge'],
      ['bluecarbon_outbox_events', 'gauge'],
      ['bluecarbon_outbox_oldest_pending_age_seconds', 'gauge'],
      ['bluecarbon_outbox_deliveries_total', 'counter'],
      ['bluecarbon_outbox_delivery_failures_total', 'counter'],
      ['bluecarbon_calculation_pool_queue', 'gauge'],
      ['bluecarbon_calculation_pool_queue_capacity', 'gauge'],
      ['process_cpu_seconds_total', 'counter'],
    ]) {
      expect({ name, type: families.get(name)?.type }).toEqual({ name, type });
    }
    expect(sampleValue(families, 'bluecarbon_calculation_pool_queue_capacity')).toBe(api.config.env.CALCULATION_POOL_SIZE * 4);
    expect(sampleValue(families, 'bluecarbon_db_pool_max_connections')).toBe(engineName() === 'server' ? api.config.env.DATABASE_POOL_SIZE : 1);
    await request(api.server).get('/api/v1/metrics').expect(404);
  });

  it('counts requests by route template and status, never by raw URL', async () => {
    const live = { method: 'GET', route: '/api/v1/health/live', status: '200' };
    const record = { method: 'GET', route: '/api/v1/onboarding/jurisdictions/:id', status: '401' };
    const before = await scrape();
    for (let index = 0; index < 3; index += 1) await request(api.server).get('/api/v1/health/live').expect(200);
    const id = randomUUID();
    await request(api.server).get(`/api/v1/onboarding/jurisdictions/${id}`).expect(401);
    await request(api.server).get(`/api/v1/no-such-route/${id}`).expect(404);

    const response = await request(api.server).get('/metrics').expect(200);
    const after = parsePrometheusText(response.text);
    expect(sampleValue(after, 'bluecarbon_http_requests_total', live) - sampleValue(before, 'bluecarbon_http_requests_total', live)).toBe(3);
    expect(
      sampleValue(after, 'bluecarbon_http_request_duration_seconds_count', live) - sampleValue(before, 'bluecarbon_http_request_duration_seconds_count', live),
    ).toBe(3);
    expect(sampleValue(after, 'bluecarbon_http_requests_total', record) - sampleValue(before, 'bluecarbon_http_requests_total', record)).toBe(1);
    expect(sampleValue(after, 'bluecarbon_http_requests_total', { route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(2);
    expect(response.text).not.toContain(id);
  });

  it('shows the outbox backlog, the age of its oldest event, and deliveries as the relay works', async () => {
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const outbox = api.app.get(OutboxService);
    const type = `test.metrics.${randomUUID()}`;
    await dataSource.transaction(async (manager) => {
      for (let index = 0; index < 3; index += 1) await outbox.enqueue(manager, type, { index });
    });
    // An hour old, as if the relay had been down since.
    await dataSource.query(`UPDATE outbox_event SET created_at = now() - interval '1 hour' WHERE type = $1`, [type]);
    const before = await scrape();
    const pending = sampleValue(before, 'bluecarbon_outbox_events', { state: 'pending' });
    expect(pending).toBeGreaterThanOrEqual(3);
    expect(sampleValue(before, 'bluecarbon_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(3600);

    const relay = api.app.get(OutboxRelay);
    relay.register(type, async (event) => {
      if (event.payload.index === 2) throw new Error('receiver down');
    });
    while ((await relay.runOnce(100)) > 0);

    const after = await scrape();
    expect(sampleValue(after, 'bluecarbon_outbox_deliveries_total', { type })).toBe(2);
    expect(sampleValue(after, 'bluecarbon_outbox_delivery_failures_total', { type })).toBe(1);
    expect(sampleValue(after, 'bluecarbon_outbox_events', { state: 'pending' })).toBe(pending - 2);
  });
});

describe(`metrics behind METRICS_TOKEN on the ${engineName()} engine`, () => {
  let api: TestApi;
  const token = `scrape-${randomUUID()}`;

  beforeAll(async () => {
    api = await startTestApi({ METRICS_TOKEN: token });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('answers 401 problem+json without the token or with another, the exposition with it', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-of-some-length', token]) {
      let call = request(api.server).get('/metrics').set('Accept-Language', 'pt-BR');
      if (authorization) call = call.set('Authorization', authorization);
      const response = await call.expect(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ code: 'unauthorized', title: expect.any(String) });
    }
    const served = await request(api.server).get('/metrics').set('Authorization', `Bearer ${token}`).expect(200);
    expect(parsePrometheusText(served.text).has('bluecarbon_http_requests_total')).toBe(true);
  });
});

describe(`the worker's own /metrics and /health on the ${engineName()} engine`, () => {
  let worker: INestApplicationContext;
  let server: Server;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;

  beforeAll(async () => {
    database = await isolatedDatabase();
    const config = testConfig({ ...database.overrides, WORKER_METRICS_PORT: '0', OUTBOX_POLL_INTERVAL_MS: '50' });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await worker.init();
    server = await serveWorkerEndpoints(worker, config);
  });
  afterAll(async () => {
    server?.close();
    await worker?.close();
    await database?.drop();
  });

  it('serves its metrics, and reports healthy while its relay runs and unhealthy once it stopped', async () => {
    const url = `http://127.0.0.1:${boundPort(server)}`;
    const metrics = await request(url).get('/metrics').expect(200);
    const families = parsePrometheusText(metrics.text);
    expect(families.get('bluecarbon_outbox_deliveries_total')?.type).toBe('counter');
    expect(families.has('bluecarbon_http_requests_total')).toBe(true);

    let health = await request(url).get('/health');
    while (health.status === 503 && health.body.detail?.includes('has not finished a pass yet')) health = await request(url).get('/health');
    expect(health.status).toBe(200);

    await worker.get(OutboxRelay).stop();
    const stopped = await request(url).get('/health').set('Accept-Language', 'zh-CN').expect(503);
    expect(stopped.body).toMatchObject({ code: 'worker_unhealthy', title: '后台进程异常', detail: '后台进程未在正常工作：发件箱转发未在运行。' });
    const inPortuguese = await request(url).get('/health').set('Accept-Language', 'pt-BR').expect(503);
    expect(inPortuguese.body.detail).toBe('O processo de segundo plano não está trabalhando: o repasse da caixa de saída não está em execução.');
    await request(url).get('/nope').expect(404);
  });
});
