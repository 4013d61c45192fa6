import request from 'supertest';
import { createOrganisation, dataSourceOf, type SignedInUser, signedInMember, type TestOrganisation } from '../support/identity-fixtures';
import { createDocument, twoCitiesAndATeam } from '../support/documents-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

const V1 = '# Zhenhai Bay\n\nEnping has 68 hectares of mangrove.\n\nThe reserve is managed by the city.\n';
const V2 = '# Zhenhai Bay\n\nEnping has 70 hectares of mangrove.\n\nThe reserve is managed by the city.\n\nBirds winter here.\n';
const V3 = '# Zhenhai Bay\n\nEnping has 70 hectares of mangrove.\n\nBirds winter here.\n';

type Auth = { Authorization: string };

describe(`documents: revisions are listed and read as they were, on the ${engineName()} engine`, () => {
  let api: TestApi;
  let enping: TestOrganisation;
  let coordinator: SignedInUser;
  let taishanCoordinator: SignedInUser;
  let translator: SignedInUser;
  let steward: SignedInUser;
  let documentId: string;

  /** Saves a new revision over the current version (201 expected). */
  async function revise(auth: Auth, id: string, markdown: string, message?: string): Promise<void> {
    const current = await request(api.server).get(`/api/v1/documents/${id}`).set(auth).expect(200);
    await request(api.server)
      .post(`/api/v1/documents/${id}/revisions`)
      .set(auth)
      .set('If-Match', current.headers.etag)
      .send({ markdown, ...(message ? { message } : {}) })
      .expect(201);
  }

  beforeAll(async () => {
    api = await startTestApi();
    let team: TestOrganisation;
    ({ enping, team, coordinator, taishanCoordinator } = await twoCitiesAndATeam(api));
    translator = await signedInMember(api, team, 'translator', { locales: ['zh-CN'] });
    steward = await signedInMember(api, await createOrganisation(api, { kind: 'steward' }), 'steward');
    const created = await createDocument(api, coordinator.auth, { jurisdictionCode: enping.jurisdictionCode, markdown: V1, message: 'First draft' });
    documentId = created.id;
    await revise(coordinator.auth, documentId, V2, 'Area after the 2026 survey');
    await revise(coordinator.auth, documentId, V3);
  });
  afterAll(() => api.close());

  it('lists revisions newest first with author, message and how each aligned with the one before', async () => {
    const list = await request(api.server).get(`/api/v1/documents/${documentId}/revisions`).set(coordinator.auth).expect(200);
    expect(list.body.nextCursor).toBeNull();
    expect(list.body.items).toEqual([
      expect.objectContaining({
        number: 3,
        message: null,
        authorName: 'Test coordinator',
        segments: 3,
        counts: { unchanged: 3, moved: 0, changed: 0, new: 0, removed: 1 },
      }),
      expect.objectContaining({
        number: 2,
        message: 'Area after the 2026 survey',
        segments: 4,
        counts: { unchanged: 2, moved: 0, changed: 1, new: 1, removed: 0 },
      }),
      expect.objectContaining({ number: 1, message: 'First draft', segments: 3, counts: { unchanged: 0, moved: 0, changed: 0, new: 3, removed: 0 } }),
    ]);
    expect(Date.parse(list.body.items[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(list.body.items[2].createdAt));
  });

  it('pages by revision number without skipping or repeating one, and refuses a forged cursor', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await request(api.server)
        .get(`/api/v1/documents/${documentId}/revisions`)
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(coordinator.auth)
        .expect(200);
      seen.push(...page.body.items.map((item: { number: number }) => item.number));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([3, 2, 1]);
    const forged = Buffer.from(JSON.stringify(['1; DROP TABLE document', ''])).toString('base64url');
    const refused = await request(api.server).get(`/api/v1/documents/${documentId}/revisions`).query({ cursor: forged }).set(coordinator.auth).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });

  it('reads each revision’s Markdown as it was saved', async () => {
    for (const [number, markdown] of [
      [1, V1],
      [2, V2],
      [3, V3],
    ] as const) {
      const revision = await request(api.server).get(`/api/v1/documents/${documentId}/revisions/${number}`).set(coordinator.auth).expect(200);
      expect(revision.body).toMatchObject({ number, markdown });
    }
  });

  it('answers a revision number the document never had with 404 and a malformed one with 400 naming the field, in the caller’s language', async () => {
    const missing = await request(api.server)
      .get(`/api/v1/documents/${documentId}/revisions/4`)
      .set(coordinator.auth)
      .set('Accept-Language', 'zh-CN')
      .expect(404);
    expect(missing.body.detail).toContain('文档修订版');
    for (const bad of ['0', 'two', '99999999999']) {
      const answer = await request(api.server)
        .get(`/api/v1/documents/${documentId}/revisions/${bad}`)
        .set(coordinator.auth)
        .set('Accept-Language', 'pt-BR')
        .expect(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'number' })]);
    }
  });

  it('lets a translator of a target locale read the revisions (they translate from the source)', async () => {
    const list = await request(api.server).get(`/api/v1/documents/${documentId}/revisions`).set(translator.auth).expect(200);
    expect(list.body.items).toHaveLength(3);
    await request(api.server).get(`/api/v1/documents/${documentId}/revisions/2`).set(translator.auth).expect(200);
  });

  it("hides every revision of another city's document, draft or published (404, audited), and refuses the signed-out", async () => {
    const draft = await createDocument(api, coordinator.auth, { jurisdictionCode: enping.jurisdictionCode, markdown: 'Internal figures: 68 hectares.' });
    const published = await createDocument(api, coordinator.auth, { jurisdictionCode: enping.jurisdictionCode, markdown: 'Published figures.' });
    await request(api.server).post(`/api/v1/documents/${published.id}/publications/zh-CN`).set(steward.auth).send({ partial: true }).expect(201);
    await revise(coordinator.auth, published.id, 'Unpublished boundary.');
    // The published document itself is readable by the other city; its revisions (the working copy) are not.
    await request(api.server).get(`/api/v1/documents/${published.id}`).set(taishanCoordinator.auth).expect(200);
    for (const id of [draft.id, published.id]) {
      for (const path of ['revisions', 'revisions/1', 'revisions/2']) {
        const requestId = `peek-${id}-${path.replace('/', '-')}`;
        const answer = await request(api.server).get(`/api/v1/documents/${id}/${path}`).set(taishanCoordinator.auth).set('X-Request-Id', requestId).expect(404);
        expect(answer.text).not.toMatch(/figures|boundary/);
        const [denial] = await dataSourceOf(api).query(`SELECT action FROM audit_event WHERE request_id = $1`, [requestId]);
        expect(denial).toEqual({ action: 'identity.access.denied' });
      }
      await request(api.server).get(`/api/v1/documents/${id}/revisions`).expect(401);
    }
  });
});
