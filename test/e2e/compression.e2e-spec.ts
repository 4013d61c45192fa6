import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type Cast, createCast } from '../support/identity-fixtures';
import { createDocument } from '../support/documents-fixtures';
import { ensureSeededMethodology, SEEDED_KEY, SEEDED_VERSION } from '../support/methodology-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

/**
 * Answers are compressed when the client asks (Accept-Encoding) and are at least 1 KiB.
 * Fastify's inject is used rather than supertest, which would decode the body before the
 * test could see the bytes on the wire.
 */
describe('response compression', () => {
  let api: TestApi;
  let cast: Cast;
  let fastify: FastifyInstance;

  beforeAll(async () => {
    api = await startTestApi();
    cast = await createCast(api);
    await ensureSeededMethodology(api);
    fastify = api.app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  });
  afterAll(async () => api?.close());

  const project = {
    creditingPeriod: { startYear: 2025, years: 30 },
    strata: Array.from({ length: 10 }, (_, k) => ({ key: `s${k}`, area: String(10 + k), inputs: { soil_type: k % 2 ? 'organic' : 'mineral' } })),
    project: { uncertainty: '20' },
  };
  const calculate = (acceptEncoding?: string) =>
    fastify.inject({
      method: 'POST',
      url: `/api/v1/methodologies/${SEEDED_KEY}/versions/${SEEDED_VERSION}/calculate`,
      headers: { ...cast.users.observer.auth, 'content-type': 'application/json', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
      payload: JSON.stringify(project),
    });
  const decoded = (response: LightMyRequestResponse) => {
    const encoding = response.headers['content-encoding'];
    if (encoding === 'gzip') return gunzipSync(response.rawPayload);
    if (encoding === 'br') return brotliDecompressSync(response.rawPayload);
    return response.rawPayload;
  };

  it('sends a large calculation answer plain without Accept-Encoding, gzip or br when asked, the decoded bytes identical', async () => {
    const plain = await calculate();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(50_000);
    expect(JSON.parse(plain.payload).creditable.total.wholeTonnes).toMatch(/^\d+$/);

    for (const [asked, expected] of [
      ['gzip', 'gzip'],
      ['br', 'br'],
      ['gzip, deflate, br', 'br'],
      ['identity', undefined],
    ] as const) {
      const response = await calculate(asked);
      expect([asked, response.statusCode, response.headers['content-encoding']]).toEqual([asked, 200, expected]);
      if (expected) {
        expect(response.headers.vary).toMatch(/accept-encoding/i);
        expect(response.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
      }
      expect(decoded(response).equals(plain.rawPayload)).toBe(true);
      if (process.env.REPORT_COMPRESSION)
        process.stdout.write(`calculate 10 strata × 30 years, ${asked}: ${response.rawPayload.length} B (plain ${plain.rawPayload.length} B)\n`);
    }
  });

  it('leaves small answers and problem documents under 1 KiB plain', async () => {
    const small = await fastify.inject({ method: 'GET', url: '/api/v1/me', headers: { ...cast.users.observer.auth, 'accept-encoding': 'gzip, br' } });
    expect(small.rawPayload.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('compresses a page of document segments, decoded identical to the plain one', async () => {
    const markdown = Array.from({ length: 120 }, (_, i) => `Paragraph ${i + 1}: mangrove restoration on the north bank keeps carbon in the soil.`).join('\n\n');
    const document = await createDocument(api, cast.users.coordinator.auth, { jurisdictionCode: cast.own.jurisdictionCode!, markdown });
    const page = (acceptEncoding?: string) =>
      fastify.inject({
        method: 'GET',
        url: `/api/v1/documents/${document.id}/segments?locale=zh-CN&limit=100`,
        headers: { ...cast.users.coordinator.auth, ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) },
      });
    const plain = await page();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gzip = await page('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip).equals(plain.rawPayload)).toBe(true);
    const br = await page('br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(decoded(br).equals(plain.rawPayload)).toBe(true);
    if (process.env.REPORT_COMPRESSION)
      process.stdout.write(`segments page: plain ${plain.rawPayload.length} B, gzip ${gzip.rawPayload.length} B, br ${br.rawPayload.length} B\n`);
  });
});
