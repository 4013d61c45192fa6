import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { EVENT_ID_HEADER } from '@bluecarbon/onboarding/testing';
import { readConfig } from '@bluecarbon/platform';
import { seedDatabase } from '../../apps/api/src/seed/seed-database';
import { buildApps, processEnvironment, type RunningProcess, startBuiltApi, startProcess, waitForLog } from '../support/built-processes';
import { isolatedDatabase } from '../support/isolated-database';
import { SEEDED_KEY, SEEDED_VERSION } from '../support/methodology-fixtures';
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
      // An API killed mid-answer resets the connection: the client sees a cut answer, not an acknowledgement.
      answer.on('error', () => res.destroy());
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end('{}');
    });
    req.on('error', () => upstream.destroy());
    res.on('error', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * A partner's webhook endpoint that dedupes on the event id header, as the portal asks
 * subscribers to: every arrival is counted, only the first of an id is processed.
 */
class DedupingReceiver {
  readonly arrivals = new Map<string, number>();
  readonly processed: { id: string; body: { id: string; type: string; data: Record<string, unknown> } }[] = [];
  server!: http.Server;
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      // A worker killed while sending resets the connection; that delivery never completed.
      req.on('error', () => res.destroy());
      let text = '';
      req.on('data', (chunk) => (text += String(chunk)));
      req.on('end', () => {
        const id = String(req.headers[EVENT_ID_HEADER]);
        this.arrivals.set(id, (this.arrivals.get(id) ?? 0) + 1);
        if (this.arrivals.get(id) === 1) this.processed.push({ id, body: JSON.parse(text) });
        res.statusCode = 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }
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
    const receiver = new DedupingReceiver();
    const apis: (RunningProcess & { url: string })[] = [];
    const workers: RunningProcess[] = [];
    const targets: string[] = [];

    beforeAll(async () => {
      [build, database, smtp] = await Promise.all([buildApps(), isolatedDatabase(), startSmtp(), receiver.start()]);
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
      await new Promise<void>((resolve) => (receiver.url ? receiver.server.close(() => resolve()) : resolve()));
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

    it('loses no translation: two saves of one segment with the same ETag through both replicas, one wins', async () => {
      const created = await newDocument(await signIn('coordinator@enping.demo'), `Translated ${Date.now()}`);
      expect(created.status).toBe(201);
      const translator = await signIn('translator.pt@bluecarbon.demo');
      const segments = await call(proxy.url, 'GET', `/api/v1/documents/${created.body.id as string}/segments?locale=pt-BR`, { headers: translator });
      expect(segments.status).toBe(200);
      const [segment] = segments.body.items as { segmentId: string; version: number }[];
      const path = `/api/v1/documents/${created.body.id as string}/segments/${segment!.segmentId}/translations/pt-BR`;
      // Round after round from the winner's version: the race is won once each time, never twice.
      let version = segment!.version;
      for (let round = 0; round < 4; round++) {
        const answers = await Promise.all(
          ['a', 'b'].map((writer) =>
            call(proxy.url, 'PUT', path, { headers: { ...translator, 'If-Match': `"${version}"` }, body: { text: `Texto ${round}${writer}.` } }),
          ),
        );
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
        const winner = answers.find((answer) => answer.status === 200)!;
        expect(winner.body.version).toBe(version + 1);
        version = winner.body.version as number;
        const after = await call(proxy.url, 'GET', `/api/v1/documents/${created.body.id as string}/segments?locale=pt-BR`, { headers: translator });
        expect((after.body.items as { text: string }[])[0]!.text).toBe(winner.body.text);
      }
    });

    it('calculates the seeded methodology to the same answer on either replica', async () => {
      const auth = await signIn('coordinator@enping.demo');
      const project = {
        creditingPeriod: { startYear: 2025, years: 20 },
        strata: [
          { key: 'fringe', area: '12.5', inputs: { soil_type: 'mineral' } },
          { key: 'basin', area: '40', inputs: { soil_type: 'organic' } },
        ],
        project: { uncertainty: '5' },
      };
      // Straight to each replica in turn (not through the balancer), so both are asked for sure.
      const answers: Answer[] = [];
      for (let index = 0; index < 4; index++) {
        answers.push(
          await call(targets[index % 2]!, 'POST', `/api/v1/methodologies/${SEEDED_KEY}/versions/${SEEDED_VERSION}/calculate`, { headers: auth, body: project }),
        );
      }
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
      expect(answers[0]!.body.creditable).toMatchObject({ total: { wholeTonnes: expect.stringMatching(/^\d+$/) } });
      for (const answer of answers.slice(1)) expect(answer.body).toEqual(answers[0]!.body);
    });

    it('keeps every acknowledged write when an API and a worker are killed mid-run, and mails each event once', async () => {
      const auth = await signIn('coordinator@enping.demo');
      // The steward's subscription receives every partner's onboarding events; Niterói's
      // coordinator comments on an open step of the demo case while the documents are written.
      const steward = await signIn('steward@shenzhen.demo');
      const stewardMe = await call(proxy.url, 'GET', '/api/v1/me', { headers: steward });
      const subscribed = await call(proxy.url, 'POST', '/api/v1/onboarding/webhooks', {
        headers: steward,
        body: { organisationId: (stewardMe.body.memberships as { organisation: { id: string } }[])[0]!.organisation.id, url: receiver.url },
      });
      expect(subscribed.status).toBe(201);
      const niteroi = await signIn('coordinator@niteroi.demo');
      const {
        rows: [step],
      } = await db.query(
        `SELECT s.id FROM onboarding_step s JOIN onboarding_case c ON c.id = s.case_id JOIN jurisdiction j ON j.id = c.jurisdiction_id
          WHERE j.code = 'BR-RJ-NITEROI' AND s.key = 'training'`,
      );
      const comment = (index: number) =>
        call(proxy.url, 'POST', `/api/v1/onboarding/steps/${step.id as string}/comments`, { headers: niteroi, body: { body: `Progress ${index}` } });
      const run = `burst-${Date.now()}`;
      const acknowledged: string[] = [];
      const comments: string[] = [];
      const answers: number[] = [];
      const burst = (async () => {
        for (let index = 0; index < 40; index++) {
          const [first, second, commented] = await Promise.all([
            newDocument(auth, `${run} ${index} a`),
            newDocument(auth, `${run} ${index} b`),
            comment(index),
          ]);
          for (const answer of [first!, second!]) {
            answers.push(answer.status);
            if (answer.status === 201) acknowledged.push(answer.body.id as string);
          }
          answers.push(commented!.status);
          if (commented!.status === 201) comments.push(commented!.body.id as string);
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

      // Every acknowledged comment is stored, and its event reached the receiver: at least once,
      // always under the same id (the receiver processes each id once), and logged as delivered.
      expect(comments.length).toBeGreaterThan(20);
      const { rows: stored } = await db.query(`SELECT id FROM onboarding_comment WHERE id = ANY($1::uuid[])`, [comments]);
      expect(stored).toHaveLength(comments.length);
      const { rows: commentEvents } = await db.query(
        `SELECT id, payload->>'commentId' AS "commentId" FROM outbox_event WHERE type = 'onboarding.step.commented' AND payload->>'commentId' = ANY($1::text[])`,
        [comments],
      );
      expect(commentEvents).toHaveLength(comments.length);
      const processed = new Map(receiver.processed.map((entry) => [entry.id, entry.body]));
      for (const event of commentEvents) {
        expect(receiver.arrivals.get(event.id)).toBeGreaterThanOrEqual(1);
        expect(processed.get(event.id)).toMatchObject({ id: event.id, type: 'onboarding.step.commented', data: { commentId: event.commentId } });
      }
      const ids = new Set(commentEvents.map((event) => event.id as string));
      const redelivered = [...receiver.arrivals].filter(([id, count]) => ids.has(id) && count > 1);
      expect(redelivered.length).toBeLessThanOrEqual(2); // only what the killed worker had sent before its commit
      const { rows: webhookDeliveries } = await db.query(
        `SELECT status, count(*)::int AS n FROM webhook_delivery WHERE subscription_id = $1 AND event_id = ANY($2::uuid[]) GROUP BY status`,
        [subscribed.body.id, [...ids]],
      );
      expect(webhookDeliveries).toEqual([{ status: 'delivered', n: comments.length }]);
    }, 300_000);
  },
);
