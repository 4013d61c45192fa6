import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { startTestApi, type TestApi } from '../support/test-app';

/**
 * The web's client is typed from the API's own OpenAPI document. This suite regenerates the
 * types from the running API and fails when the checked-in file differs: change an endpoint
 * and the web must be regenerated (and type-checked) with it. To regenerate:
 *   UPDATE_API_TYPES=1 npm test -- test/e2e/web-api-contract
 */
const TYPES_FILE = path.join(__dirname, '../../apps/web/src/api/schema.d.ts');
const HEADER =
  '// Generated from /api/docs-json by openapi-typescript; do not edit.\n// Regenerate: UPDATE_API_TYPES=1 npm test -- test/e2e/web-api-contract\n\n';
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

interface Operation {
  operationId?: string;
  responses: Record<string, { content?: Record<string, unknown> }>;
}

describe('the web client and the API contract', () => {
  let api: TestApi;
  let document: { paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>> };

  beforeAll(async () => {
    api = await startTestApi();
    document = (await request(api.server).get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => api.close());

  const operations = (): [string, Operation][] =>
    Object.entries(document.paths).flatMap(([route, item]) =>
      METHODS.flatMap((method) => (item[method] ? [[`${method.toUpperCase()} ${route}`, item[method]] as [string, Operation]] : [])),
    );

  it('names every operation with a unique verb-first operationId', () => {
    const ids = operations().map(([, operation]) => operation.operationId ?? '');
    const malformed = operations().filter(
      ([, operation]) => !/^[a-z]+(?:[A-Z][a-z0-9]*)*$/.test(operation.operationId ?? '') || /Controller/.test(operation.operationId ?? ''),
    );
    expect(malformed.map(([route, operation]) => `${route}: ${operation.operationId}`)).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['listCases', 'getCase', 'getOverview', 'requestChanges', 'acceptInvitation']));
  });

  it('describes every error answer as the shared problem+json schema', () => {
    const undescribed = operations().flatMap(([route, operation]) =>
      Object.entries(operation.responses)
        .filter(([status]) => status === 'default' || /^[45]/.test(status))
        .filter(
          ([, response]) => !(response.content?.['application/problem+json'] as { schema?: { $ref?: string } } | undefined)?.schema?.$ref?.endsWith('/Problem'),
        )
        .map(([status]) => `${route} ${status}`),
    );
    expect(undescribed).toEqual([]);
    expect(operations().every(([, operation]) => operation.responses.default)).toBe(true);
  });

  it('matches the checked-in generated types of apps/web', async () => {
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    const generated = HEADER + astToString(await openapiTS(document as never));
    if (process.env.UPDATE_API_TYPES === '1') await writeFile(TYPES_FILE, generated);
    const committed = await readFile(TYPES_FILE, 'utf8').catch(() => '');
    // A plain equality: jest prints the differing lines of the two files.
    expect(committed).toBe(generated);
  });
});
