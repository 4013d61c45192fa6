import request from 'supertest';
import { createOrganisation, discoverRoutes, type SignedInUser, signedInMember } from '../support/identity-fixtures';
import { createDocument, saveTranslation, segmentsOf } from '../support/documents-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

// Every GET route of the documents module, found from the router and filled from the OpenAPI
// document: a read route added later is covered without editing this file.

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: { enum?: string[] };
}
type OpenApi = { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };

interface ReadCall {
  route: string;
  url: string;
  query: Record<string, string>;
  /** The locale asked for, when the route takes one. */
  locale: string | null;
}

const DOCUMENT_ROUTES = /^\/api\/v1\/(documents|translation-tasks)(\/|$)/;

/** Every way to call every documents read route: each locale and each enumerated option. */
function readCalls(api: TestApi, openApi: OpenApi, ids: { id: string; segmentId: string }): ReadCall[] {
  const calls: ReadCall[] = [];
  const routes = discoverRoutes(api).filter((route) => route.method === 'GET' && DOCUMENT_ROUTES.test(route.path));
  for (const route of routes) {
    const parameters = openApi.paths[route.path]?.get?.parameters ?? [];
    let variants: { path: Record<string, string>; query: Record<string, string>; locale: string | null }[] = [{ path: {}, query: {}, locale: null }];
    for (const parameter of parameters.filter((p) => p.in === 'path' || p.in === 'query')) {
      const values = parameter.schema?.enum ?? (parameter.in === 'path' ? [fixed(ids, parameter.name, route.path)] : null);
      if (!values) {
        if (parameter.required) throw new Error(`${route.path}: no value for the required query parameter "${parameter.name}"`);
        continue; // paging: the first page is enough
      }
      const takesLocale = values.includes('pt-BR');
      variants = variants.flatMap((variant) =>
        values.map((value) => ({
          path: parameter.in === 'path' ? { ...variant.path, [parameter.name]: value } : variant.path,
          query: parameter.in === 'query' ? { ...variant.query, [parameter.name]: value } : variant.query,
          locale: takesLocale ? value : variant.locale,
        })),
      );
    }
    for (const variant of variants) {
      calls.push({
        route: route.path,
        url: route.path.replace(/\{(\w+)\}/g, (_match, name: string) => variant.path[name]),
        query: variant.query,
        locale: variant.locale,
      });
    }
  }
  return calls;
}

function fixed(ids: { id: string; segmentId: string }, name: string, path: string): string {
  if (name === 'id' || name === 'segmentId') return ids[name];
  // The latest revision: the one written after the publication, for the published document.
  if (name === 'number') return '2';
  throw new Error(`${path}: no value for the path parameter "${name}": add it to documents-confidentiality.e2e-spec.ts`);
}

/** The whole answer as text, whatever its content type (JSON, Markdown, XLIFF). */
async function read(api: TestApi, call: ReadCall, auth: { Authorization: string }): Promise<{ status: number; text: string }> {
  const response = await request(api.server)
    .get(call.url)
    .query(call.query)
    .set(auth)
    .buffer(true)
    .parse((res, callback) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (data += chunk));
      res.on('end', () => callback(null, data));
    });
  return { status: response.status, text: response.body as string };
}

const describeCall = (call: ReadCall) => `${call.url}?${new URLSearchParams(call.query).toString()}`;

