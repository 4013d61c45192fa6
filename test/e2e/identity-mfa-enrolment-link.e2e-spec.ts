import { totpCodeAt } from '@bluecarbon/identity/testing';
import { OutboxRelay } from '@bluecarbon/platform';
import request from 'supertest';
import { createOrganisation, createUser, dataSourceOf, type TestUser } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { decodeBody, decodeSubject, type ReceivedMail, startSmtp } from '../support/smtp';
import { startTestApi, type TestApi } from '../support/test-app';

/**
 * In production, a role that must use a second factor cannot enrol one with the password alone
 * (whoever knows it would enrol their own authenticator and own the account): enrolment needs
 * a single-use link mailed to the account, and the owner is told once a factor is enrolled.
 */
describe('second-factor enrolment in production: by mailed link only, and the owner is told', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    // The relay claims every pending event: other test files' events must be out of reach.
    database = await isolatedDatabase();
    api = await startTestApi({
      ...database.overrides,
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-like-secret-that-is-long-enough-0123456789',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PUBLIC_WEB_URL: 'https://portal.example.org',
    });
  });
  afterAll(async () => {
    await api?.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    await database?.drop();
  });

  const kinds: Record<'admin' | 'steward', 'platform' | 'steward'> = { admin: 'platform', steward: 'steward' };

  async function member(role: 'admin' | 'steward', preferredLocale = 'en'): Promise<TestUser> {
    const organisation = await createOrganisation(api, { kind: kinds[role] });
    return createUser(api, { organisation, role, preferredLocale });
  }

  /** Signs in with the password: for these roles, a token that may only enrol a factor. */
  async function passwordSession(user: TestUser): Promise<{ Authorization: string }> {
    const response = await request(api.server).post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    expect(response.body).toMatchObject({ mfaEnrolmentRequired: true, refreshToken: null });
    return { Authorization: `Bearer ${response.body.accessToken}` };
  }

  async function mailsTo(user: TestUser): Promise<ReceivedMail[]> {
    await api.app.get(OutboxRelay).runOnce();
    return smtp.mails.filter((mail) => mail.to.includes(user.email));
  }

  const tokenIn = (mail: ReceivedMail) => /\/me\/mfa\/enrol\?token=([A-Za-z0-9_-]+)/.exec(decodeBody(mail.raw))?.[1];
  const start = (auth: { Authorization: string }, body: object = {}) => request(api.server).post('/api/v1/me/mfa/totp').set(auth).send(body);
  const pendingSecretOf = async (user: TestUser) =>
    (await dataSourceOf(api).query(`SELECT totp_pending_secret FROM app_user WHERE id = $1`, [user.id]))[0].totp_pending_secret;

  it.each(['admin', 'steward'] as const)("refuses a %s's enrolment with the password alone and mails a link instead", async (role) => {
    const user = await member(role);
    const auth = await passwordSession(user);
    const refused = await start(auth).expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.code).toBe('mfa_enrolment_link_sent');
    expect(refused.body).not.toHaveProperty('secret');
    expect(await pendingSecretOf(user)).toBeNull();
    // Nor can the factor be confirmed without a started enrolment.
    await request(api.server).post('/api/v1/me/mfa/totp/confirm').set(auth).send({ code: '123456' }).expect(409);

    const [mail] = await mailsTo(user);
    expect(decodeSubject(mail.raw)).toBe('Set up your second factor on the Blue Carbon Portal');
    expect(decodeBody(mail.raw)).toContain('https://portal.example.org/me/mfa/enrol?token=');
    // The token reached the mail only: neither the outbox nor the link table keeps it readable.
    const token = tokenIn(mail) as string;
    const stored = JSON.stringify(await dataSourceOf(api).query(`SELECT payload FROM outbox_event WHERE type = 'identity.mfa.enrolment_link_sent'`));
    const links = JSON.stringify(await dataSourceOf(api).query(`SELECT token_hash FROM mfa_enrolment_link WHERE user_id = $1`, [user.id]));
    expect(stored).not.toContain(token);
    expect(links).not.toContain(token);
  });

  it('enrols with the mailed link (once), then tells the owner in their language', async () => {
    const user = await member('admin', 'zh-CN');
    const auth = await passwordSession(user);
    await start(auth).expect(403);
    const token = tokenIn((await mailsTo(user))[0]) as string;

    const wrong = await start(auth, { enrolmentToken: 'not-the-mailed-token' }).expect(400);
    expect(wrong.body.code).toBe('mfa_enrolment_link_invalid');
    expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'enrolmentToken' })]);

    const started = await start(auth, { enrolmentToken: token }).expect(200);
    const confirmed = await request(api.server)
      .post('/api/v1/me/mfa/totp/confirm')
      .set(auth)
      .send({ code: totpCodeAt(started.body.secret) })
      .expect(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    const spent = await start(auth, { enrolmentToken: token }).expect(400);
    expect(spent.body.code).toBe('mfa_enrolment_link_invalid');

    const notices = (await mailsTo(user)).slice(1);
    expect(notices).toHaveLength(1);
    expect(decodeSubject(notices[0].raw)).toBe('您的蓝碳门户账户已设置第二重验证');
    expect(decodeBody(notices[0].raw)).toContain('身份验证器应用');

    // The new factor is what signs in now.
    const signedIn = await request(api.server)
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: user.password, totpCode: totpCodeAt(started.body.secret, Date.now() + 30_000) })
      .expect(200);
    expect(signedIn.body.mfaEnrolmentRequired).toBe(false);
  });

  it("refuses another user's link, an expired one, and an older one once a newer was sent", async () => {
    const owner = await member('steward');
    const other = await member('steward');
    const ownerAuth = await passwordSession(owner);
    const otherAuth = await passwordSession(other);
    await start(ownerAuth).expect(403);
    const first = tokenIn((await mailsTo(owner))[0]) as string;
    expect((await start(otherAuth, { enrolmentToken: first }).expect(400)).body.code).toBe('mfa_enrolment_link_invalid');

    await start(ownerAuth).expect(403);
    const second = tokenIn((await mailsTo(owner))[1]) as string;
    await start(ownerAuth, { enrolmentToken: first }).expect(400);

    await dataSourceOf(api).query(`UPDATE mfa_enrolment_link SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [owner.id]);
    await start(ownerAuth, { enrolmentToken: second }).expect(400);
    expect(await pendingSecretOf(owner)).toBeNull();
  });

  it('lets the owner finish an enrolment started with the link when someone with the password asks for a new link', async () => {
    const user = await member('steward');
    const owner = await passwordSession(user);
    await start(owner).expect(403);
    const started = await start(owner, { enrolmentToken: tokenIn((await mailsTo(user))[0]) as string }).expect(200);
    // A stranger who knows the password, signed in elsewhere, between the owner's two steps.
    const stranger = await passwordSession(user);
    await start(stranger).expect(403);
    await request(api.server)
      .post('/api/v1/me/mfa/totp/confirm')
      .set(owner)
      .send({ code: totpCodeAt(started.body.secret) })
      .expect(200);
  });

  it('mails at most three links per window, so a stranger with the password cannot flood the owner', async () => {
    const user = await member('admin');
    const auth = await passwordSession(user);
    for (let i = 0; i < 3; i += 1) await start(auth).expect(403);
    const limited = await start(auth).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await mailsTo(user)).toHaveLength(3);
  });

  it('does not confirm a secret started before the role required a link (a coordinator promoted to steward)', async () => {
    const city = await createOrganisation(api, { kind: 'jurisdiction' });
    const user = await createUser(api, { organisation: city, role: 'coordinator' });
    const login = await request(api.server).post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const started = await start(auth).expect(200); // e.g. by someone who knows the password
    const steward = await createOrganisation(api, { kind: 'steward' });
    await dataSourceOf(api).query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'steward')`, [user.id, steward.id]);
    const refused = await request(api.server)
      .post('/api/v1/me/mfa/totp/confirm')
      .set(auth)
      .send({ code: totpCodeAt(started.body.secret) })
      .expect(409);
    expect(refused.body.code).toBe('mfa_not_pending');
    const [row] = await dataSourceOf(api).query(`SELECT totp_enabled_at FROM app_user WHERE id = $1`, [user.id]);
    expect(row.totp_enabled_at).toBeNull();
    expect((await start(auth).expect(403)).body.code).toBe('mfa_enrolment_link_sent');
  });

  it('still lets a role that does not require a factor enrol one with its session, and tells the owner', async () => {
    const organisation = await createOrganisation(api, { kind: 'jurisdiction' });
    const user = await createUser(api, { organisation, role: 'coordinator' });
    const login = await request(api.server).post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const started = await start(auth).expect(200);
    await request(api.server)
      .post('/api/v1/me/mfa/totp/confirm')
      .set(auth)
      .send({ code: totpCodeAt(started.body.secret) })
      .expect(200);
    const [notice] = await mailsTo(user);
    expect(decodeSubject(notice.raw)).toBe('A second factor was set up for your Blue Carbon Portal account');
  });
});
