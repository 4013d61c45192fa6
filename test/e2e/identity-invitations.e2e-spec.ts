import { PasswordHasher } from '@bluecarbon/identity';
import { OutboxRelay } from '@bluecarbon/platform';
import request from 'supertest';
import { createOrganisation, dataSourceOf, signedInMember, type SignedInUser, type TestOrganisation, uniqueSuffix } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { decodeBody, decodeSubject, type ReceivedMail, startSmtp } from '../support/smtp';
import { startTestApi, type TestApi } from '../support/test-app';

describe('invitations: mailed through the outbox, accepted once, within 7 days', () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let enping: TestOrganisation;
  let coordinator: SignedInUser;

  beforeAll(async () => {
    smtp = await startSmtp();
    // The relay claims every pending event: other test files' events must be out of reach.
    database = await isolatedDatabase();
    api = await startTestApi({
      ...database.overrides,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PUBLIC_WEB_URL: 'https://portal.example.org',
      MAIL_FROM: 'Blue Carbon Portal <portal@example.org>',
    });
    enping = await createOrganisation(api, { kind: 'jurisdiction', name: 'Enping test city' });
    coordinator = await signedInMember(api, enping, 'coordinator');
  });
  afterAll(async () => {
    await api?.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    await database?.drop();
  });

  const relay = () => api.app.get(OutboxRelay);
  const invite = (by: SignedInUser, organisationId: string, body: object) =>
    request(api.server).post(`/api/v1/organisations/${organisationId}/invitations`).set(by.auth).send(body);

  async function inviteAndReadToken(body: { email: string; role: string; locale?: string }): Promise<{ token: string; mail: ReceivedMail }> {
    await invite(coordinator, enping.id, body).expect(201);
    const before = smtp.mails.length;
    await relay().runOnce();
    const mail = smtp.mails.slice(before).find((candidate) => candidate.to.includes(body.email.toLowerCase()) || candidate.to.includes(body.email));
    if (!mail) throw new Error(`no mail reached ${body.email}`);
    const token = /token=([A-Za-z0-9_-]+)/.exec(decodeBody(mail.raw))?.[1];
    if (!token) throw new Error('no token in the mail');
    return { token, mail };
  }

  const accept = (body: object) => request(api.server).post('/api/v1/invitations/accept').send(body);

  it("mails the invitee in their language, and the link's token creates the account once", async () => {
    const email = `li.na.${uniqueSuffix()}@example.org`;
    const { token, mail } = await inviteAndReadToken({ email, role: 'contributor', locale: 'zh-CN' });
    expect(decodeSubject(mail.raw)).toContain('邀请您加入蓝碳门户');
    const text = decodeBody(mail.raw);
    expect(text).toContain('填报员'); // the role, in Chinese
    expect(text).toContain('https://portal.example.org/invitations/accept?token=');

    // The token reached the mail and is no longer kept in the outbox.
    const [event] = await dataSourceOf(api).query(
      `SELECT payload, delivered_at FROM outbox_event WHERE type = 'identity.invitation.created' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(event.delivered_at).not.toBeNull();
    expect(event.payload.token).toBeUndefined();

    const accepted = await accept({ token, password: 'red mangroves and grey herons', displayName: 'Li Na' }).expect(201);
    expect(accepted.body).toMatchObject({ organisationId: enping.id, role: 'contributor' });
    const login = await request(api.server).post('/api/v1/auth/login').send({ email, password: 'red mangroves and grey herons' }).expect(200);
    const me = await request(api.server).get('/api/v1/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ preferredLocale: 'zh-CN', memberships: [expect.objectContaining({ role: 'contributor' })] });

    const reused = await accept({ token, password: 'another long enough password', displayName: 'Mallory' }).expect(410);
    expect(reused.body.code).toBe('invitation_used');
  });

  it('answers an expired invitation with 410 and an unknown token with 404', async () => {
    const email = `expired.${uniqueSuffix()}@example.org`;
    const { token } = await inviteAndReadToken({ email, role: 'contributor', locale: 'pt-BR' });
    await dataSourceOf(api).query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE lower(email) = lower($1)`, [email]);
    const expired = await accept({ token, password: 'a perfectly fine passphrase', displayName: 'Late' }).expect(410);
    expect(expired.body.code).toBe('invitation_expired');
    await accept({ token: 'never-issued-token', password: 'a perfectly fine passphrase', displayName: 'X' }).expect(404);
  });

  it('looks the token up before it hashes the password: an unknown, used or expired one costs no hash', async () => {
    const used = await inviteAndReadToken({ email: `used.${uniqueSuffix()}@example.org`, role: 'contributor' });
    await accept({ token: used.token, password: 'salt marsh at low tide', displayName: 'First' }).expect(201);
    const expiredEmail = `stale.${uniqueSuffix()}@example.org`;
    const expired = await inviteAndReadToken({ email: expiredEmail, role: 'contributor' });
    await dataSourceOf(api).query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE lower(email) = lower($1)`, [expiredEmail]);
    const live = await inviteAndReadToken({ email: `live.${uniqueSuffix()}@example.org`, role: 'contributor' });

    const hash = jest.spyOn(api.app.get(PasswordHasher), 'hash');
    try {
      const body = { password: 'a perfectly fine passphrase', displayName: 'Anyone' };
      await accept({ ...body, token: 'never-issued-token' }).expect(404);
      await accept({ ...body, token: used.token }).expect(410);
      await accept({ ...body, token: expired.token }).expect(410);
      expect(hash).not.toHaveBeenCalled();
      await accept({ ...body, token: live.token }).expect(201);
      expect(hash).toHaveBeenCalledTimes(1);
    } finally {
      hash.mockRestore();
    }
  });

  it('sets invitations to expire after 7 days', async () => {
    const email = `ttl.${uniqueSuffix()}@example.org`;
    const response = await invite(coordinator, enping.id, { email, role: 'contributor' }).expect(201);
    const days = (new Date(response.body.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
  });

  describe('the password policy, applied when the invitation is accepted', () => {
    let token: string;
    beforeAll(async () => {
      ({ token } = await inviteAndReadToken({ email: `policy.${uniqueSuffix()}@example.org`, role: 'contributor' }));
    });

    it.each([
      ['too short', 'Mangrove-23', 'passwordTooShort'],
      ['too long', 'x'.repeat(257), 'passwordTooLong'],
      ['common', 'Password1234', 'passwordCommon'],
      ['common with a year', 'Sunshine2019!', 'passwordCommon'],
    ])('refuses a %s password without spending the token', async (_name, password, rule) => {
      const response = await accept({ token, password, displayName: 'Policy' }).expect(400);
      expect(response.body.code).toBe('password_rejected');
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'password', rule })]);
    });

    it('accepts a long passphrase (over 128 characters, within the 256 limit)', async () => {
      await accept({ token, password: 'the tide comes in over the mudflats '.repeat(6).slice(0, 200), displayName: 'Policy' }).expect(201);
    });
  });

  it('lets only the right people invite, with roles that fit the organisation', async () => {
    const taishan = await createOrganisation(api, { kind: 'jurisdiction' });
    const international = await createOrganisation(api, { kind: 'international' });
    const observer = await signedInMember(api, international, 'observer');
    const contributor = await signedInMember(api, enping, 'contributor');
    const body = { email: `x.${uniqueSuffix()}@example.org`, role: 'contributor' };
    await invite(coordinator, taishan.id, body).expect(403);
    await invite(observer, enping.id, body).expect(403);
    await invite(contributor, enping.id, body).expect(403);
    const wrongRole = await invite(coordinator, enping.id, { ...body, role: 'admin' }).expect(400);
    expect(wrongRole.body.errors[0]).toMatchObject({ field: 'role' });
    const [count] = await dataSourceOf(api).query(`SELECT count(*)::int AS n FROM invitation WHERE email = $1`, [body.email]);
    expect(count.n).toBe(0);
  });

  describe('resending', () => {
    const resend = (by: SignedInUser, organisationId: string, invitationId: string) =>
      request(api.server).post(`/api/v1/organisations/${organisationId}/invitations/${invitationId}/resend`).set(by.auth);
    const invitationOf = async (email: string): Promise<string> => {
      const [row]: { id: string }[] = await dataSourceOf(api).query(`SELECT id FROM invitation WHERE lower(email) = lower($1)`, [email]);
      return row.id;
    };

    it("mails a new link in the invitee's language, renews a lapsed invitation, and the old link stops working", async () => {
      const email = `resent.${uniqueSuffix()}@example.org`;
      const { token: first } = await inviteAndReadToken({ email, role: 'contributor', locale: 'pt-BR' });
      const id = await invitationOf(email);
      await dataSourceOf(api).query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);

      const before = smtp.mails.length;
      const resent = await resend(coordinator, enping.id, id).expect(200);
      expect(resent.body).toMatchObject({ id, email, role: 'contributor', organisationId: enping.id });
      expect(new Date(resent.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
      await relay().runOnce();
      const mail = smtp.mails.slice(before).find((candidate) => candidate.to.includes(email));
      if (!mail) throw new Error(`no mail reached ${email}`);
      expect(decodeSubject(mail.raw)).toContain('Convite para participar');
      const second = /token=([A-Za-z0-9_-]+)/.exec(decodeBody(mail.raw))?.[1] as string;
      expect(second).not.toBe(first);

      expect((await accept({ token: first, password: 'red mangroves and grey herons', displayName: 'Ana' }).expect(404)).body.code).toBe(
        'invitation_not_found',
      );
      await accept({ token: second, password: 'red mangroves and grey herons', displayName: 'Ana' }).expect(201);
      expect((await resend(coordinator, enping.id, id).expect(410)).body.code).toBe('invitation_used');

      const audit: { action: string; actor_id: string }[] = await dataSourceOf(api).query(
        `SELECT action, actor_id FROM audit_event WHERE subject_id = $1 ORDER BY at, id`,
        [id],
      );
      expect(audit.map((row) => row.action)).toEqual(['identity.invitation.created', 'identity.invitation.resent', 'identity.invitation.accepted']);
      expect(audit[1]?.actor_id).toBe(coordinator.id);
    });

    it("refuses another city's coordinator and a contributor; another organisation's invitation is not found", async () => {
      const email = `guarded.${uniqueSuffix()}@example.org`;
      await invite(coordinator, enping.id, { email, role: 'contributor' }).expect(201);
      const id = await invitationOf(email);
      const taishan = await createOrganisation(api, { kind: 'jurisdiction', name: 'Taishan resend test' });
      const taishanCoordinator = await signedInMember(api, taishan, 'coordinator');
      const contributor = await signedInMember(api, enping, 'contributor');
      await resend(taishanCoordinator, enping.id, id).expect(403);
      await resend(contributor, enping.id, id).expect(403);
      await resend(taishanCoordinator, taishan.id, id).expect(404);
      const [row]: { expires_at: Date }[] = await dataSourceOf(api).query(`SELECT expires_at FROM invitation WHERE id = $1`, [id]);
      const again = await resend(coordinator, enping.id, id).expect(200);
      expect(new Date(again.body.expiresAt).getTime()).toBeGreaterThanOrEqual(new Date(row.expires_at).getTime());
    });
  });
});
