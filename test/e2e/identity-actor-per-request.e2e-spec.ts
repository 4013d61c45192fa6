import request from 'supertest';
import { createOrganisation, dataSourceOf, signedInMember, type SignedInUser } from '../support/identity-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

/**
 * The caller is read from the database on every request (one prepared statement for the actor,
 * one for `me`): nothing about who someone is or what they may do is kept between requests, so
 * concurrent callers never see each other and a change holds from the next request, on every
 * replica alike.
 */
describe('the signed-in caller is read per request', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const me = (user: SignedInUser) => request(api.server).get('/api/v1/me').set(user.auth);
  // The guard's permission check comes before the body's validation: 400 means "allowed to try".
  const tryCreateDocument = (user: SignedInUser) => request(api.server).post('/api/v1/documents').set(user.auth).send({});

  it('answers many concurrent callers each with themselves', async () => {
    const users: SignedInUser[] = [];
    for (let i = 0; i < 12; i += 1) {
      const organisation = await createOrganisation(api, i % 3 === 0 ? { kind: 'international' } : { kind: 'jurisdiction' });
      users.push(await signedInMember(api, organisation, i % 3 === 0 ? 'observer' : i % 2 ? 'coordinator' : 'contributor'));
    }
    const calls = Array.from({ length: 120 }, (_, n) => users[(n * 7) % users.length]);
    const answers = await Promise.all(calls.map((user) => me(user)));
    answers.forEach((answer, n) => {
      const user = calls[n];
      expect([answer.status, answer.body.id, answer.body.email, answer.body.memberships.map((m: { role: string }) => m.role)]).toEqual([
        200,
        user.id,
        user.email,
        [user.role],
      ]);
      expect(answer.body.memberships[0].organisation.id).toBe(user.organisationId);
    });
  });

  it('takes a changed role into account from the next request, in both directions', async () => {
    const city = await createOrganisation(api, { kind: 'jurisdiction' });
    const user = await signedInMember(api, city, 'coordinator');
    const setRole = (role: string) => dataSourceOf(api).query(`UPDATE membership SET role = $1 WHERE user_id = $2`, [role, user.id]);
    await tryCreateDocument(user).expect(400);
    await setRole('observer');
    await tryCreateDocument(user).expect(403);
    expect((await me(user).expect(200)).body.memberships[0].role).toBe('observer');
    await setRole('coordinator');
    await tryCreateDocument(user).expect(400);
    expect((await me(user).expect(200)).body.memberships[0].role).toBe('coordinator');
  });

  it('refuses a disabled account from the next request and accepts it again once enabled', async () => {
    const city = await createOrganisation(api, { kind: 'jurisdiction' });
    const user = await signedInMember(api, city, 'contributor');
    const setStatus = (status: string) => dataSourceOf(api).query(`UPDATE app_user SET status = $1 WHERE id = $2`, [status, user.id]);
    await me(user).expect(200);
    await setStatus('disabled');
    await me(user).expect(401);
    await setStatus('active');
    await me(user).expect(200);
  });

  it('shows a membership added or removed, and a renamed organisation, at once', async () => {
    const city = await createOrganisation(api, { kind: 'jurisdiction' });
    const team = await createOrganisation(api, { kind: 'language_team' });
    const user = await signedInMember(api, city, 'coordinator');
    const db = dataSourceOf(api);
    await db.query(`INSERT INTO membership (user_id, organisation_id, role, locales) VALUES ($1, $2, 'translator', '{zh-CN}')`, [user.id, team.id]);
    const both = (await me(user).expect(200)).body;
    expect(both.memberships.map((m: { role: string }) => m.role)).toEqual(['coordinator', 'translator']);
    expect(both.locales).toEqual(['zh-CN']);
    await db.query(`UPDATE organisation SET name = '{"en": "Renamed city"}', version = version + 1 WHERE id = $1`, [city.id]);
    await db.query(`DELETE FROM membership WHERE user_id = $1 AND organisation_id = $2`, [user.id, team.id]);
    const one = (await me(user).expect(200)).body;
    expect(one.memberships).toEqual([
      expect.objectContaining({ role: 'coordinator', organisation: expect.objectContaining({ name: { en: 'Renamed city' }, version: 2 }) }),
    ]);
    expect(one.locales).toEqual([]);
  });
});
