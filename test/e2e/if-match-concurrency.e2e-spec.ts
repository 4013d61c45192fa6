import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { ConcurrencyCase, ConcurrencyPlugin } from '../support/concurrency';
import { createDocument, review, saveTranslation, segmentsOf, translationPath } from '../support/documents-fixtures';
import {
  type AccessMatrixPlugin,
  type Cast,
  createCast,
  dataSourceOf,
  discoverRoutes,
  type DiscoveredRoute,
  exampleBody,
  type MatrixBodyFactory,
  type MatrixParamFactory,
  type OpenApiDocument,
} from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { engineName, ROUTE_SWEEP_BUDGET_MS, startTestApi, type TestApi } from '../support/test-app';

/** The `accessMatrix` and `concurrency` exports of every test/support/*-fixtures.ts. */
function loadPlugins(): { accessMatrix?: AccessMatrixPlugin; concurrency?: ConcurrencyPlugin }[] {
  const folder = path.join(__dirname, '../support');
  return readdirSync(folder)
    .filter((name) => name.endsWith('-fixtures.ts'))
    .map((name) => jest.requireActual<{ accessMatrix?: AccessMatrixPlugin; concurrency?: ConcurrencyPlugin }>(path.join(folder, name)));
}

type Auth = { Authorization: string };

interface Written {
  status: number;
  etag: string | undefined;
  code: string | undefined;
  problem: boolean;
  requestId: string;
}

