import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { readConfig } from '@bluecarbon/platform';
import { seedDatabase } from '../../apps/api/src/seed/seed-database';
import { buildApps, processEnvironment, type RunningProcess, startBuiltApi, startProcess, waitForLog } from '../support/built-processes';
import { isolatedDatabase } from '../support/isolated-database';
import { decodeBody, startSmtp } from '../support/smtp';
import { engineName } from '../support/test-app';

const DEMO_PASSWORD = 'BlueCarbon-Demo-2024!';
const TRANSLATORS_PT = ['translator.pt@bluecarbon.demo', 'reviewer.pt@bluecarbon.demo'];

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/** A small round-robin balancer: each request to the next live API; an upstream failure is a 502. */
async function roundRobinProxy(targets: string[]): Promise<{ url: string; server: http.Server }> {
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = targets[next++ % targets.length];
    const upstream = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers, agent: false }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end('{}');
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** One JSON request; a connection that fails is an answer with status 0 (not acknowledged). */
function call(base: string, method: string, path: string, options: { body?: object; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve) => {
    const payload = options.body ? JSON.stringify(options.body) : undefined;
    const req = http.request(
      `${base}${path}`,
      { method, headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...options.headers }, agent: false },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += String(chunk)));
        res.on('end', () => {
          let body: Record<string, unknown> = {};
          try {
            body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
          } catch {
            body = { text };
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
        res.on('error', () => resolve({ status: 0, headers: {}, body: {} }));
      },
    );
    req.on('error', () => resolve({ status: 0, headers: {}, body: {} }));
    req.end(payload);
  });
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const serverEngine = engineName() === 'server';

