import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PasswordHasher, seedDemoData } from '@bluecarbon/identity';
import { DEMO_USERS } from '@bluecarbon/identity/testing';
import { auditActionsOf, dataSourceOf, signIn, type Session } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

const DEMO_PASSWORD = 'BlueCarbon-Demo-2024!';

/** The demo partners: Enping must never touch Taishan, ICLEI must never write a city's data. */
describe('jurisdictions and the demo partners', () => {
  let api: TestApi;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  const sessions: Record<string, Session> = {};
  const organisationIds: Record<string, string> = {};

  beforeAll(async () => {
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
    if (engineName() === 'server') {
      // A server database is seeded on request only (npm run db:seed does exactly this).
      const hasher = new PasswordHasher();
      await seedDemoData(dataSourceOf(api), DEMO_PASSWORD, (password) => hasher.hash(password));
    }
    for (const email of ['coordinator@enping.demo', 'coordinator@taishan.demo', 'observer@iclei.demo', 'steward@shenzhen.demo', 'admin@bluecarbon.demo']) {
      sessions[email] = await signIn(api, { email, password: DEMO_PASSWORD });
    }
    const rows: { id: string; jurisdiction_code: string | null; kind: string }[] = await dataSourceOf(api).query(
      `SELECT id, jurisdiction_code, kind FROM organisation`,
    );
    for (const row of rows) organisationIds[row.jurisdiction_code ?? row.kind] = row.id;
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('has every demo user, each able to sign in with the demo password and holding its role', async () => {
    for (const user of DEMO_USERS) {
      const session = await signIn(api, { email: user.email, password: DEMO_PASSWORD });
      const me = await request(api.server).get('/api/v1/me').set(session.auth).expect(200);
      expect(me.body.memberships).toEqual([expect.objectContaining({ role: user.role, locales: user.locales ?? [] })]);
    }
  });

  it('loads demo data only once (a second seed adds nothing)', async () => {
    const hasher = new PasswordHasher();
    const again = await seedDemoData(dataSourceOf(api), DEMO_PASSWORD, (password) => hasher.hash(password));
    expect(again).toEqual({ organisations: 0, users: 0 });
  });

  it("refuses Enping's coordinator every change to Taishan, audits it, and changes nothing", async () => {
    const enping = sessions['coordinator@enping.demo'];
    const taishanId = organisationIds['CN-GD-TAISHAN'];
    const before = await request(api.server).get(`/api/v1/organisations/${taishanId}`).set(enping.auth).expect(200);

    const renameId = randomUUID();
    await request(api.server)
      .patch(`/api/v1/organisations/${taishanId}`)
      .set(enping.auth)
      .set('X-Request-Id', renameId)
      .set('If-Match', before.headers.etag)
      .send({ name: { en: 'Enping-annexed Taishan' } })
      .expect(403);
    expect(await auditActionsOf(api, renameId)).toEqual(['identity.access.denied']);

    await request(api.server)
      .post(`/api/v1/organisations/${taishanId}/invitations`)
      .set(enping.auth)
      .send({ email: 'spy@enping.example', role: 'coordinator' })
      .expect(403);

    const after = await request(api.server).get(`/api/v1/organisations/${taishanId}`).set(enping.auth).expect(200);
    expect(after.body).toEqual(before.body);
    const [invited] = await dataSourceOf(api).query(`SELECT count(*)::int AS n FROM invitation WHERE organisation_id = $1`, [taishanId]);
    expect(invited.n).toBe(0);

    // Its own city it may rename.
    const enpingId = organisationIds['CN-GD-ENPING'];
    const own = await request(api.server).get(`/api/v1/organisations/${enpingId}`).set(enping.auth).expect(200);
    await request(api.server)
      .patch(`/api/v1/organisations/${enpingId}`)
      .set(enping.auth)
      .set('If-Match', own.headers.etag)
      .send({ name: { en: 'Enping City', 'zh-CN': '恩平市' } })
      .expect(200);
    // …but not link it to another Jurisdiction record: that decides whose records it may write.
    await request(api.server)
      .patch(`/api/v1/organisations/${enpingId}`)
      .set(enping.auth)
      .set('If-Match', '"2"')
      .send({ jurisdictionId: randomUUID() })
      .expect(403);
  });

  it("refuses ICLEI every write to a city's data", async () => {
    const iclei = sessions['observer@iclei.demo'];
    for (const code of ['CN-GD-ENPING', 'CN-GD-TAISHAN', 'BR-RJ-NITEROI', 'BR-SE']) {
      const id = organisationIds[code];
      const current = await request(api.server).get(`/api/v1/organisations/${id}`).set(iclei.auth).expect(200);
      await request(api.server)
        .patch(`/api/v1/organisations/${id}`)
        .set(iclei.auth)
        .set('If-Match', current.headers.etag)
        .send({ name: { en: 'x' } })
        .expect(403);
      await request(api.server)
        .post(`/api/v1/organisations/${id}/invitations`)
        .set(iclei.auth)
        .send({ email: 'x@iclei.example', role: 'contributor' })
        .expect(403);
      const unchanged = await request(api.server).get(`/api/v1/organisations/${id}`).set(iclei.auth).expect(200);
      expect(unchanged.body).toEqual(current.body);
    }
    await request(api.server)
      .post('/api/v1/organisations')
      .set(iclei.auth)
      .send({ kind: 'jurisdiction', name: { en: 'Fake city' }, jurisdictionCode: 'XX-FAKE' })
      .expect(403);
    await request(api.server).get('/api/v1/audit').set(iclei.auth).expect(403);
  });

  it("takes the jurisdiction codes every other module takes: a country such as BR too; refuses a malformed one, naming the field in the caller's language", async () => {
    const admin = sessions['admin@bluecarbon.demo'];
    const created = await request(api.server)
      .post('/api/v1/organisations')
      .set(admin.auth)
      .send({ kind: 'jurisdiction', name: { en: 'Brazil' }, jurisdictionCode: 'BR' })
      .expect(201);
    expect(created.body.jurisdictionCode).toBe('BR');
    const refused = await request(api.server)
      .post('/api/v1/organisations')
      .set(admin.auth)
      .set('Accept-Language', 'zh-CN')
      .send({ kind: 'jurisdiction', name: { en: 'Lower case' }, jurisdictionCode: 'br-se' })
      .expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'jurisdictionCode', rule: 'jurisdictionCode' })]);
    expect(refused.body.errors[0].message).toContain('ISO 3166-2');
    expect(refused.body.errors[0].message).toContain('必须');
  });

  it('shows admins and stewards the whole audit trail, filtered and paged by cursor', async () => {
    const steward = sessions['steward@shenzhen.demo'];
    const enpingCoordinatorId = (await request(api.server).get('/api/v1/me').set(sessions['coordinator@enping.demo'].auth)).body.id;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await request(api.server)
        .get('/api/v1/audit')
        .query({ subjectType: 'user', subjectId: enpingCoordinatorId, limit: 2, ...(cursor ? { cursor } : {}) })
        .set(steward.auth)
        .expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      for (const item of page.body.items) {
        expect(item).toMatchObject({ subjectType: 'user', subjectId: enpingCoordinatorId });
        seen.push(item.id);
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    // At least the sign-ins of beforeAll and of the first test; no event twice across pages.
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(new Set(seen).size).toBe(seen.length);

    const future = await request(api.server).get('/api/v1/audit').query({ from: '2100-01-01T00:00:00Z' }).set(steward.auth).expect(200);
    expect(future.body.items).toEqual([]);
    const byActor = await request(api.server)
      .get('/api/v1/audit')
      .query({ actorId: enpingCoordinatorId })
      .set(sessions['admin@bluecarbon.demo'].auth)
      .expect(200);
    expect(byActor.body.items.length).toBeGreaterThan(0);
    expect(byActor.body.items.every((item: { actorId: string }) => item.actorId === enpingCoordinatorId)).toBe(true);
    await request(api.server).get('/api/v1/audit').query({ cursor: 'not-a-cursor' }).set(steward.auth).expect(400);
  });

  it("shows a coordinator their own jurisdiction's events and none of another's", async () => {
    const taishanId = organisationIds['CN-GD-TAISHAN'];
    const enpingId = organisationIds['CN-GD-ENPING'];
    const enping = sessions['coordinator@enping.demo'];
    const taishan = sessions['coordinator@taishan.demo'];
    // Taishan's coordinator renames Taishan: an event about Taishan.
    const current = await request(api.server).get(`/api/v1/organisations/${taishanId}`).set(taishan.auth).expect(200);
    await request(api.server)
      .patch(`/api/v1/organisations/${taishanId}`)
      .set(taishan.auth)
      .set('If-Match', current.headers.etag)
      .send({ name: { en: 'Taishan City' } })
      .expect(200);

    const theirs = await request(api.server).get('/api/v1/audit').query({ subjectId: taishanId }).set(taishan.auth).expect(200);
    expect(theirs.body.items.map((item: { action: string }) => item.action)).toContain('identity.organisation.updated');
    const peek = await request(api.server).get('/api/v1/audit').query({ subjectId: taishanId }).set(enping.auth).expect(200);
    expect(peek.body.items.filter((item: { action: string }) => item.action === 'identity.organisation.updated')).toEqual([]);
    const all = await request(api.server).get('/api/v1/audit').query({ limit: 100 }).set(enping.auth).expect(200);
    expect(all.body.items.length).toBeGreaterThan(0); // at least its own rename and its refused attempts
    for (const item of all.body.items as { actorOrganisationId: string | null; subjectId: string | null }[]) {
      expect(item.actorOrganisationId === enpingId || item.subjectId === enpingId).toBe(true);
    }
  });

  it("keeps out events about another jurisdiction even when one of the city's own members made them", async () => {
    const enpingId = organisationIds['CN-GD-ENPING'];
    const [taishan]: { jurisdiction_id: string | null }[] = await dataSourceOf(api).query(
      `SELECT jurisdiction_id FROM organisation WHERE jurisdiction_code = 'CN-GD-TAISHAN'`,
    );
    const neighbourJurisdiction = taishan.jurisdiction_id ?? randomUUID();
    // What a service records when someone who is also in Enping's organisation (say, as a
    // translator elsewhere) saves a translation on Taishan's draft.
    const subjectId = randomUUID();
    await dataSourceOf(api).query(
      `INSERT INTO audit_event (actor_organisation_id, jurisdiction_id, action, subject_type, subject_id, after)
       VALUES ($1, $2, 'documents.translation.saved', 'translation', $3, '{"text":"Taishan draft text"}')`,
      [enpingId, neighbourJurisdiction, subjectId],
    );
    const enping = sessions['coordinator@enping.demo'];
    const seen = await request(api.server).get('/api/v1/audit').query({ subjectId }).set(enping.auth).expect(200);
    expect(seen.body.items).toEqual([]);
    const steward = sessions['steward@shenzhen.demo'];
    const stewardView = await request(api.server).get('/api/v1/audit').query({ subjectId }).set(steward.auth).expect(200);
    expect(stewardView.body.items).toHaveLength(1);
  });
});
