import fc from 'fast-check';
import request from 'supertest';
import { createOrganisation, signedInMember, type SignedInUser } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { concretePath, type Operation, operationsOf, requestArbitrary } from '../support/openapi-fuzz';
import { startTestApi, type TestApi } from '../support/test-app';

const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 20);

/**
 * The platform's robustness test runs without a token, so behind the guard it only meets
 * 401s. This one signs in (as an admin, who passes every route-level check) and throws junk
 * at the identity routes themselves: never a 5xx, always problem+json.
 */
describe('identity routes survive malformed input from a signed-in caller', () => {
  let api: TestApi;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let admin: SignedInUser;
  let operations: Operation[];

  beforeAll(async () => {
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
    admin = await signedInMember(api, await createOrganisation(api, { kind: 'platform' }), 'admin');
    const document = await request(api.server).get('/api/docs-json').expect(200);
    const identityTags = ['auth', 'me', 'organisations', 'invitations', 'audit'];
    operations = operationsOf(document.body).filter((operation) =>
      identityTags.some((tag) => operation.path.startsWith(`/api/v1/${tag === 'me' ? 'me' : tag}`)),
    );
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('answers junk with 2xx or a 4xx problem+json, never 5xx', async () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(requestArbitrary(operation), async (input) => {
          // Path values past Fastify's maxParamLength (100) get a non-problem 414 from the
          // router itself: a platform matter, reported; kept out of this test of identity.
          const path = concretePath(operation, input.pathValues.map((value) => value.slice(0, 90)));
          const method = operation.method.toLowerCase() as 'get';
          let call = request(api.server)[method](path)
            .set(admin.auth)
            .query(input.query)
            .set('Accept-Language', input.language);
          if (input.ifMatch !== undefined) call = call.set('If-Match', input.ifMatch);
          if (operation.hasBody) call = call.set('Content-Type', 'application/json').send(JSON.stringify(input.body));
          const response = await call;
          const where = `${operation.method} ${path}`;
          expect({ where, status: response.status < 500 }).toEqual({ where, status: true });
          if (response.status >= 400) {
            expect({ where, type: response.headers['content-type'] }).toEqual({ where, type: expect.stringMatching(/^application\/problem\+json/) });
          }
        }),
        { numRuns: RUNS_PER_OPERATION },
      );
    }
  });
});