(serverEngine ? describe : describe.skip)(
  serverEngine
    ? 'two API replicas and two workers on one PostgreSQL database'
    : 'two API replicas and two workers (skipped: needs a PostgreSQL server in DATABASE_URL; the embedded engine is one process)',
  () => {
    let build: Awaited<ReturnType<typeof buildApps>>;
    let database: Awaited<ReturnType<typeof isolatedDatabase>>;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let proxy: { url: string; server: http.Server };
    let db: Client;
    const apis: (RunningProcess & { url: string })[] = [];
    const workers: RunningProcess[] = [];
    const targets: string[] = [];

    beforeAll(async () => {
      [build, database, smtp] = await Promise.all([buildApps(), isolatedDatabase(), startSmtp()]);
      await seedDatabase(readConfig({ ...database.overrides, NODE_ENV: 'test' }), () => undefined);
      const env = {
        ...database.overrides,
        JWT_SECRET: 'replicas-test-secret-0123456789abcdef0123456789',
        WORKER_IN_API: 'false',
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        PUBLIC_WEB_URL: 'https://portal.example.org',
        OUTBOX_POLL_INTERVAL_MS: '200',
      };
      apis.push(...(await Promise.all([startBuiltApi(build.dir, env), startBuiltApi(build.dir, env)])));
      targets.push(...apis.map((api) => api.url));
      for (let index = 0; index < 2; index++) {
        const worker = startProcess(`${build.dir}/apps/worker/src/main.js`, processEnvironment({ ...env, WORKER_METRICS_PORT: '0' }));
        await waitForLog(worker, (line) => typeof line.health === 'string');
        workers.push(worker);
      }
      proxy = await roundRobinProxy(targets);
      db = new Client({ connectionString: database.overrides.DATABASE_URL });
      await db.connect();
    }, 240_000);

    afterAll(async () => {
      for (const running of [...apis, ...workers]) if (running.child.exitCode === null && running.child.signalCode === null) running.child.kill('SIGKILL');
      await Promise.all([...apis, ...workers].map((running) => running.exited));
      await db?.end();
      await new Promise<void>((resolve) => (proxy ? proxy.server.close(() => resolve()) : resolve()));
      await new Promise<void>((resolve) => (smtp ? smtp.server.close(() => resolve()) : resolve()));
      await database?.drop();
      await build?.remove();
    });

    const signIn = async (email: string): Promise<Record<string, string>> => {
      const answer = await call(proxy.url, 'POST', '/api/v1/auth/login', { body: { email, password: DEMO_PASSWORD } });
      expect(answer.status).toBe(200);
      return { Authorization: `Bearer ${answer.body.accessToken as string}` };
    };
    const newDocument = (auth: Record<string, string>, title: string, key?: string) =>
      call(proxy.url, 'POST', '/api/v1/documents', {
        headers: { ...auth, ...(key ? { 'Idempotency-Key': key } : {}) },
        body: { title, subjectType: 'project', sourceLocale: 'en', targetLocales: ['pt-BR'], jurisdictionCode: 'CN-GD-ENPING', markdown: `${title}.\n` },
      });

    it('signs in through either replica, and a session from one is honoured by the other', async () => {
      const auth = await signIn('coordinator@enping.demo');
      const answers = await Promise.all(Array.from({ length: 4 }, () => call(proxy.url, 'GET', '/api/v1/me', { headers: auth })));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    });

    it('counts sign-in failures on one account across replicas: exactly the free attempts pass', async () => {
      const answers = await Promise.all(
        Array.from({ length: 24 }, () =>
          call(proxy.url, 'POST', '/api/v1/auth/login', { body: { email: 'observer@iclei.demo', password: 'wrong password entirely' } }),
        ),
      );
      const statuses = answers.map((answer) => answer.status);
      // LOGIN_RATE_LIMIT_PER_ACCOUNT (10) attempts are judged; the rest wait, whichever replica they reached.
      expect(statuses.filter((status) => status === 401)).toHaveLength(10);
      expect(statuses.filter((status) => status === 429)).toHaveLength(14);
    });

    it('honours an Idempotency-Key across replicas: the same key at once on both makes one document', async () => {
      const auth = await signIn('coordinator@enping.demo');
      const key = `replicas-${Date.now()}`;
      const title = `Idempotent ${key}`;
      const answers = await Promise.all([
        newDocument(auth, title, key),
        newDocument(auth, title, key),
        newDocument(auth, title, key),
        newDocument(auth, title, key),
      ]);
      const created = answers.filter((answer) => answer.status === 201);
      // A retry racing the first request either replays its answer or is told it is in progress.
      expect(answers.every((answer) => answer.status === 201 || answer.status === 409)).toBe(true);
      expect(new Set(created.map((answer) => answer.body.id)).size).toBe(1);
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM document WHERE title = $1`, [title]);
      expect(rows[0].n).toBe(1);
    });

    it('loses no update: edits with the same ETag through both replicas, exactly one wins', async () => {
      const auth = await signIn('contributor@enping.demo');
      const me = await call(proxy.url, 'GET', '/api/v1/me', { headers: auth });
      const etag = me.headers.etag as string;
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          call(proxy.url, 'PATCH', '/api/v1/me', { headers: { ...auth, 'If-Match': etag }, body: { displayName: `Writer ${index}` } }),
        ),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([200, 412, 412, 412, 412, 412]);
      const winner = answers.find((answer) => answer.status === 200)!;
      const after = await call(proxy.url, 'GET', '/api/v1/me', { headers: auth });
      expect(after.body.displayName).toBe(winner.body.displayName);
    });

    it('keeps every acknowledged write when an API and a worker are killed mid-run, and mails each event once', async () => {
      const auth = await signIn('coordinator@enping.demo');
      const run = `burst-${Date.now()}`;
      const acknowledged: string[] = [];
      const answers: number[] = [];
      const burst = (async () => {
        for (let index = 0; index < 40; index++) {
          const batch = await Promise.all([newDocument(auth, `${run} ${index} a`), newDocument(auth, `${run} ${index} b`)]);
          for (const answer of batch) {
            answers.push(answer.status);
            if (answer.status === 201) acknowledged.push(answer.body.id as string);
          }
        }
      })();
      await until('writes under way', async () => acknowledged.length >= 10);
      // Killed, not stopped: no drain, no release of leases. The balancer then drops the dead API.
      const [deadApi] = apis;
      const [deadWorker] = workers;
      deadApi!.child.kill('SIGKILL');
      deadWorker!.child.kill('SIGKILL');
      await Promise.all([deadApi!.exited, deadWorker!.exited]);
      targets.splice(targets.indexOf(deadApi!.url), 1);
      await burst;

      expect(answers.every((status) => status === 201 || status === 502)).toBe(true);
      expect(acknowledged.length).toBeGreaterThan(40);
      const { rows } = await db.query(`SELECT id FROM document WHERE id = ANY($1::uuid[])`, [acknowledged]);
      expect(rows).toHaveLength(acknowledged.length);

      // Every event is delivered by the surviving worker (the dead one's leases expire), each
      // person's mail once: two translators per acknowledged document, none twice.
      const { rows: events } = await db.query(
        `SELECT id FROM outbox_event WHERE type = 'documents.document.created' AND payload->>'documentId' = ANY($1::text[])`,
        [acknowledged],
      );
      expect(events).toHaveLength(acknowledged.length);
      const expected = acknowledged.length * TRANSLATORS_PT.length;
      const ours = new Set(acknowledged);
      const burstMails = () =>
        smtp.mails.filter((mail) => {
          const documentId = /\/documents\/([0-9a-f-]{36})/.exec(decodeBody(mail.raw))?.[1];
          return documentId !== undefined && ours.has(documentId) && TRANSLATORS_PT.some((address) => mail.to.includes(address));
        });
      await until(
        'every mail of the burst',
        async () => {
          const { rows: pending } = await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE delivered_at IS NULL AND dead_at IS NULL`);
          return pending[0].n === 0;
        },
        150_000,
      );
      const { rows: deliveries } = await db.query(
        `SELECT event_id, user_id FROM notification_delivery WHERE event_id = ANY($1::uuid[]) AND sent_at IS NOT NULL`,
        [events.map((event) => event.id)],
      );
      expect(deliveries).toHaveLength(expected);
      // The mails are counted per message: at least once each, and at most once per delivery row
      // (a worker killed between the SMTP answer and its commit is the only way to a second).
      expect(burstMails().length).toBeGreaterThanOrEqual(expected);
      expect(burstMails().length).toBeLessThanOrEqual(expected + 2);
    }, 300_000);
  },
);
