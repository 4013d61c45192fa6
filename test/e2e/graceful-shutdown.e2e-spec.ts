import http from 'node:http';
import net from 'node:net';
import { buildApps, processEnvironment, startBuiltApi, startProcess } from '../support/built-processes';
import { engineName } from '../support/test-app';

interface Answer {
  status: number;
  body: string;
  connection: string | undefined;
  reusedSocket: boolean;
}

/** One request on `agent`; rejects on any socket error (ECONNRESET is what must not happen). */
function send(url: string, agent: http.Agent, options: { method?: string; path: string; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${options.path}`, { method: options.method ?? 'GET', agent }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += String(chunk)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection, reusedSocket: req.reusedSocket }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Resolves once the listener refuses new connections. */
async function listenerClosed(url: string): Promise<void> {
  const { port } = new URL(url);
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(`the built API stops without failing a request, on the ${engineName()} engine`, () => {
  let build: Awaited<ReturnType<typeof buildApps>>;

  beforeAll(async () => {
    build = await buildApps();
  });
  afterAll(async () => {
    await build?.remove();
  });

  it('on SIGTERM: readiness 503 at once, kept-alive clients served through the drain, the request in flight answered, exit 0', async () => {
    const api = await startBuiltApi(build.dir, { SHUTDOWN_DRAIN_MS: '3000' });
    try {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
      expect((await send(api.url, agent, { path: '/api/v1/health/ready' })).status).toBe(200);

      // A request in flight across the whole shutdown: its body arrives only after the
      // listener has closed.
      const slow = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(`${api.url}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
          let body = '';
          res.on('data', (chunk) => (body += String(chunk)));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.write('{"email":"nobody@example.org",');
        void listenerClosed(api.url).then(() => req.end('"password":"not the right one at all"}'));
      });

      // Clients on kept-alive connections keep sending until the readiness probe turns them away,
      // as a load balancer would.
      let turnedAway = false;
      const answers: Answer[] = [];
      const client = async () => {
        while (!turnedAway) answers.push(await send(api.url, agent, { path: '/api/v1/health/live' }));
      };
      const clients = Promise.all([client(), client(), client()]);
      while (answers.length < 30) await new Promise((resolve) => setTimeout(resolve, 10));

      api.child.kill('SIGTERM');
      const probeAgent = new http.Agent({ keepAlive: false });
      let probe: Answer;
      do probe = await send(api.url, probeAgent, { path: '/api/v1/health/ready' });
      while (probe.status === 200);
      const beforeProbe = answers.length;
      turnedAway = true;
      await clients;

      expect(probe.status).toBe(503);
      expect(JSON.parse(probe.body)).toMatchObject({ code: 'shutting_down' });
      // Every request got its answer (an ECONNRESET would have rejected `clients`).
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
      expect(answers.some((answer) => answer.reusedSocket)).toBe(true);
      expect(beforeProbe).toBeGreaterThan(30);
      // While draining, answers ask the client to close, so none is left on a socket being shut.
      expect(answers.at(-1)?.connection).toBe('close');

      const late = await slow;
      expect(late.status).toBe(401);
      expect(JSON.parse(late.body)).toMatchObject({ code: 'invalid_credentials' });
      expect(await api.exited).toBe(0);
      expect(api.output()).toContain('SIGTERM: not ready any more');
      agent.destroy();
    } finally {
      api.child.kill('SIGKILL');
    }
  }, 240_000);

  it('the API and the worker refuse to start, in one clear line and without retrying, what retries cannot fix', async () => {
    if (engineName() !== 'server') return; // the embedded engine has no database names or roles
    const unknownDatabase = new URL(process.env.DATABASE_URL as string);
    unknownDatabase.pathname = '/bc_no_such_database';
    const api = startProcess(`${build.dir}/apps/api/src/main.js`, processEnvironment({ DATABASE_URL: unknownDatabase.toString() }));
    const unknownRole = new URL(process.env.DATABASE_URL as string);
    unknownRole.username = 'bc_no_such_role';
    const worker = startProcess(`${build.dir}/apps/worker/src/main.js`, processEnvironment({ DATABASE_URL: unknownRole.toString() }));

    expect(await api.exited).toBe(1);
    expect(api.stderr()).toBe(
      'Database refused the connection: the database does not exist (SQLSTATE 3D000: database "bc_no_such_database" does not exist); check DATABASE_URL\n',
    );
    expect(await worker.exited).toBe(1);
    expect(worker.stderr()).toMatch(
      /^Database refused the connection: the \S+ (was refused|may not connect) \(SQLSTATE 28(000|P01): .*bc_no_such_role.*\); check DATABASE_URL\n$/,
    );
    for (const started of [api, worker]) expect(started.output()).not.toContain('Retrying');
  }, 120_000);
});
