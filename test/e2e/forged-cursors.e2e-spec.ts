import request from 'supertest';
import { createCast, type Cast } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { type Operation, operationsOf } from '../support/openapi-fuzz';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

const cursorOf = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');

/**
 * Cursors are opaque to clients but are only base64 JSON: anyone can forge one that decodes
 * well and carries parts no query expects (not a uuid, not a time, not a number). Each list
 * must refuse those with 400 invalid_cursor before SQL sees them (the database's own refusal
 * came back as a vague 400 invalid_input, or a 500 where nothing mapped it).
 */
const NO_ID = [
  ['text', 'not-a-uuid'],
  ['-1e999', 'x'],
  ["'; DROP TABLE audit_event; --", '00000000-0000-0000-0000-00000000000g'],
].map(cursorOf);
// Well-formed for a list sorted by text (a page after "NaN" is a page), not for one by time.
const ODD_SORT_VALUE = [
  ['2026-13-45T99:00:00Z', '00000000-0000-0000-0000-000000000000'],
  ['NaN', '00000000-0000-0000-0000-000000000000'],
].map(cursorOf);

describe(`forged cursors on every paged list, on the ${engineName()} engine`, () => {
  let api: TestApi;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let cast: Cast;
  let lists: Operation[];

  beforeAll(async () => {
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
    cast = await createCast(api);
    const document = await request(api.server).get('/api/docs-json').expect(200);
    // Lists a caller reaches without naming a record: the cursor meets the query directly.
    lists = operationsOf(document.body).filter(
      (operation) => operation.method === 'GET' && operation.queryParams.includes('cursor') && operation.pathParams.length === 0,
    );
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('finds the paged lists in the OpenAPI document', () => {
    expect(lists.map((operation) => operation.path)).toEqual(expect.arrayContaining(['/api/v1/audit', '/api/v1/documents', '/api/v1/onboarding/applications']));
  });

  it('answers a forged cursor with 400 invalid_cursor (or a page, where its parts fit the list), never a database error, for the admin and the steward', async () => {
    const problems: string[] = [];
    for (const caller of [cast.users.admin, cast.users.steward]) {
      for (const operation of lists) {
        for (const cursor of [...NO_ID, ...ODD_SORT_VALUE]) {
          const response = await request(api.server).get(operation.path).query({ cursor }).set(caller.auth);
          // 403/404 are the route's own refusal of this caller, before any cursor is read.
          if ([403, 404].includes(response.status)) continue;
          const refused = response.status === 400 && response.body.code === 'invalid_cursor';
          const fine = refused || (response.status === 200 && ODD_SORT_VALUE.includes(cursor));
          if (!fine) problems.push(`${operation.path} ${Buffer.from(cursor, 'base64url').toString()}: ${response.status} ${response.body.code ?? ''}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('follows nextCursor through every paged list: each page answers 200 and no item comes twice', async () => {
    const problems: string[] = [];
    let pagesFollowed = 0;
    for (const operation of lists) {
      const seen = new Set<string>();
      let cursor: string | null = null;
      for (let page = 0; page < 4; page += 1) {
        const response: request.Response = await request(api.server)
          .get(operation.path)
          .query({ limit: 1, ...(cursor ? { cursor } : {}) })
          .set(cast.users.admin.auth);
        if (response.status !== 200) {
          problems.push(`${operation.path} page ${page}: ${response.status} ${response.body.code ?? ''}`);
          break;
        }
        for (const item of response.body.items as { id?: string; key?: string; code?: string }[]) {
          const identity = JSON.stringify(item);
          if (seen.has(identity)) problems.push(`${operation.path} page ${page}: an item came twice`);
          seen.add(identity);
        }
        cursor = response.body.nextCursor;
        if (!cursor) break;
        pagesFollowed += 1;
      }
    }
    expect(problems).toEqual([]);
    expect(pagesFollowed).toBeGreaterThan(3);
  });
});
