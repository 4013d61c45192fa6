import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { type DiscoveredRoute, discoverRoutes } from '../support/identity-fixtures';
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

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, unknown>;
  additionalProperties?: unknown;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
}

interface Operation {
  operationId?: string;
  summary?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }>; headers?: Record<string, unknown> }>;
}

/** A schema a client can type from: a reference, a scalar, an array of such, or an object with its fields. */
function isTyped(schema: Schema | undefined): boolean {
  if (!schema) return false;
  if (schema.$ref || schema.allOf?.length || schema.oneOf?.length) return true;
  if (schema.type === 'array') return isTyped(schema.items);
  if (schema.type === 'object') return Boolean(schema.properties || schema.additionalProperties);
  return Boolean(schema.type);
}

/** What an operation's documentation lacks for a typed client; empty when it is complete. */
function gapsOf(operation: Operation, route: DiscoveredRoute | undefined): string[] {
  const gaps: string[] = [];
  if (!operation.summary?.trim()) gaps.push('no summary');
  const success = Object.entries(operation.responses).filter(([status]) => /^2/.test(status));
  // 204 has no body; a file answer (CSV, XLIFF, Markdown…) is typed by its content type.
  const typed = success.filter(
    ([status, response]) =>
      status === '204' ||
      Object.entries(response.content ?? {}).some(([type, media]) => (type === 'application/json' ? isTyped(media.schema) : Boolean(media.schema))),
  );
  if (success.length === 0 || typed.length < success.length) gaps.push('a success answer without a typed body');
  if (route?.ifMatch && !operation.parameters?.some((parameter) => parameter.in === 'header' && parameter.name === 'If-Match')) gaps.push('no If-Match');
  if (route?.versioned && !success.some(([, response]) => response.headers?.ETag)) gaps.push('no ETag header');
  if (route?.body && !Object.values(operation.requestBody?.content ?? {}).some((media) => isTyped(media.schema))) gaps.push('no request body schema');
  // The refusals every such route can answer, which a client must be able to read.
  const expected: [string, boolean][] = [
    ['400', Boolean(operation.requestBody) || Boolean(operation.parameters?.some((parameter) => parameter.in === 'query' || parameter.in === 'path'))],
    ['401', route !== undefined && !route.isPublic],
    ['403', Boolean(route?.permission)],
    ['404', Boolean(operation.parameters?.some((parameter) => parameter.in === 'path'))],
    ['412', Boolean(route?.ifMatch)],
    ['428', Boolean(route?.ifMatch)],
  ];
  for (const [status, applies] of expected) if (applies && !operation.responses[status]) gaps.push(`no ${status} answer`);
  return gaps;
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
    // A write named get… (getValidate) reads as a read: its method name needs its verb listed.
    const writesNamedAsReads = operations().filter(([route, operation]) => !route.startsWith('GET ') && /^get[A-Z]/.test(operation.operationId ?? ''));
    expect(writesNamedAsReads.map(([route, operation]) => `${route}: ${operation.operationId}`)).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['listCases', 'getCase', 'getOverview', 'requestChanges', 'acceptInvitation']));
  });

  it('documents every operation completely: summary, typed success, If-Match, ETag, body', () => {
    const routes = new Map(discoverRoutes(api).map((route) => [`${route.method} ${route.path}`, route]));
    const incomplete = operations().flatMap(([route, operation]) => gapsOf(operation, routes.get(route)).map((gap) => `${route}: ${gap}`));
    expect(incomplete).toEqual([]);
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
