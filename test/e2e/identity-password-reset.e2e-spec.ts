import { OutboxRelay } from '@bluecarbon/platform';
import { IdentityHousekeeping } from '@bluecarbon/identity/testing';
import request from 'supertest';
import { createOrganisation, createUser, dataSourceOf, signIn, signedInMember, uniqueSuffix } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { decodeBody, decodeSubject, startSmtp } from '../support/smtp';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

describe(`forgot password, by mail, on the ${engineName()} engine`, () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    // The relay claims every pending event: other test files' events must be out of reach.
    database = await isolatedDatabase();
    api = await startTestApi({ ...database.overrides, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_WEB_URL: 'https://portal.example.org' });
  });
  afterAll(async () => {
    await api?.close();
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    await database?.drop();
  });

  const forgot = (email: string) => request(api.server).post('/api/v1/auth/password/forgot').send({ email });
  const reset = (token: string, password: string) => request(api.server).post('/api/v1/auth/password/reset').send({ token, password });

  /** Runs the relay and returns what reached `email` since `before`. */
  async function mailsTo(email: string, before: number): Promise<string[]> {
    while ((await api.app.get(OutboxRelay).runOnce()) > 0);
    return smtp.mails
      .slice(before)
      .filter((mail) => mail.to.some((to) => to.toLowerCase() === email.toLowerCase()))
      .map((mail) => mail.raw);
  }

  const tokenIn = (raw: string) => /token=([A-Za-z0-9_-]+)/.exec(decodeBody(raw))?.[1] as string;

  it('mails a single-use link in the account language; the new password works, the old and every session do not', async () => {
    const enping = await createOrganisation(api, { kind: 'jurisdiction' });
    const member = await signedInMember(api, enping, 'contributor');
    await dataSourceOf(api).query(`UPDATE app_user SET preferred_locale = 'pt-BR' WHERE id = $1`, [member.id]);
    const before = smtp.mails.length;
    const asked = await forgot(member.email.toUpperCase()).expect(202);
    expect(asked.body).toEqual({ status: 'accepted' });

    const [raw, ...more] = await mailsTo(member.email, before);
    expect(more).toEqual([]);
    expect(decodeSubject(raw)).toBe('Redefina sua senha do Portal Carbono Azul');
    expect(decodeBody(raw)).toContain('https://portal.example.org/password/reset?token=');
    const token = tokenIn(raw);
    const [stored]: { token_hash: string }[] = await dataSourceOf(api).query(`SELECT token_hash FROM password_reset WHERE user_id = $1`, [member.id]);
    expect(stored.token_hash).not.toContain(token); // kept hashed

    const weak = await reset(token, 'password1234').expect(400);
    expect(weak.body.code).toBe('password_rejected');
    const newPassword = `salt marsh at low tide ${uniqueSuffix()}`;
    await reset(token, newPassword).expect(204);
    await reset(token, `another one entirely ${uniqueSuffix()}`).expect(400);

    await request(api.server).get('/api/v1/me').set(member.auth).expect(401);
    await request(api.server).post('/api/v1/auth/refresh').send({ refreshToken: member.refreshToken }).expect(401);
    await request(api.server).post('/api/v1/auth/login').send({ email: member.email, password: member.password }).expect(401);
    await signIn(api, { email: member.email, password: newPassword });
    const actions: { action: string }[] = await dataSourceOf(api).query(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY at`, [member.id]);
    expect(actions.map((row) => row.action)).toEqual(expect.arrayContaining(['identity.password.reset_requested', 'identity.password.reset']));
  });

  it('answers an unknown address exactly as a known one, and mails nobody', async () => {
    const before = smtp.mails.length;
    const unknown = `nobody.${uniqueSuffix()}@example.org`;
    const answer = await forgot(unknown).expect(202);
    expect(answer.body).toEqual({ status: 'accepted' });
    expect(await mailsTo(unknown, before)).toEqual([]);
    expect(smtp.mails.length).toBe(before);
  });

  it('refuses an expired token and a wrong one, naming the field', async () => {
    const organisation = await createOrganisation(api, { kind: 'jurisdiction' });
    const user = await createUser(api, { organisation, role: 'contributor' });
    const before = smtp.mails.length;
    await forgot(user.email).expect(202);
    const [raw] = await mailsTo(user.email, before);
    await dataSourceOf(api).query(`UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const expired = await reset(tokenIn(raw), `tidal creek ${uniqueSuffix()} mud`).set('Accept-Language', 'zh-CN').expect(400);
    expect(expired.body).toMatchObject({ code: 'password_reset_invalid', title: '重置链接无效', errors: [expect.objectContaining({ field: 'token' })] });
    await reset('not-a-real-token', `tidal creek ${uniqueSuffix()} mud`).expect(400);
  });

  it('limits requests for one address to three per window, whether or not it has an account', async () => {
    const unknown = `limited.${uniqueSuffix()}@example.org`;
    for (let attempt = 0; attempt < 3; attempt += 1) await forgot(unknown).expect(202);
    const limited = await forgot(unknown).expect(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    const organisation = await createOrganisation(api, { kind: 'jurisdiction' });
    const user = await createUser(api, { organisation, role: 'contributor' });
    for (let attempt = 0; attempt < 3; attempt += 1) await forgot(user.email).expect(202);
    await forgot(user.email).expect(429);
  });

  it('sweeps reset links a week past their end, spent or not, and keeps the ones still running', async () => {
    const user = await createUser(api, { organisation: await createOrganisation(api, { kind: 'jurisdiction' }), role: 'contributor' });
    const dataSource = dataSourceOf(api);
    const insert = async (expiresAt: string, usedAt: string | null): Promise<string> => {
      const [row]: { id: string }[] = await dataSource.query(
        `INSERT INTO password_reset (user_id, token_hash, expires_at, used_at) VALUES ($1, $2, now() + $3::interval, now() + $4::interval) RETURNING id`,
        [user.id, `hash-${uniqueSuffix()}`, expiresAt, usedAt],
      );
      return row.id;
    };
    await insert('-8 days', '-8 days -00:10'); // spent long ago
    await insert('-8 days', null); // expired long ago
    const spentYesterday = await insert('-1 day', '-1 day -00:10');
    const running = await insert('20 minutes', null);

    const result = await api.app.get(IdentityHousekeeping).sweep();
    expect(result.passwordResets).toBeGreaterThanOrEqual(2);
    const left: { id: string }[] = await dataSource.query(`SELECT id FROM password_reset WHERE user_id = $1 ORDER BY expires_at`, [user.id]);
    expect(left.map((row) => row.id)).toEqual([spentYesterday, running]);
  });
});