describe(`If-Match: two writes with the same ETag on the ${engineName()} engine`, () => {
  let api: TestApi;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let document: OpenApiDocument;
  let cast: Cast;
  const plugins = loadPlugins();
  const cases: Record<string, ConcurrencyCase> = Object.assign({}, ...plugins.map((plugin) => plugin.concurrency ?? {}));
  const params: Record<string, MatrixParamFactory> = Object.assign({}, ...plugins.map((plugin) => plugin.accessMatrix?.params ?? {}));
  const bodies: Record<string, MatrixBodyFactory> = Object.assign({}, ...plugins.map((plugin) => plugin.accessMatrix?.bodies ?? {}));

  beforeAll(async () => {
    // The writes really happen: keep them out of the shared database.
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
    document = (await request(api.server).get('/api/docs-json').expect(200)).body;
    cast = await createCast(api);
    for (const plugin of plugins) await plugin.accessMatrix?.prepare?.(api, cast);
    for (const city of [cast.own, cast.other]) {
      const [row] = await dataSourceOf(api).query(`SELECT jurisdiction_id FROM organisation WHERE id = $1`, [city.id]);
      city.jurisdictionId = row.jurisdiction_id;
    }
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  /** Every route whose handler takes If-Match (`@IfMatch()`), from the router. */
  function ifMatchRoutes(): DiscoveredRoute[] {
    return discoverRoutes(api).filter((route) => route.ifMatch);
  }

  it('finds the routes that take If-Match, and each has a concurrency case', () => {
    const routes = ifMatchRoutes().map((route) => `${route.method} ${route.path}`);
    expect(routes.length).toBeGreaterThan(10);
    expect(routes).toContain('PUT /api/v1/documents/{id}/segments/{segmentId}/translations/{locale}');
    const missing = routes.filter((route) => !cases[route]);
    expect(missing.map((route) => `no factory for route ${route}: add it to the \`concurrency\` export of test/support/<module>-fixtures.ts`)).toEqual([]);
    // A case for a route that no longer takes If-Match tests nothing: remove it.
    expect(Object.keys(cases).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('documents If-Match (required) on each such route, and ETag on the answer of each that returns the record', () => {
    const routes = ifMatchRoutes();
    expect(routes.length).toBeGreaterThan(10);
    const undocumented = routes.flatMap((route) => {
      const key = `${route.method} ${route.path}`;
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      if (!operation) return [`${key}: not in /api/docs-json`];
      const problems: string[] = [];
      if (!operation.parameters?.some((parameter) => parameter.in === 'header' && parameter.name === 'If-Match' && parameter.required === true)) {
        problems.push(`${key}: If-Match is not a documented, required header`);
      }
      for (const status of ['412', '428']) if (!operation.responses?.[status]) problems.push(`${key}: no ${status} response documented`);
      const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      if (route.versioned && !success.some(([, response]) => response.headers?.ETag)) problems.push(`${key}: its answer's ETag header is not documented`);
      return problems;
    });
    expect(undocumented).toEqual([]);
  });

  it(
    'answers exactly one of two simultaneous writes with 2xx and the other with 412; one audit event for the winner, only the refusal for the loser',
    async () => {
      const problems: string[] = [];
      const routes = ifMatchRoutes();
      expect(routes.length).toBeGreaterThan(10);
      for (const route of routes) {
        const key = `${route.method} ${route.path}`;
        const entry = cases[key];
        if (!entry) continue; // reported by the test above
        try {
          problems.push(...(await race(route, entry)));
        } catch (error) {
          problems.push(`${key}: ${(error as Error).message}`);
        }
      }
      expect(problems).toEqual([]);
    },
    ROUTE_SWEEP_BUDGET_MS,
  );

  async function race(route: { method: string; path: string }, entry: ConcurrencyCase): Promise<string[]> {
    const key = `${route.method} ${route.path}`;
    const auth = cast.users[entry.as].auth;
    const filled = entry.params ? await entry.params(api, cast) : await matrixParams(route.path);
    const target = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(filled[name]));
    const body = entry.body
      ? await entry.body(api, cast, filled)
      : bodies[key]
        ? (await bodies[key](api, cast.own, cast)).body
        : exampleBody(document, route.method, route.path);
    const readEtag = () => (entry.etag ? entry.etag(api, cast, filled, auth) : etagByGet(target, auth));
    const etag = await readEtag();
    const historyBefore = await entry.history?.(api, filled);

    const [first, second] = await Promise.all([write(route.method, target, auth, etag, body), write(route.method, target, auth, etag, body)]);
    const outcome = `${key}: answered ${first.status} ${first.code ?? ''} and ${second.status} ${second.code ?? ''}`;
    const winners = [first, second].filter((response) => response.status >= 200 && response.status < 300);
    const losers = [first, second].filter((response) => response.status === 412 || (entry.loserMayAnswer ?? []).includes(response.status));
    if (winners.length !== 1 || losers.length !== 1) return [outcome];

    const problems: string[] = [];
    const [winner, loser] = [winners[0], losers[0]];
    const winnerAudit = await auditOf(winner.requestId);
    const loserAudit = await auditOf(loser.requestId);
    if (winnerAudit.length !== 1) problems.push(`${outcome}, and the winner wrote ${winnerAudit.length} audit events for one write`);
    if (winnerAudit.some((event) => event.subject_id === null))
      problems.push(`${outcome}, and the winner's audit events name no subject: ${JSON.stringify(winnerAudit)}`);
    if (!loser.problem) problems.push(`${outcome}, and the loser's answer is not problem+json`);
    // The loser changed nothing: at most the refusal itself is audited (bounded per address and
    // status, so a busy minute may leave none), never a domain event.
    const loserActions = loserAudit.map((event) => event.action);
    const refusalsOnly = loserActions.length <= 1 && loserActions.every((action) => action === 'http.request.refused');
    if (!refusalsOnly) problems.push(`${outcome}, yet the loser wrote ${loserActions.join(', ')}`);
    if (entry.history) {
      const added = (await entry.history(api, filled)) - historyBefore!;
      if (added !== 1) problems.push(`${outcome}, and ${added} history rows were added for one successful write`);
    }
    const now = await readEtag();
    if (winner.etag && now !== winner.etag) problems.push(`${outcome}: the winner answered ETag ${winner.etag} but the record is now at ${now}`);
    return problems;
  }

  /** The access-matrix factories, in path order, on a record of the cast's own city. */
  async function matrixParams(routePath: string): Promise<Record<string, string>> {
    const filled: Record<string, string> = {};
    for (const [, segment, name] of routePath.matchAll(/(?:([^/{}]+)\/)?\{(\w+)\}/g)) {
      const factory = (segment && params[`${segment}.${name}`]) || params[name];
      if (!factory) throw new Error(`no factory for {${name}}: give the case \`params\`, or add \`params['${segment}.${name}']\` to the access matrix`);
      filled[name] = (await factory(api, cast.own, cast)).value;
    }
    return filled;
  }

  /** The ETag a client reads first: the record's GET, or the GET of an action's record (`…/publish` → `…`). */
  async function etagByGet(target: string, auth: Auth): Promise<string> {
    for (const candidate of [target, target.replace(/\/[^/]+$/, '')]) {
      const response = await request(api.server).get(candidate).set(auth);
      if (response.status === 200 && response.headers.etag) return response.headers.etag;
    }
    throw new Error(`no GET of ${target} (or its parent) answers an ETag: give the case an \`etag\` reader`);
  }

  async function write(method: string, target: string, auth: Auth, etag: string, body: object | undefined): Promise<Written> {
    const requestId = randomUUID();
    let call = request(api.server)[method.toLowerCase() as 'post'](target).set(auth).set('X-Request-Id', requestId).set('If-Match', etag);
    if (body !== undefined) call = call.send(body);
    const response = await call;
    const problem = /^application\/problem\+json/.test(response.headers['content-type'] ?? '');
    return { status: response.status, etag: response.headers.etag, code: response.body?.code, problem, requestId };
  }

  async function auditOf(requestId: string): Promise<{ action: string; subject_id: string | null }[]> {
    return dataSourceOf(api).query(`SELECT action, subject_id FROM audit_event WHERE request_id = $1 ORDER BY at`, [requestId]);
  }

  describe('translations', () => {
    const save = (documentId: string, segmentId: string, version: number, text: string) => {
      const requestId = randomUUID();
      return saveTranslation(api, cast.users.translator.auth, documentId, { segmentId, version }, 'en', text)
        .set('X-Request-Id', requestId)
        .then((response) => ({ response, text, requestId }));
    };

    async function translationOf(documentId: string, segmentId: string) {
      const rows: { id: string; text: string; version: number }[] = await dataSourceOf(api).query(
        `SELECT id, text, version FROM translation WHERE segment_id = $1 AND locale = 'en'`,
        [segmentId],
      );
      const history = await request(api.server)
        .get(`${translationPath(documentId, segmentId, 'en')}/history`)
        .set(cast.users.translator.auth)
        .expect(200);
      const audit: { action: string; subject_id: string | null }[] = await dataSourceOf(api).query(
        `SELECT action, subject_id FROM audit_event WHERE action LIKE 'documents.translation.%' AND after->>'segmentId' = $1 ORDER BY at`,
        [segmentId],
      );
      return { rows, history: history.body as { action: string; text: string }[], audit };
    }

    async function segmentToTranslate(): Promise<{ documentId: string; segmentId: string }> {
      const created = await createDocument(api, cast.users.coordinator.auth, {
        sourceLocale: 'zh-CN',
        targetLocales: ['en'],
        jurisdictionCode: cast.own.jurisdictionCode,
        markdown: '恩平镇海湾有六十八公顷红树林。',
      });
      const [segment] = await segmentsOf(api, created.id, 'en', cast.users.translator.auth);
      return { documentId: created.id, segmentId: segment.segmentId };
    }

    it.each([
      ['the first translation (If-Match "0")', false],
      ['an existing translation', true],
    ])('five parallel saves of %s with the same If-Match: one 200, four 412, the winner’s text is kept and recorded once', async (_label, existing) => {
      const { documentId, segmentId } = await segmentToTranslate();
      let version = 0;
      if (existing) {
        const first = await save(documentId, segmentId, 0, 'Enping has 68 ha of mangrove.');
        expect(first.response.status).toBe(200);
        version = first.response.body.version;
      }
      const attempts = await Promise.all(['one', 'two', 'three', 'four', 'five'].map((word) => save(documentId, segmentId, version, `Mangrove text ${word}.`)));
      expect(attempts.map((attempt) => attempt.response.status).sort()).toEqual([200, 412, 412, 412, 412]);
      const winner = attempts.find((attempt) => attempt.response.status === 200)!;
      const { rows, history, audit } = await translationOf(documentId, segmentId);
      expect(rows).toEqual([{ id: expect.any(String), text: winner.text, version: version + 1 }]);
      expect(winner.response.body).toMatchObject({ text: winner.text, version: version + 1 });
      expect(history.map((entry) => entry.text)).toEqual([...(existing ? ['Enping has 68 ha of mangrove.'] : []), winner.text]);
      expect(audit).toEqual(history.map(() => ({ action: 'documents.translation.saved', subject_id: rows[0].id })));
    });

    it('save, save, approve: three history entries and three audit events, each naming the translation', async () => {
      const { documentId, segmentId } = await segmentToTranslate();
      const first = await save(documentId, segmentId, 0, 'Enping has 68 ha.');
      expect(first.response.status).toBe(200);
      const second = await save(documentId, segmentId, first.response.body.version, 'Enping Zhenhai Bay has 68 hectares of mangrove.');
      expect(second.response.status).toBe(200);
      const approved = await review(api, cast.users.reviewer.auth, documentId, { segmentId, version: second.response.body.version }, 'en', 'approved');
      expect(approved.status).toBe(200);
      // A second approval on the ETag it already used is stale.
      const again = await review(api, cast.users.reviewer.auth, documentId, { segmentId, version: second.response.body.version }, 'en', 'approved');
      expect(again.status).toBe(412);
      const { rows, history, audit } = await translationOf(documentId, segmentId);
      expect(history.map((entry) => entry.action)).toEqual(['saved', 'saved', 'approved']);
      expect(audit).toEqual([
        { action: 'documents.translation.saved', subject_id: rows[0].id },
        { action: 'documents.translation.saved', subject_id: rows[0].id },
        { action: 'documents.translation.approved', subject_id: rows[0].id },
      ]);
    });
  });
});
