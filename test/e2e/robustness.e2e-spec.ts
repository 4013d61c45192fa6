import fc from 'fast-check';
import request from 'supertest';
import { createOrganisation, signedInMember } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { concretePath, type Operation, operationsOf, requestArbitrary } from '../support/openapi-fuzz';
import { startTestApi, type TestApi } from '../support/test-app';

// Runs per operation and caller; the whole suite stays within a minute or two on 2 cores.
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
// Grows with the API: every operation × caller × run; bounded by RUNS, not by a clock.
const TIMEOUT_MS = 20 * 60_000;

/**
 * Reads the API's own OpenAPI document and throws generated junk at every operation, as an
 * anonymous caller (who mostly meets the guard), as an admin (who passes every route-level
 * check, so the junk reaches validation and services) and as a city coordinator. Any 5xx, or
 * a 4xx that is not problem+json, is a bug. New endpoints are covered without editing this.
 */
describe('every operation survives malformed input', () => {
  let api: TestApi;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let operations: Operation[];
  const callers: { name: string; headers: Record<string, string>; runs: number }[] = [];

  beforeAll(async () => {
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
    const admin = await signedInMember(api, await createOrganisation(api, { kind: 'platform' }), 'admin');
    const coordinator = await signedInMember(api, await createOrganisation(api, { kind: 'jurisdiction' }), 'coordinator');
    callers.push(
      { name: 'anonymous', headers: {}, runs: Math.ceil(RUNS / 2) },
      { name: 'admin', headers: admin.auth, runs: RUNS },
      { name: 'coordinator', headers: coordinator.auth, runs: Math.ceil(RUNS / 2) },
    );
    const document = await request(api.server).get('/api/docs-json').expect(200);
    operations = operationsOf(document.body);
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('finds the operations to test in /api/docs-json', () => {
    expect(operations.length).toBeGreaterThan(2);
  });

  it(
    'answers junk with 2xx/3xx or a 4xx problem+json, never 5xx',
    async () => {
      for (const caller of callers) {
        for (const operation of operations) {
          await fc.assert(
            fc.asyncProperty(requestArbitrary(operation), async (input) => {
              const path = concretePath(operation, input.pathValues);
              const agent = request(api.server);
              let call = agent[operation.method.toLowerCase() as 'get'](path).set(caller.headers).query(input.query).set('Accept-Language', input.language);
              if (input.ifMatch !== undefined) call = call.set('If-Match', input.ifMatch);
              if (operation.hasBody) call = call.set('Content-Type', 'application/json').send(JSON.stringify(input.body));
              const response = await call;
              const where = `${caller.name}: ${operation.method} ${path.slice(0, 200)}`;
              expect({ where, serverError: response.status >= 500 }).toEqual({ where, serverError: false });
              if (response.status >= 400) {
                expect({ where, type: response.headers['content-type'] }).toEqual({
                  where,
                  type: expect.stringMatching(/^application\/problem\+json/),
                });
                expect(response.body).toMatchObject({ status: response.status, code: expect.any(String), detail: expect.any(String) });
              }
            }),
            { numRuns: caller.runs },
          );
        }
      }
    },
    TIMEOUT_MS,
  );
});
