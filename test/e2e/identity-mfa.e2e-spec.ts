import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { totpCodeAt } from '@bluecarbon/identity/testing';
import { auditActionsOf, createOrganisation, createUser, dataSourceOf, signIn, type TestUser } from '../support/identity-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

const STEP_MS = 30_000;

describe('TOTP second factor', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ MFA_REQUIRED_ROLES: 'steward' });
  });
  afterAll(() => api.close());

  const login = (user: TestUser, extra: object = {}, requestId = randomUUID()) =>
    request(api.server)
      .post('/api/v1/auth/login')
      .set('X-Request-Id', requestId)
      .send({ email: user.email, password: user.password, ...extra });

  async function enrol(auth: { Authorization: string }): Promise<{ secret: string; recoveryCodes: string[] }> {
    const started = await request(api.server).post('/api/v1/me/mfa/totp').set(auth).expect(200);
    expect(started.body.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    const confirmed = await request(api.server)
      .post('/api/v1/me/mfa/totp/confirm')
      .set(auth)
      .send({ code: totpCodeAt(started.body.secret) })
      .expect(200);
    return { secret: started.body.secret, recoveryCodes: confirmed.body.recoveryCodes };
  }

  it('enrols, then requires a code at sign-in, refuses a wrong one and a replayed one', async () => {
    const organisation = await createOrganisation(api, { kind: 'jurisdiction' });
    const user = await createUser(api, { organisation, role: 'coordinator' });
    const session = await signIn(api, user);

    const started = await request(api.server).post('/api/v1/me/mfa/totp').set(session.auth).expect(200);
    const wrong = await request(api.server).post('/api/v1/me/mfa/totp/confirm').set(session.auth).send({ code: '000000' });
    // 000000 could be the real code once in a million: then this run proves nothing more, and says so.
    if (totpCodeAt(started.body.secret) !== '000000') expect(wrong.status).toBe(400);
    const confirmed = await request(api.server)
      .post('/api/v1/me/mfa/totp/confirm')
      .set(session.auth)
      .send({ code: totpCodeAt(started.body.secret) })
      .expect(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    // Sealed at rest: the database holds neither the secret nor a recovery code in the clear.
    const [stored] = await dataSourceOf(api).query(`SELECT totp_secret FROM app_user WHERE id = $1`, [user.id]);
    expect(stored.totp_secret).toMatch(/^v1\./);
    expect(stored.totp_secret).not.toContain(started.body.secret);
    const codes: { code_hash: string }[] = await dataSourceOf(api).query(`SELECT code_hash FROM recovery_code WHERE user_id = $1`, [user.id]);
    expect(codes.map((row) => row.code_hash)).not.toContain(confirmed.body.recoveryCodes[0]);
    const me = await request(api.server).get('/api/v1/me').set(session.auth).expect(200);
    expect(me.body.mfaEnabled).toBe(true);

    const withoutCode = await login(user).expect(401);
    expect(withoutCode.body).toMatchObject({ code: 'mfa_required', mfaRequired: true });
    const failedId = randomUUID();
    const wrongCode = await login(user, { totpCode: totpCodeAt(started.body.secret, Date.now() - 10 * STEP_MS) }, failedId).expect(401);
    expect(wrongCode.body.code).toBe('invalid_second_factor');
    expect(await auditActionsOf(api, failedId)).toEqual(['identity.login.failed']);

    // The enrolment used the current step: the next step's code is fresh (one step of drift is allowed).
    const nextCode = totpCodeAt(started.body.secret, Date.now() + STEP_MS);
    const signedIn = await login(user, { totpCode: nextCode }).expect(200);
    expect(signedIn.body.refreshToken).toEqual(expect.any(String));
    const replay = await login(user, { totpCode: nextCode }).expect(401);
    expect(replay.body.code).toBe('invalid_second_factor');
    // An older code than the last one used is refused too.
    await login(user, { totpCode: totpCodeAt(started.body.secret) }).expect(401);
  });

  it('ends every other session when a factor is enrolled: their refresh and access tokens are refused', async () => {
    const organisation = await createOrganisation(api, { kind: 'jurisdiction' });
    const user = await createUser(api, { organisation, role: 'coordinator' });
    const before = await signIn(api, user); // e.g. a thief's, signed in by password only
    const refreshedBefore = await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: before.refreshToken }).expect(200);
    const enrolling = await signIn(api, user);
    await enrol(enrolling.auth);

    const refused = await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: refreshedBefore.body.refreshToken }).expect(401);
    expect(refused.body.code).toBe('invalid_refresh_token');
    await request(api.server).get('/api/v1/me').set(before.auth).expect(401);
    await request(api.server).get('/api/v1/me').set('Authorization', `Bearer ${refreshedBefore.body.accessToken}`).expect(401);
    // The session that enrolled stays signed in (it just proved the new factor).
    await request(api.server).get('/api/v1/me').set(enrolling.auth).expect(200);
    await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: enrolling.refreshToken }).expect(200);
  });

  it('accepts each recovery code once', async () => {
    const organisation = await createOrganisation(api, { kind: 'international' });
    const user = await createUser(api, { organisation, role: 'observer' });
    const { recoveryCodes } = await enrol((await signIn(api, user)).auth);
    const [first, second] = recoveryCodes;
    await login(user, { recoveryCode: first.toUpperCase() }).expect(200); // case and hyphens do not matter
    const again = await login(user, { recoveryCode: first }).expect(401);
    expect(again.body.code).toBe('invalid_second_factor');
    await login(user, { recoveryCode: 'aaaaa-bbbbb' }).expect(401);
    await login(user, { recoveryCode: second.replace('-', '') }).expect(200);
  });

  it('turns TOTP off with a valid code only, after which the password alone signs in', async () => {
    const organisation = await createOrganisation(api, { kind: 'language_team' });
    const user = await createUser(api, { organisation, role: 'translator', locales: ['pt-BR'] });
    const session = await signIn(api, user);
    const { recoveryCodes } = await enrol(session.auth);
    await request(api.server).post('/api/v1/me/mfa/totp').set(session.auth).expect(409);
    await request(api.server).delete('/api/v1/me/mfa/totp').set(session.auth).send({ recoveryCode: 'wrong-codes' }).expect(400);
    await request(api.server).delete('/api/v1/me/mfa/totp').set(session.auth).send({ recoveryCode: recoveryCodes[0] }).expect(204);
    await login(user).expect(200);
    await request(api.server).delete('/api/v1/me/mfa/totp').set(session.auth).send({ recoveryCode: recoveryCodes[1] }).expect(409);
  });

  it('stops guessing of enrolment codes like failed sign-ins (429 after ten wrong codes)', async () => {
    const organisation = await createOrganisation(api, { kind: 'jurisdiction' });
    const user = await createUser(api, { organisation, role: 'contributor' });
    const session = await signIn(api, user);
    const started = await request(api.server).post('/api/v1/me/mfa/totp').set(session.auth).expect(200);
    const right = totpCodeAt(started.body.secret);
    const wrong = right === '111111' ? '222222' : '111111';
    for (let i = 0; i < 10; i += 1) await request(api.server).post('/api/v1/me/mfa/totp/confirm').set(session.auth).send({ code: wrong }).expect(400);
    const limited = await request(api.server).post('/api/v1/me/mfa/totp/confirm').set(session.auth).send({ code: right }).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('checks no more of 40 parallel wrong enrolment codes than the limit allows', async () => {
    const organisation = await createOrganisation(api, { kind: 'jurisdiction' });
    const user = await createUser(api, { organisation, role: 'contributor' });
    const session = await signIn(api, user);
    const started = await request(api.server).post('/api/v1/me/mfa/totp').set(session.auth).expect(200);
    const right = totpCodeAt(started.body.secret);
    const wrong = right === '111111' ? '222222' : '111111';
    const responses = await Promise.all(
      Array.from({ length: 40 }, () => request(api.server).post('/api/v1/me/mfa/totp/confirm').set(session.auth).send({ code: wrong })),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 400)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(30);
  });

  it('holds a session signed in before its role required MFA to enrolment, its tokens and refreshed ones, until it enrols', async () => {
    const city = await createOrganisation(api, { kind: 'jurisdiction' });
    const user = await createUser(api, { organisation: city, role: 'coordinator' });
    const before = await signIn(api, user); // no factor needed yet: a full session
    await request(api.server).get('/api/v1/organisations').set(before.auth).expect(200);
    // Then they become a steward (an invitation accepted, say) without a second factor.
    const stewards = await createOrganisation(api, { kind: 'steward' });
    await dataSourceOf(api).query(`INSERT INTO membership (user_id, organisation_id, role, locales) VALUES ($1, $2, 'steward', '{}')`, [user.id, stewards.id]);

    const refused = await request(api.server).get('/api/v1/organisations').set(before.auth).expect(403);
    expect(refused.body.code).toBe('mfa_enrolment_required');
    const refreshed = await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: before.refreshToken }).expect(200);
    // Refresh says so, as sign-in does, so that the client shows the enrolment.
    expect(refreshed.body).toMatchObject({ mfaEnrolmentRequired: true, refreshToken: expect.any(String) });
    const refreshedAuth = { Authorization: `Bearer ${refreshed.body.accessToken}` };
    expect((await request(api.server).get('/api/v1/organisations').set(refreshedAuth).expect(403)).body.code).toBe('mfa_enrolment_required');
    await request(api.server).get('/api/v1/me').set(refreshedAuth).expect(200);

    // Enrolling is what it may do; once it has, its next refresh is a full session again.
    await enrol(refreshedAuth);
    const full = await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: refreshed.body.refreshToken }).expect(200);
    expect(full.body.mfaEnrolmentRequired).toBe(false);
    await request(api.server)
      .get('/api/v1/organisations')
      .set({ Authorization: `Bearer ${full.body.accessToken}` })
      .expect(200);
  });

  it('lets a session held to enrolment sign out', async () => {
    const stewards = await createOrganisation(api, { kind: 'steward' });
    const city = await createOrganisation(api, { kind: 'jurisdiction' });
    const user = await createUser(api, { organisation: city, role: 'coordinator' });
    const session = await signIn(api, user);
    await dataSourceOf(api).query(`INSERT INTO membership (user_id, organisation_id, role, locales) VALUES ($1, $2, 'steward', '{}')`, [user.id, stewards.id]);
    await request(api.server).post('/api/v1/auth/logout').set(session.auth).send({ refreshToken: session.refreshToken }).expect(204);
    await request(api.server).get('/api/v1/me').set(session.auth).expect(401);
    await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
  });

  it('ends an enrolment-only sign-in (it has no refresh token) when it signs out', async () => {
    const organisation = await createOrganisation(api, { kind: 'steward' });
    const user = await createUser(api, { organisation, role: 'steward' });
    const signedIn = await login(user).expect(200);
    expect(signedIn.body).toMatchObject({ mfaEnrolmentRequired: true, refreshToken: null });
    const auth = { Authorization: `Bearer ${signedIn.body.accessToken}` };
    const other = await login(user).expect(200);
    await request(api.server).post('/api/v1/auth/logout').set(auth).send({}).expect(204);
    await request(api.server).get('/api/v1/me').set(auth).expect(401);
    // Only the caller's own session.
    await request(api.server)
      .get('/api/v1/me')
      .set({ Authorization: `Bearer ${other.body.accessToken}` })
      .expect(200);
  });

  it('gives a role that requires MFA an enrolment-only token until it has a second factor', async () => {
    const organisation = await createOrganisation(api, { kind: 'steward' });
    const user = await createUser(api, { organisation, role: 'steward' });
    const first = await login(user).expect(200);
    expect(first.body).toMatchObject({ mfaEnrolmentRequired: true, refreshToken: null });
    const auth = { Authorization: `Bearer ${first.body.accessToken}` };
    const refused = await request(api.server).get('/api/v1/organisations').set(auth).expect(403);
    expect(refused.body.code).toBe('mfa_enrolment_required');
    await request(api.server).get('/api/v1/me').set(auth).expect(200);
    const { secret, recoveryCodes } = await enrol(auth);

    const full = await login(user, { totpCode: totpCodeAt(secret, Date.now() + STEP_MS) }).expect(200);
    expect(full.body.mfaEnrolmentRequired).toBe(false);
    const fullAuth = { Authorization: `Bearer ${full.body.accessToken}` };
    await request(api.server).get('/api/v1/organisations').set(fullAuth).expect(200);
    const keep = await request(api.server).delete('/api/v1/me/mfa/totp').set(fullAuth).send({ recoveryCode: recoveryCodes[0] }).expect(403);
    expect(keep.body.code).toBe('mfa_required_for_role');
  });
});
