import request from 'supertest';
import { createOrganisation, createUser, dataSourceOf, signIn, uniqueJurisdictionCode } from '../support/identity-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

describe(`a user's time zone on /me on the ${engineName()} engine`, () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  async function cityIn(timeZone: string) {
    const code = uniqueJurisdictionCode();
    const [jurisdiction]: { id: string }[] = await dataSourceOf(api).query(
      `INSERT INTO jurisdiction (code, name, level, country, primary_locale, time_zone, status)
       VALUES ($1, '{"en":"Test city"}', 'city', $2, 'pt-BR', $3, 'active') RETURNING id`,
      [code, code.slice(0, 2), timeZone],
    );
    return createOrganisation(api, { kind: 'jurisdiction', jurisdictionCode: code, jurisdictionId: jurisdiction.id });
  }

  it("follows the user's city until they choose one, and goes back to it when they clear theirs", async () => {
    const user = await createUser(api, { organisation: await cityIn('America/Sao_Paulo'), role: 'contributor' });
    const session = await signIn(api, user);
    const me = await request(api.server).get('/api/v1/me').set(session.auth).expect(200);
    expect(me.body).toMatchObject({ timeZone: 'America/Sao_Paulo', timeZoneChosen: false });

    const chosen = await request(api.server)
      .patch('/api/v1/me')
      .set(session.auth)
      .set('If-Match', me.headers.etag)
      .send({ timeZone: 'asia/shanghai' })
      .expect(200);
    expect(chosen.body).toMatchObject({ timeZone: 'Asia/Shanghai', timeZoneChosen: true });
    const [audit]: { before: object; after: object }[] = await dataSourceOf(api).query(
      `SELECT before, after FROM audit_event WHERE action = 'identity.user.updated' AND subject_id = $1`,
      [user.id],
    );
    expect(audit).toMatchObject({ before: { timeZone: null }, after: { timeZone: 'Asia/Shanghai' } });

    const cleared = await request(api.server).patch('/api/v1/me').set(session.auth).set('If-Match', chosen.headers.etag).send({ timeZone: null }).expect(200);
    expect(cleared.body).toMatchObject({ timeZone: 'America/Sao_Paulo', timeZoneChosen: false });
  });

  it('is UTC without a city, and refuses what is not an IANA zone, naming the field, changing nothing', async () => {
    const user = await createUser(api, { organisation: await createOrganisation(api, { kind: 'international' }), role: 'observer' });
    const session = await signIn(api, user);
    const me = await request(api.server).get('/api/v1/me').set(session.auth).expect(200);
    expect(me.body.timeZone).toBe('UTC');
    for (const timeZone of ['Mars/Olympus_Mons', '+08:00', 'Asia/Shanghai; DROP TABLE app_user', 42]) {
      const refused = await request(api.server)
        .patch('/api/v1/me')
        .set(session.auth)
        .set('If-Match', me.headers.etag)
        .set('Accept-Language', 'zh-CN')
        .send({ timeZone })
        .expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'timeZone' })]);
      expect(refused.body.errors[0].message).toContain('时区');
    }
    const after = await request(api.server).get('/api/v1/me').set(session.auth).expect(200);
    expect(after.body).toMatchObject({ timeZone: 'UTC', version: me.body.version });
  });

  it("refuses a display name of only spaces, naming the field in the caller's language, and keeps the name", async () => {
    const user = await createUser(api, { organisation: await createOrganisation(api, { kind: 'international' }), role: 'observer' });
    const session = await signIn(api, user);
    const me = await request(api.server).get('/api/v1/me').set(session.auth).expect(200);
    for (const displayName of ['', '   ', '\t\n ']) {
      const refused = await request(api.server)
        .patch('/api/v1/me')
        .set(session.auth)
        .set('If-Match', me.headers.etag)
        .set('Accept-Language', 'pt-BR')
        .send({ displayName })
        .expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'displayName', rule: 'notBlank' })]);
      expect(refused.body.errors[0].message).toBe('displayName deve conter palavras, não apenas espaços.');
    }
    const after = await request(api.server).get('/api/v1/me').set(session.auth).expect(200);
    expect(after.body).toMatchObject({ displayName: me.body.displayName, version: me.body.version });
  });
});
