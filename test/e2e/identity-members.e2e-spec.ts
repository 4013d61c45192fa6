import request from 'supertest';
import { createOrganisation, createUser, dataSourceOf, signIn, signedInMember, type SignedInUser, type TestOrganisation } from '../support/identity-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

describe(`managing an organisation's members on the ${engineName()} engine`, () => {
  let api: TestApi;
  let enping: TestOrganisation;
  let taishan: TestOrganisation;
  let enpingCoordinator: SignedInUser;
  let taishanCoordinator: SignedInUser;
  let admin: SignedInUser;
  let observer: SignedInUser;

  beforeAll(async () => {
    api = await startTestApi();
    enping = await createOrganisation(api, { kind: 'jurisdiction', name: 'Enping members test' });
    taishan = await createOrganisation(api, { kind: 'jurisdiction', name: 'Taishan members test' });
    enpingCoordinator = await signedInMember(api, enping, 'coordinator');
    taishanCoordinator = await signedInMember(api, taishan, 'coordinator');
    admin = await signedInMember(api, await createOrganisation(api, { kind: 'platform' }), 'admin');
    observer = await signedInMember(api, await createOrganisation(api, { kind: 'international' }), 'observer');
  });
  afterAll(async () => {
    await api?.close();
  });

  const base = (organisation: TestOrganisation) => `/api/v1/organisations/${organisation.id}/members`;

  async function membershipOf(userId: string, organisation: TestOrganisation): Promise<string> {
    const [row]: { id: string }[] = await dataSourceOf(api).query(`SELECT id FROM membership WHERE user_id = $1 AND organisation_id = $2`, [
      userId,
      organisation.id,
    ]);
    return row.id;
  }

  async function auditActions(subjectId: string): Promise<string[]> {
    const rows: { action: string }[] = await dataSourceOf(api).query(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY at, id`, [subjectId]);
    return rows.map((row) => row.action);
  }

  it("lists a city's members to its coordinator and to admins; another city's coordinator and ICLEI get 403", async () => {
    const contributor = await createUser(api, { organisation: enping, role: 'contributor' });
    for (const who of [enpingCoordinator, admin]) {
      const listed = await request(api.server).get(base(enping)).set(who.auth).expect(200);
      expect(listed.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ userId: contributor.id, email: contributor.email, role: 'contributor', status: 'active', version: 1 }),
          expect.objectContaining({ userId: enpingCoordinator.id, role: 'coordinator' }),
        ]),
      );
    }
    for (const who of [taishanCoordinator, observer]) {
      const refused = await request(api.server).get(base(enping)).set(who.auth).expect(403);
      expect(JSON.stringify(refused.body)).not.toContain(contributor.email);
    }
  });

  it('changes a role with If-Match (428 without, 412 when stale), within the roles of the kind, audited', async () => {
    const contributor = await createUser(api, { organisation: enping, role: 'contributor' });
    const membershipId = await membershipOf(contributor.id, enping);
    const url = `${base(enping)}/${membershipId}`;
    await request(api.server).patch(url).set(enpingCoordinator.auth).send({ role: 'coordinator' }).expect(428);
    const wrongKind = await request(api.server)
      .patch(url)
      .set(enpingCoordinator.auth)
      .set('If-Match', '"1"')
      .set('Accept-Language', 'zh-CN')
      .send({ role: 'translator' })
      .expect(400);
    expect(wrongKind.body.errors).toEqual([expect.objectContaining({ field: 'role' })]);

    const changed = await request(api.server).patch(url).set(enpingCoordinator.auth).set('If-Match', '"1"').send({ role: 'coordinator' }).expect(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.body).toMatchObject({ role: 'coordinator', version: 2 });
    await request(api.server).patch(url).set(enpingCoordinator.auth).set('If-Match', '"1"').send({ role: 'contributor' }).expect(412);
    expect(await auditActions(membershipId)).toEqual(['identity.membership.updated']);

    // The change is in force for the next request: the promoted member may now invite.
    const promoted = await signIn(api, contributor);
    const me = await request(api.server).get('/api/v1/me').set(promoted.auth).expect(200);
    expect(me.body.memberships).toEqual([expect.objectContaining({ role: 'coordinator' })]);
  });

  it("refuses another city's coordinator (403) and changes to one's own membership (409)", async () => {
    const contributor = await createUser(api, { organisation: enping, role: 'contributor' });
    const membershipId = await membershipOf(contributor.id, enping);
    await request(api.server)
      .patch(`${base(enping)}/${membershipId}`)
      .set(taishanCoordinator.auth)
      .set('If-Match', '"1"')
      .send({ role: 'coordinator' })
      .expect(403);
    await request(api.server)
      .post(`${base(enping)}/${membershipId}/disable`)
      .set(taishanCoordinator.auth)
      .expect(403);
    await request(api.server)
      .post(`${base(enping)}/${membershipId}/disable`)
      .set(observer.auth)
      .expect(403);
    const own = await membershipOf(enpingCoordinator.id, enping);
    const self = await request(api.server)
      .post(`${base(enping)}/${own}/disable`)
      .set(enpingCoordinator.auth)
      .expect(409);
    expect(self.body.code).toBe('member_self_change');
    const [row]: { status: string }[] = await dataSourceOf(api).query(`SELECT status FROM app_user WHERE id = $1`, [contributor.id]);
    expect(row.status).toBe('active');
  });

  it("disabling ends the member's sessions at once (access and refresh tokens) and sign-in; enabling lets them back", async () => {
    const member = await signedInMember(api, enping, 'contributor');
    const membershipId = await membershipOf(member.id, enping);
    await request(api.server).get('/api/v1/me').set(member.auth).expect(200);

    const disabled = await request(api.server)
      .post(`${base(enping)}/${membershipId}/disable`)
      .set(enpingCoordinator.auth)
      .expect(200);
    expect(disabled.body).toMatchObject({ status: 'disabled' });
    await request(api.server).get('/api/v1/me').set(member.auth).expect(401);
    await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: member.refreshToken }).expect(401);
    await request(api.server).post('/api/v1/auth/login').send({ email: member.email, password: member.password }).expect(401);

    await request(api.server)
      .post(`${base(enping)}/${membershipId}/enable`)
      .set(enpingCoordinator.auth)
      .expect(200);
    const again = await signIn(api, member);
    await request(api.server).get('/api/v1/me').set(again.auth).expect(200);
    expect(await auditActions(member.id)).toEqual(expect.arrayContaining(['identity.user.disabled', 'identity.user.enabled']));
  });

  it('a coordinator cannot disable someone who also works for another city; an admin can', async () => {
    const shared = await createUser(api, { organisation: enping, role: 'contributor' });
    await dataSourceOf(api).query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'contributor')`, [shared.id, taishan.id]);
    const membershipId = await membershipOf(shared.id, enping);
    await request(api.server)
      .post(`${base(enping)}/${membershipId}/disable`)
      .set(enpingCoordinator.auth)
      .expect(403);
    await request(api.server)
      .post(`${base(enping)}/${membershipId}/disable`)
      .set(admin.auth)
      .expect(200);
  });
});
