import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import request from 'supertest';
import { type AppConfig, createDataSource } from '@bluecarbon/platform';
import { createAdmin } from '../../apps/api/src/admin/create-admin';
import { uniqueSuffix } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { engineName, startTestApi, testConfig } from '../support/test-app';

/** What a terminal would show: everything the command wrote, to either stream. */
function collector(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, next) {
      text += String(chunk);
      next();
    },
  });
  return { stream, text: () => text };
}

/** Runs the command as `echo "$password" | npm run admin:create -- …args` would. */
async function run(config: AppConfig, args: string[], piped: string) {
  const stdin = new PassThrough();
  stdin.end(piped);
  const stdout = collector();
  const stderr = collector();
  const code = await createAdmin(args, config, { stdin, stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text(), output: stdout.text() + stderr.text() };
}

describe(`npm run admin:create on the ${engineName()} engine`, () => {
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let folder: string;
  let overrides: Record<string, string>;
  let config: AppConfig;
  const password = `tidal flats ${uniqueSuffix()} at dawn`;

  beforeAll(async () => {
    // A fresh database, as in a new deployment: no users, no platform organisation.
    database = await isolatedDatabase();
    folder = await mkdtemp(path.join(tmpdir(), 'bc-admin-'));
    overrides = { PGLITE_DATA_DIR: path.join(folder, 'pglite'), ...database.overrides };
    config = testConfig(overrides);
  });
  afterAll(async () => {
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const reader = await createDataSource(config);
    try {
      return (await reader.query(sql, params)) as T[];
    } finally {
      await reader.destroy();
    }
  }

  it('creates a platform admin from a piped password, who signs in over HTTP; audited as the cli', async () => {
    const email = `Ops.${uniqueSuffix()}@example.org`;
    const result = await run(config, ['--email', email, '--name', 'Operations'], `${password}\n`);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Created platform admin \S+ \(user [0-9a-f-]{36}, organisation [0-9a-f-]{36}\)\.\n$/);
    expect(result.stdout).toContain(email);
    expect(result.output).not.toContain(password);

    const [audit] = await rows<{ actor_id: string | null; request_id: string; after: Record<string, unknown> }>(
      `SELECT actor_id, request_id, after FROM audit_event WHERE action = 'identity.admin.created'`,
    );
    expect(audit).toEqual({ actor_id: null, request_id: 'cli', after: expect.objectContaining({ email, role: 'admin' }) });
    expect(JSON.stringify(await rows(`SELECT * FROM audit_event`))).not.toContain(password);

    // The API on the same database, without the demo data (which would bring its own admin).
    const api = await startTestApi({ ...overrides, RUN_MIGRATIONS: 'false' });
    try {
      const login = await request(api.server).post('/api/v1/auth/login').send({ email: email.toLowerCase(), password }).expect(200);
      const me = await request(api.server).get('/api/v1/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
      expect(me.body).toMatchObject({ email, displayName: 'Operations', organisationKinds: ['platform'] });
      expect(me.body.memberships).toEqual([expect.objectContaining({ role: 'admin', organisation: expect.objectContaining({ kind: 'platform' }) })]);
      // An admin can do what admins do: invite the next person.
      const organisationId = me.body.memberships[0].organisation.id;
      await request(api.server)
        .post(`/api/v1/organisations/${organisationId}/invitations`)
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .send({ email: `second.${uniqueSuffix()}@example.org`, role: 'admin' })
        .expect(201);
    } finally {
      await api.close();
    }
  });

  it('a second admin joins the same platform organisation', async () => {
    expect((await run(config, ['--email', `second.${uniqueSuffix()}@example.org`], password)).code).toBe(0);
    const organisations = await rows<{ count: number }>(`SELECT count(*)::int AS count FROM organisation WHERE kind = 'platform'`);
    expect(organisations).toEqual([{ count: 1 }]);
  });

  it.each([
    ['too short', 'short pw', 'password must be at least 12 characters long.'],
    ['a common password', 'password1234', 'password is one of the most commonly used passwords.'],
    ['empty', '\n', 'no password on standard input'],
  ])('refuses a password that is %s, naming the rule, and creates nobody', async (_case, weak, message) => {
    const email = `weak.${uniqueSuffix()}@example.org`;
    const result = await run(config, ['--email', email], `${weak}\n`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    if (weak.trim()) expect(result.output).not.toContain(weak);
    expect(await rows(`SELECT id FROM app_user WHERE email = $1`, [email])).toEqual([]);
  });

  it('refuses an e-mail that has an account, in any letter case, with a clear message', async () => {
    const email = `taken.${uniqueSuffix()}@example.org`;
    expect((await run(config, ['--email', email], password)).code).toBe(0);
    const again = await run(config, ['--email', email.toUpperCase()], `another ${password}`);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('admin:create: An account with this email address exists already.\n  email belongs to an existing account.\n');
    expect(again.output).not.toContain(password);
  });

  it.each([
    [['--email', 'ops@example.org', '--password', 'tidal flats at dawn'], 'the password is never given on the command line'],
    [['--email', 'ops@example.org', '--password=tidal flats at dawn'], 'the password is never given on the command line'],
    [[], '--email is required'],
    [['--email'], "Option '--email <value>' argument missing"],
    [['--email', 'ops@example.org', '--role', 'steward'], "Unknown option '--role'"],
    [['--email', 'not an address'], 'email must be an email address.'],
  ])('refuses %j with a message and a non-zero exit', async (args, message) => {
    const result = await run(config, args, `${password}\n`);
    expect(result.code).toBeGreaterThan(0);
    expect(result.stderr).toContain(message);
    expect(result.output).not.toContain('tidal flats at dawn');
  });

  it('works with NODE_ENV=production, where db:seed refuses', async () => {
    const production = testConfig({ ...overrides, NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) });
    const result = await run(production, ['--email', `prod.${uniqueSuffix()}@example.org`], password);
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });
});
