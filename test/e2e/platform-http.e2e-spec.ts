import request from 'supertest';
import { headersSetBy, securityPolicies } from '../../libs/platform/src/http/security-headers';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

describe('platform HTTP behaviour', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('reports liveness and readiness with the engine in use', async () => {
    await request(api.server).get('/api/v1/health/live').expect(200, { status: 'ok' });
    const ready = await request(api.server).get('/api/v1/health/ready').expect(200);
    expect(ready.body.database.engine).toBe(engineName());
    expect(ready.body.database.ctype).not.toBe('C');
  });

  it.each([
    ['zh-CN', 'zh-CN', '未找到'],
    ['zh-Hans;q=0.9, en;q=0.5', 'zh-CN', '未找到'],
    ['pt-BR', 'pt-BR', 'Não encontrado'],
    ['pt-PT', 'pt-BR', 'Não encontrado'],
    ['fr-FR, de;q=0.8', 'en', 'Not found'],
  ])('answers an unknown route for Accept-Language %p in %s problem+json', async (header, locale, title) => {
    const response = await request(api.server).get('/api/v1/nope').set('Accept-Language', header).expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['content-language']).toBe(locale);
    expect(response.body).toMatchObject({ status: 404, code: 'route_not_found', title, instance: '/api/v1/nope' });
    expect(response.body.detail).toContain('/api/v1/nope');
    expect(response.body).not.toHaveProperty('stack');
  });

  it('lets ?lang= override Accept-Language', async () => {
    const response = await request(api.server).get('/api/v1/nope?lang=pt-BR').set('Accept-Language', 'zh-CN').expect(404);
    expect(response.headers['content-language']).toBe('pt-BR');
  });

  it('answers malformed JSON with 400 problem+json, not 500', async () => {
    const response = await request(api.server)
      .post('/api/v1/health/live')
      .set('Content-Type', 'application/json')
      .set('Accept-Language', 'zh-CN')
      .send('{"broken": ');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('malformed_body');
    expect(response.body.title).toBe('请求体格式错误');
  });

  it('answers a body over the configured limit with 413', async () => {
    const small = await startTestApi({ BODY_LIMIT_BYTES: '2048' });
    try {
      const response = await request(small.server)
        .post('/api/v1/health/live')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ text: 'x'.repeat(4096) }));
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ code: 'payload_too_large', status: 413 });
    } finally {
      await small.close();
    }
  });

  it('answers router-level rejections as problem+json in the caller language', async () => {
    const long = await request(api.server)
      .get(`/api/v1/health/${'a'.repeat(2000)}`)
      .set('Accept-Language', 'pt-BR');
    expect(long.status).toBeGreaterThanOrEqual(400);
    expect(long.status).toBeLessThan(500);
    expect(long.headers['content-type']).toMatch(/^application\/problem\+json/);
    const badEncoding = await request(api.server).get('/api/v1/health/%E0%A4%A').set('Accept-Language', 'zh-CN');
    expect(badEncoding.status).toBe(400);
    expect(badEncoding.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(badEncoding.body).toMatchObject({ code: 'malformed_url', title: 'URL 格式错误' });
  });

  it('takes raw uploads (evidence, XLIFF) only on their routes and only with a token', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 0x41);
    const elsewhere = await request(api.server).post('/api/v1/auth/login').set('Content-Type', 'application/pdf').send(big);
    expect(elsewhere.status).toBe(415);
    expect(elsewhere.headers['content-type']).toMatch(/^application\/problem\+json/);
    const xmlElsewhere = await request(api.server).post('/api/v1/auth/login').set('Content-Type', 'text/xml').send('<a/>');
    expect(xmlElsewhere.status).toBe(415);
    const anonymous = await request(api.server)
      .post('/api/v1/onboarding/steps/00000000-0000-4000-8000-000000000000/evidence/files')
      .set('Content-Type', 'application/pdf')
      .send(big);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('unauthorized');
  });

  it('echoes a safe X-Request-Id and replaces an unsafe one', async () => {
    const kept = await request(api.server).get('/api/v1/health/live').set('X-Request-Id', 'abc-123');
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const replaced = await request(api.server).get('/api/v1/health/live').set('X-Request-Id', 'bad id <script>');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends every security header on answers, refusals and unknown paths alike', async () => {
    const strict = Object.entries(headersSetBy(securityPolicies().strict));
    expect(strict.length).toBeGreaterThan(10);
    const answers = [
      await request(api.server).get('/api/v1/health/live').expect(200),
      await request(api.server).get('/api/v1/me').expect(401),
      await request(api.server).get('/api/v1/no-such-thing').expect(404),
      await request(api.server).post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email":').expect(400),
    ];
    for (const response of answers)
      for (const [name, value] of strict)
        expect({ status: response.status, [name]: response.headers[name.toLowerCase()] }).toEqual({ status: response.status, [name]: value });
    expect(answers[0]?.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the OpenAPI document and its UI', async () => {
    const json = await request(api.server).get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/v1/health/live', '/api/v1/health/ready']));
    // Two DTO classes of one name would share one schema, and one lib's bounds would document the other's.
    const schemas = json.body.components.schemas;
    expect(schemas.OnboardingLocalizedTextDto.properties.en.maxLength).toBe(2000);
    expect(schemas.MethodologyLocalizedTextDto.properties.en.maxLength).toBe(4000);
    expect(schemas.OnboardingReasonDto.properties.reason.example).toMatch(/mayor/);
    expect(schemas.MethodologyReasonDto.properties.reason.example).toMatch(/loss rate/);
    expect(schemas).not.toHaveProperty('LocalizedTextDto');
    await request(api.server).get('/api/docs').expect(200);
  });

  it('serves the docs with a policy that works over plain http: no upgrade-insecure-requests there', async () => {
    const page = await request(api.server).get('/api/docs').expect(200);
    const policy = page.headers['content-security-policy'] as string;
    expect(policy).toContain(`script-src 'self' 'unsafe-inline'`);
    expect(policy).not.toContain('upgrade-insecure-requests');
    // Swagger UI's own files load under the same policy.
    const scripts = [...(page.text as string).matchAll(/<script src="\.\/([^"]+)"/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const asset = await request(api.server).get(`/api/docs/${script}`).expect(200);
      expect(asset.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    }
    // Nor the API and the portal: over plain http on a LAN address it would break the portal's own assets.
    const health = await request(api.server).get('/api/v1/health/live');
    expect(health.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});