describe(`documents: outside the working copy only published content is read, on the ${engineName()} engine`, () => {
  let api: TestApi;
  let openApi: OpenApi;
  let owner: SignedInUser;
  let otherCity: SignedInUser;
  let iclei: SignedInUser;
  let steward: SignedInUser;
  let chinese: SignedInUser;
  let portuguese: SignedInUser;
  let publishedId: string;
  let publishedSegment: string;
  let draftId: string;
  let draftSegment: string;

  beforeAll(async () => {
    api = await startTestApi();
    openApi = (await request(api.server).get('/api/docs-json').expect(200)).body;
    const city = await createOrganisation(api, { kind: 'jurisdiction' });
    owner = await signedInMember(api, city, 'coordinator');
    otherCity = await signedInMember(api, await createOrganisation(api, { kind: 'jurisdiction' }), 'coordinator');
    iclei = await signedInMember(api, await createOrganisation(api, { kind: 'international' }), 'observer');
    steward = await signedInMember(api, await createOrganisation(api, { kind: 'steward' }), 'steward');
    const team = await createOrganisation(api, { kind: 'language_team' });
    chinese = await signedInMember(api, team, 'translator', { locales: ['zh-CN'] });
    portuguese = await signedInMember(api, team, 'translator', { locales: ['pt-BR'] });

    // Published once (zh-CN, the source standing in), then a new revision and new draft translations.
    const created = await createDocument(api, owner.auth, {
      jurisdictionCode: city.jurisdictionCode,
      sourceLocale: 'en',
      targetLocales: ['zh-CN', 'pt-BR'],
      markdown: 'Mangroves of the bay PUBLISHEDSOURCE.',
    });
    publishedId = created.id;
    const [first] = await segmentsOf(api, publishedId, 'zh-CN', owner.auth);
    await saveTranslation(api, chinese.auth, publishedId, first, 'zh-CN', '海湾的红树林 OLDDRAFTZH。').expect(200);
    await request(api.server).post(`/api/v1/documents/${publishedId}/publications/zh-CN`).set(steward.auth).send({ partial: true }).expect(201);
    const current = await request(api.server).get(`/api/v1/documents/${publishedId}`).set(owner.auth).expect(200);
    await request(api.server)
      .post(`/api/v1/documents/${publishedId}/revisions`)
      .set(owner.auth)
      .set('If-Match', current.headers.etag)
      .send({ markdown: 'Unannounced reserve boundary DRAFTSOURCE.' })
      .expect(201);
    const [zh] = await segmentsOf(api, publishedId, 'zh-CN', owner.auth);
    publishedSegment = zh.segmentId;
    await saveTranslation(api, chinese.auth, publishedId, zh, 'zh-CN', '未公布的保护区边界 DRAFTZH。').expect(200);
    const [pt] = await segmentsOf(api, publishedId, 'pt-BR', owner.auth);
    await saveTranslation(api, portuguese.auth, publishedId, pt, 'pt-BR', 'Limite da reserva não anunciado DRAFTPT.').expect(200);

    // A draft never published, translated in both locales.
    const draft = await createDocument(api, owner.auth, {
      jurisdictionCode: city.jurisdictionCode,
      sourceLocale: 'en',
      targetLocales: ['zh-CN', 'pt-BR'],
      markdown: 'Draft survey plan NEWSOURCE.',
    });
    draftId = draft.id;
    const [draftZh] = await segmentsOf(api, draftId, 'zh-CN', owner.auth);
    draftSegment = draftZh.segmentId;
    await saveTranslation(api, chinese.auth, draftId, draftZh, 'zh-CN', '调查计划草稿 NEWZH。').expect(200);
    const [draftPt] = await segmentsOf(api, draftId, 'pt-BR', owner.auth);
    await saveTranslation(api, portuguese.auth, draftId, draftPt, 'pt-BR', 'Plano de levantamento NEWPT.').expect(200);
  });
  afterAll(() => api.close());

  const DRAFT_TEXT = ['DRAFTSOURCE', 'DRAFTZH', 'DRAFTPT'];

  it('finds the read routes, and the owner reads every draft text through them', async () => {
    const calls = readCalls(api, openApi, { id: publishedId, segmentId: publishedSegment });
    expect(new Set(calls.map((call) => call.route)).size).toBeGreaterThanOrEqual(8);
    const seen = (await Promise.all(calls.map((call) => read(api, call, owner.auth)))).map((answer) => answer.text).join('\n');
    for (const marker of DRAFT_TEXT) expect(seen).toContain(marker);
  });

  it.each([
    ['another city', () => otherCity],
    ['an international organisation', () => iclei],
  ])('shows %s the publication and none of the later drafts, on every read path', async (_who, who) => {
    const reader = who();
    const calls = readCalls(api, openApi, { id: publishedId, segmentId: publishedSegment });
    const leaks: string[] = [];
    const answers = await Promise.all(calls.map(async (call) => ({ call, answer: await read(api, call, reader.auth) })));
    for (const { call, answer } of answers) {
      expect([describeCall(call), answer.status < 500]).toEqual([describeCall(call), true]);
      for (const marker of [...DRAFT_TEXT, 'OLDDRAFTZH']) if (answer.text.includes(marker)) leaks.push(`${describeCall(call)} shows ${marker}`);
    }
    expect(leaks).toEqual([]);
    // What was published stays readable: the document, its published source and locale.
    const published = answers.filter(({ answer }) => answer.status === 200 && answer.text.includes('PUBLISHEDSOURCE')).map(({ call }) => call.route);
    expect(published).toEqual(expect.arrayContaining(['/api/v1/documents/{id}', '/api/v1/documents/{id}/render']));
  });

  it.each([
    ['the owner', () => owner, ['zh-CN', 'pt-BR']],
    ['a pt-BR translator', () => portuguese, ['pt-BR']],
    ['another city', () => otherCity, []],
    ['an international organisation', () => iclei, []],
  ])("shows %s the working copy's progress only in the locales whose working copy they read", async (_who, who, locales) => {
    // Counts and words of an unpublished revision describe it as much as its text does.
    const reader = who();
    const document = await request(api.server).get(`/api/v1/documents/${publishedId}`).set(reader.auth).expect(200);
    expect(Object.keys(document.body.progress).sort()).toEqual([...locales].sort());
    const progress = await request(api.server).get(`/api/v1/documents/${publishedId}/progress`).set(reader.auth).expect(200);
    expect(Object.keys(progress.body).sort()).toEqual([...locales].sort());
  });

  it.each([
    ['a published document with a later revision', () => ({ id: publishedId, segmentId: publishedSegment, own: 'DRAFTPT', foreign: 'DRAFTZH' })],
    ['a draft never published', () => ({ id: draftId, segmentId: draftSegment, own: 'NEWPT', foreign: 'NEWZH' })],
  ])('lets a translator read only their own locale of %s, on every read path that takes a locale', async (_what, subject) => {
    const { id, segmentId, own, foreign } = subject();
    const calls = readCalls(api, openApi, { id, segmentId }).filter((call) => call.locale !== null && call.url.includes(id));
    expect(new Set(calls.map((call) => call.route)).size).toBeGreaterThanOrEqual(6);
    const leaks: string[] = [];
    let ownSeen = 0;
    for (const call of calls) {
      const answer = await read(api, call, portuguese.auth);
      expect([describeCall(call), answer.status < 500]).toEqual([describeCall(call), true]);
      if (answer.text.includes(foreign)) leaks.push(describeCall(call));
      if (answer.text.includes(own)) ownSeen++;
    }
    expect(leaks).toEqual([]);
    expect(ownSeen).toBeGreaterThan(0);
  });
});
