import fc from 'fast-check';
import request from 'supertest';
import { concretePath, type Operation, operationsOf, requestArbitrary } from '../support/openapi-fuzz';
import { startTestApi, type TestApi } from '../support/test-app';

// Per operation; the whole suite stays within a minute or two on a 2-core machine.
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 25);

/**
 * Reads the API's own OpenAPI document and throws generated junk at every operation. Any 5xx,
 * or a 4xx that is not problem+json, is a bug. New endpoints are covered without editing this.
 */
describe('every operation survives malformed input', () => {
  let api: TestApi;
  let operations: Operation[];

  beforeAll(async () => {
    api = await startTestApi();
    const document = await request(api.server).get('/api/docs-json').expect(200);
    operations = operationsOf(document.body);
  });
  afterAll(() => api.close());

  it('finds the operations to test in /api/docs-json', () => {
    expect(operations.length).toBeGreaterThan(0);
  });

  it('answers junk with 2xx/3xx or a 4xx problem+json, never 5xx', async () => {
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(requestArbitrary(operation), async (input) => {
          const path = concretePath(operation, input.pathValues);
          const agent = request(api.server);
          let call = agent[operation.method.toLowerCase() as 'get'](path)
            .query(input.query)
            .set('Accept-Language', input.language);
          if (input.ifMatch !== undefined) call = call.set('If-Match', input.ifMatch);
          if (operation.hasBody) call = call.set('Content-Type', 'application/json').send(JSON.stringify(input.body));
          const response = await call;
          const where = `${operation.method} ${path}`;
          expect({ where, status: response.status < 500 }).toEqual({ where, status: true });
          if (response.status >= 400) {
            expect({ where, type: response.headers['content-type'] }).toEqual({
              where,
              type: expect.stringMatching(/^application\/problem\+json/),
            });
            expect(response.body).toMatchObject({ status: response.status, code: expect.any(String), detail: expect.any(String) });
          }
        }),
        { numRuns: RUNS_PER_OPERATION },
      );
    }
  });
});
