import request from 'supertest';
import { createOrganisation, createUser, signIn, type TestUser } from '../support/identity-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

describe('sign-in, /me and sign-out', () => {
  let api: TestApi;
  let user: TestUser;

  beforeAll(async () => {
    api = await startTestApi();
    const organisation = await createOrganisation(api, { kind: 'jurisdiction' });
    user = await createUser(api, { organisation, role: 'coordinator', preferredLocale: 'zh-CN' });
  });
  afterAll(() => api.close());

  it('signs in and answers /me with memberships and preferred language', async () => {
    const session = await signIn(api, user);
    const me = await request(api.server).get('/api/v1/me').set(session.auth).expect(200);
    expect(me.body).toMatchObject({ email: user.email, preferredLocale: 'zh-CN', mfaEnabled: false });
    expect(me.body.memberships).toEqual([expect.objectContaining({ role: 'coordinator' })]);
  });
});
