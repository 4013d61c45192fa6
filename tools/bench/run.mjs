// `npm run bench`: drives the built API with autocannon on loopback, scenario by scenario, next
// to a floor (a bare Fastify + pg server doing the same database round trip) measured in the
// same run, and prints req/s, p50, p99 and CPU time per request for both, and their ratios.
// The machine is shared and noisy: compare ratios, not absolute numbers. Settings (environment):
//   DATABASE_URL       server used only to CREATE and DROP a throwaway bc_bench_<timestamp>
//                      database (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_DURATION     seconds measured per scenario and target (default 8)
//   BENCH_WARMUP       seconds of discarded warm-up before each measurement (default 2)
//   BENCH_CONNECTIONS  concurrent connections (default 10)
//   BENCH_ROUNDS       measurements per target, alternating order; the median is kept (default 1)
//   BENCH_EMBEDDED=1   also run the API on embedded PGlite (memory://)
//   BENCH_ONLY         run only scenarios whose name contains this text
//   BENCH_POOL_SIZE    pool size of both the API and the floor (default 10, the API's default)
//   BENCH_NODE_ENV     NODE_ENV of the API under test (default production)
//   JWT_SECRET         passed to the API and the floor; a random one for the run when unset
//   BENCH_API_NODE_ARGS  extra node flags for the API, e.g. "--cpu-prof --cpu-prof-dir=tmp/prof"
import { execFileSync, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { scenarios as allScenarios } from './scenarios.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const apiMain = path.join(root, 'dist/apps/api/src/main.js');
// The API runs from a copy of dist/ (under tmp/, so node_modules still resolves): another
// `npm run build` in the same checkout empties dist/ while it rebuilds.
let snapshot = null;
const floorMain = path.join(root, 'tools/bench/floor.mjs');
const embeddedMain = path.join(root, 'tools/bench/embedded-api.mjs');
const READY_PATH = '/api/v1/health/ready';
const FLOOR_APPLICATION_NAME = 'bluecarbon-bench-floor'; // as floor.mjs names its connections
const START_TIMEOUT_MS = 60_000;

const settings = {
  adminUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  duration: positive('BENCH_DURATION', 8),
  warmup: positive('BENCH_WARMUP', 2, true),
  connections: positive('BENCH_CONNECTIONS', 10),
  rounds: positive('BENCH_ROUNDS', 1),
  poolSize: positive('BENCH_POOL_SIZE', 10),
  embedded: ['1', 'true', 'yes'].includes((process.env.BENCH_EMBEDDED ?? '').toLowerCase()),
  only: process.env.BENCH_ONLY ?? '',
  nodeEnv: process.env.BENCH_NODE_ENV || 'production',
  // Shared by the API and the floor, so that a floor can verify the API's tokens.
  jwtSecret: process.env.JWT_SECRET || randomBytes(32).toString('hex'),
  apiNodeArgs: (process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
};

function positive(name, fallback, zeroAllowed = false) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !zeroAllowed)) fail(`${name} must be a positive number (got ${JSON.stringify(raw)})`);
  return value;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Children and clean-up. Every child is killed when this process ends, however it ends.

const children = new Set();
let benchDatabase = null;
let setupClient = null;

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

let cleaning = null;

/** Stops the children, then drops the bench database; every caller waits for the one run. */
function cleanUp() {
  cleaning ??= stopAndDrop();
  return cleaning;
}

async function stopAndDrop() {
  await Promise.all([...children].map(stopChild));
  await setupClient?.end().catch(() => {});
  setupClient = null;
  if (snapshot) await rm(snapshot, { recursive: true, force: true }).catch(() => {});
  if (benchDatabase) {
    const name = benchDatabase;
    benchDatabase = null;
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch((error) =>
      process.stderr.write(`bench: could not drop database ${name}: ${error.message}\n`),
    );
  }
}

process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    process.stderr.write(`bench: ${signal}, stopping\n`);
    cleanUp().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Database, ports, processes.

async function withAdmin(work) {
  const client = new pg.Client({ connectionString: settings.adminUrl, application_name: 'bluecarbon-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The admin URL with its database swapped for `name` (credentials, host and options kept). */
function databaseUrl(name) {
  const url = new URL(settings.adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Keeps the last lines a child wrote, to show them if it dies. */
function captureTail(child, lines = 40) {
  const tail = [];
  const keep = (chunk) => {
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - lines));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return tail;
}

/** Starts the built API and resolves when /health/ready answers 200. */
async function startApi(label, extraEnv, { embedded = false } = {}) {
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: settings.nodeEnv,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: String(settings.poolSize),
    JWT_SECRET: settings.jwtSecret,
    // Nothing is in flight when the bench stops it; with the 5 s default drain the 5 s stop
    // deadline kills it first, and a --cpu-prof profile is never written.
    SHUTDOWN_DRAIN_MS: '0',
    ...extraEnv,
  };
  // The embedded engine runs from a wrapper that also takes the set-up's SQL over IPC.
  const child = embedded
    ? track(
        fork(embeddedMain, [], {
          cwd: root,
          env: { ...env, BENCH_API_DIST: path.join(snapshot, 'dist') },
          execArgv: settings.apiNodeArgs,
          stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        }),
      )
    : track(
        spawn(process.execPath, [...settings.apiNodeArgs, path.join(snapshot, 'dist/apps/api/src/main.js')], {
          cwd: root,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        }),
      );
  const tail = captureTail(child);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the API (${label}) exited with ${child.exitCode ?? child.signalCode} before it was ready:\n${tail.join('\n')}`);
    }
    try {
      const response = await fetch(`${baseUrl}${READY_PATH}`);
      const text = await response.text();
      if (response.status === 200) return { label, child, baseUrl, tail, ...(embedded ? { db: sqlOverIpc(child) } : {}) };
      last = `${response.status} ${text}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API (${label}) was not ready within ${START_TIMEOUT_MS / 1000}s (last: ${last}):\n${tail.join('\n')}`);
}

/** A `pg`-Client-shaped `query()` that runs on the embedded API's own database (see embedded-api.mjs). */
function sqlOverIpc(child) {
  let next = 0;
  const pending = new Map();
  child.on('message', ({ id, result, error }) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (error === undefined) waiting?.resolve(result);
    else waiting?.reject(new Error(error));
  });
  child.once('exit', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('the embedded API exited'));
    pending.clear();
  });
  const ask = (message) =>
    new Promise((resolve, reject) => {
      const id = (next += 1);
      pending.set(id, { resolve, reject });
      child.send({ id, ...message });
    });
  return {
    query: (sql, params) => ask({ sql, params }),
    /** What `npm run db:seed` does on a server: the demo data, with this password. */
    seedDemo: (demoPassword) => ask({ demoPassword }),
  };
}

async function startFloor(url) {
  const child = track(
    fork(floorMain, [], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_POOL_SIZE: String(settings.poolSize),
        JWT_SECRET: settings.jwtSecret,
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
  );
  const tail = captureTail(child);
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the floor did not start:\n${tail.join('\n')}`)), START_TIMEOUT_MS);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve(message.listening);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the floor exited with ${code}:\n${tail.join('\n')}`));
    });
  });
  return { label: 'floor', child, baseUrl: `http://127.0.0.1:${port}`, tail };
}

// ---------------------------------------------------------------------------------------------
// CPU accounting (Linux /proc): CPU time per request is far steadier than req/s when other
// work shares the machine, because it does not count the time a process waits for a core.

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU seconds of a process (all its threads), or NaN where /proc is missing. */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** CPU seconds of each PostgreSQL backend serving `applicationName` (server on this machine). */
async function backendCpu(db, applicationName) {
  const cpu = new Map();
  if (!db || !applicationName) return cpu;
  const { rows } = await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [applicationName]);
  for (const { pid } of rows) cpu.set(pid, cpuSeconds(pid));
  return cpu;
}

/** CPU seconds the database spent between two backendCpu readings (new backends from zero). */
function backendDelta(before, after) {
  let total = 0;
  for (const [pid, end] of after) total += end - (before.get(pid) ?? 0);
  return total;
}

// ---------------------------------------------------------------------------------------------
// Requests and measurement.

function requestOf(scenario, overrides = {}) {
  const merged = {
    method: scenario.method ?? 'GET',
    path: overrides.path ?? scenario.path,
    headers: { ...scenario.headers, ...overrides.headers },
    body: overrides.body ?? scenario.body,
    connections: scenario.connections,
    timeoutSeconds: scenario.timeoutSeconds,
  };
  // A function gives each request its own JSON body (bids that must rise); anything else is sent as is.
  if (typeof merged.body === 'function') {
    merged.nextBody = merged.body;
    merged.body = undefined;
  }
  if ((merged.body !== undefined || merged.nextBody) && !Object.keys(merged.headers).some((name) => name.toLowerCase() === 'content-type'))
    merged.headers['content-type'] = 'application/json';
  if (merged.body !== undefined && typeof merged.body !== 'string') merged.body = JSON.stringify(merged.body);
  return merged;
}

const bodyOf = (request) => (request.nextBody ? JSON.stringify(request.nextBody()) : request.body);

async function send(baseUrl, request) {
  const response = await fetch(`${baseUrl}${request.path}`, { method: request.method, headers: request.headers, body: bodyOf(request) });
  const text = await response.text();
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: Object.fromEntries(response.headers), body };
}

/** Runs the scenario's setup against one API; returns the request to benchmark. */
async function prepare(scenario, target, db, databaseUrl) {
  const overrides = scenario.setup
    ? await scenario.setup({
        engine: target.engine,
        baseUrl: target.baseUrl,
        db: target.engine === 'server' ? db : target.db,
        databaseUrl: target.engine === 'server' ? databaseUrl : null,
        request: (method, requestPath, { body, headers } = {}) => send(target.baseUrl, requestOf({ method, path: requestPath, headers, body })),
      })
    : undefined;
  return requestOf(scenario, overrides ?? {});
}

/** One request before the run, so a broken scenario fails loudly instead of measuring errors. */
async function probe(scenario, target, request) {
  const expected = scenario.status ?? 200;
  const answer = await send(target.baseUrl, request);
  if (answer.status !== expected) {
    const shown = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    throw new Error(`${scenario.name} on ${target.label}: expected ${expected}, got ${answer.status}: ${shown.slice(0, 500)}`);
  }
}

function cannon(baseUrl, request, seconds, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${request.path}`,
        method: request.method,
        headers: request.headers,
        body: request.body,
        ...(request.nextBody ? { requests: [{ setupRequest: (sent) => ({ ...sent, body: bodyOf(request) }) }] } : {}),
        // A heavy scenario may ask for fewer connections and a longer timeout than the run's.
        connections: request.connections ?? settings.connections,
        duration: seconds,
        ...(request.timeoutSeconds ? { timeout: request.timeoutSeconds } : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (onResponse) instance.on('response', onResponse);
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Warm-up (discarded), then the measured run. Latencies come from autocannon's per-response
 * event (sub-millisecond resolution; its own histogram rounds to whole milliseconds).
 */
async function measure(target, request, expected, db) {
  if (settings.warmup > 0) await cannon(target.baseUrl, request, settings.warmup);
  const processBefore = cpuSeconds(target.child.pid);
  const databaseBefore = await backendCpu(db, target.applicationName);
  const latencies = [];
  const statuses = {};
  const result = await cannon(target.baseUrl, request, settings.duration, (_client, status, _bytes, ms) => {
    latencies.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const processCpu = cpuSeconds(target.child.pid) - processBefore;
  const databaseCpu = target.applicationName ? backendDelta(databaseBefore, await backendCpu(db, target.applicationName)) : 0;
  latencies.sort((a, b) => a - b);
  const perRequest = (seconds) => (latencies.length > 0 ? (seconds / latencies.length) * 1e6 : NaN);
  const unexpected = Object.entries(statuses)
    .filter(([status]) => Number(status) !== expected)
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    mean: result.latency.mean,
    // µs of CPU per response: the server process, and the PostgreSQL backends it used (for
    // the embedded engine the database runs inside the process and is counted there).
    cpuProcessUs: perRequest(processCpu),
    cpuDatabaseUs: perRequest(databaseCpu),
    cpuUs: perRequest(processCpu + databaseCpu),
    responses: latencies.length,
    statuses,
    unexpected,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** The round with the median req/s (its latencies), with each CPU figure's own median. */
function median(runs) {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  return {
    ...sorted[Math.floor((sorted.length - 1) / 2)],
    cpuProcessUs: middle(runs.map((run) => run.cpuProcessUs)),
    cpuDatabaseUs: middle(runs.map((run) => run.cpuDatabaseUs)),
    cpuUs: middle(runs.map((run) => run.cpuUs)),
    rounds: runs.map((run) => Math.round(run.rps)),
    cpuRounds: runs.map((run) => Math.round(run.cpuUs)),
  };
}

// ---------------------------------------------------------------------------------------------
// Output.

const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '-');

function printTable(rows) {
  const header = [
    'scenario',
    'engine',
    'req/s',
    'p50 ms',
    'p99 ms',
    'cpu µs/req',
    'floor req/s',
    'floor p50',
    'floor p99',
    'floor cpu',
    'ratio',
    'cpu ratio',
    '',
  ];
  const lines = rows.map((row) => [
    row.scenario,
    row.engine,
    fixed(row.api.rps, 0),
    fixed(row.api.p50, 2),
    fixed(row.api.p99, 2),
    fixed(row.api.cpuUs, 0),
    fixed(row.floor.rps, 0),
    fixed(row.floor.p50, 2),
    fixed(row.floor.p99, 2),
    fixed(row.floor.cpuUs, 0),
    fixed(row.ratio, 2),
    fixed(row.cpuRatio, 2),
    row.problems.join('; '),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells) =>
    cells
      .map((cell, column) => (column < 2 || column === cells.length - 1 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd();
  console.log(
    `\n${format(header)}\n${widths
      .map((width) => '-'.repeat(width))
      .join('  ')
      .trimEnd()}`,
  );
  for (const line of lines) console.log(format(line));
  console.log('');
}

function problemsOf(measurement, label) {
  const problems = [];
  if (measurement.unexpected > 0) problems.push(`${label}: ${measurement.unexpected} unexpected statuses ${JSON.stringify(measurement.statuses)}`);
  if (measurement.errors > 0) problems.push(`${label}: ${measurement.errors} errors`);
  if (measurement.timeouts > 0) problems.push(`${label}: ${measurement.timeouts} timeouts`);
  return problems;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(apiMain)) fail(`${path.relative(root, apiMain)} is missing: run \`npm run build\` first (npm run bench does)`);
  const scenarios = allScenarios.filter((scenario) => scenario.name.includes(settings.only));
  if (scenarios.length === 0) fail(`no scenario matches BENCH_ONLY=${JSON.stringify(settings.only)}`);
  const names = new Set();
  for (const scenario of scenarios) {
    if (names.has(scenario.name)) fail(`two scenarios are named ${scenario.name}`);
    names.add(scenario.name);
    if (!scenario.floor) fail(`scenario ${scenario.name} has no floor`);
    if (!(scenario.engines ?? ['server']).includes('server')) fail(`scenario ${scenario.name}: every scenario runs on the server engine`);
  }

  const startedAt = new Date();
  const startLoad = os.loadavg();
  const stamp = startedAt.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '_').toLowerCase();
  const name = `bc_bench_${stamp}`;
  snapshot = path.join(root, 'tmp', `bench-${stamp}`);
  await cp(path.join(root, 'dist'), path.join(snapshot, 'dist'), { recursive: true }).catch((error) => {
    throw new Error(`could not copy dist/ (is another build running?): ${error.message}`);
  });
  const serverVersion = await withAdmin(async (client) => {
    // The server's default locale, unless it is C/POSIX: readiness refuses that (pg_trgm).
    const { rows } = await client.query(`SELECT datctype FROM pg_database WHERE datname = 'template1'`);
    const byteLocale = ['C', 'POSIX'].includes(rows[0]?.datctype);
    await client.query(
      byteLocale ? `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'` : `CREATE DATABASE ${name}`,
    );
    benchDatabase = name;
    return (await client.query('SHOW server_version')).rows[0].server_version;
  });
  const benchUrl = databaseUrl(name);
  console.log(
    `bench: database ${name} on PostgreSQL ${serverVersion}; ${settings.connections} connections, ` +
      `${settings.warmup}s warm-up + ${settings.duration}s per target, ${settings.rounds} round(s)` +
      `${settings.embedded ? ', embedded too' : ''}`,
  );

  // The API first: it runs the migrations the floor's queries may need.
  const server = { ...(await startApi('server', { DATABASE_URL: benchUrl, WORKER_IN_API: 'false' })), engine: 'server', applicationName: 'bluecarbon' };
  const floor = { ...(await startFloor(benchUrl)), applicationName: FLOOR_APPLICATION_NAME };
  // DATABASE_URL '' (not absent) so that a DATABASE_URL in .env cannot switch it to the server.
  const embedded = settings.embedded
    ? { ...(await startApi('embedded', { DATABASE_URL: '', PGLITE_DATA_DIR: 'memory://' }, { embedded: true })), engine: 'embedded' }
    : null;
  const db = new pg.Client({ connectionString: benchUrl, application_name: 'bluecarbon-bench-setup' });
  db.on('error', () => {}); // DROP DATABASE … WITH (FORCE) on an interrupt ends it from the server side
  setupClient = db;
  await db.connect();

  const rows = [];
  let failed = false;
  try {
    for (const scenario of scenarios) {
      const expected = scenario.status ?? 200;
      try {
        const serverRequest = await prepare(scenario, server, db, benchUrl);
        const targets = [
          { target: floor, request: serverRequest },
          { target: server, request: serverRequest },
        ];
        if (embedded && (scenario.engines ?? ['server', 'embedded']).includes('embedded')) {
          targets.push({ target: embedded, request: await prepare(scenario, embedded, db, benchUrl) });
        }
        for (const { target, request } of targets) await probe(scenario, target, request);

        const runs = new Map(targets.map(({ target }) => [target, []]));
        for (let round = 0; round < settings.rounds; round += 1) {
          // Alternate the order so that drift on a shared machine does not favour one target.
          const order = round % 2 === 0 ? targets : [...targets].reverse();
          for (const { target, request } of order) {
            process.stdout.write(`bench: ${scenario.name} on ${target.label}, round ${round + 1}/${settings.rounds}\n`);
            runs.get(target).push(await measure(target, request, expected, db));
          }
        }
        const floorResult = median(runs.get(floor));
        for (const { target } of targets.slice(1)) {
          const api = median(runs.get(target));
          const problems = [...problemsOf(api, 'api'), ...problemsOf(floorResult, 'floor')];
          if (problems.length > 0) failed = true;
          rows.push({
            scenario: scenario.name,
            engine: target.engine,
            api,
            floor: floorResult,
            ratio: api.rps / floorResult.rps,
            cpuRatio: floorResult.cpuUs / api.cpuUs,
            problems,
          });
        }
      } catch (error) {
        failed = true;
        process.stderr.write(`bench: ${error.message}\n`);
        const nothing = { rps: NaN, p50: NaN, p99: NaN, cpuUs: NaN };
        rows.push({ scenario: scenario.name, engine: '-', api: nothing, floor: nothing, ratio: NaN, cpuRatio: NaN, problems: ['FAILED: see above'] });
      }
      for (const target of [server, floor, embedded].filter(Boolean)) {
        if (target.child.exitCode !== null || target.child.signalCode !== null) {
          throw new Error(`${target.label} died during ${scenario.name}:\n${target.tail.join('\n')}`);
        }
      }
    }
  } finally {
    await db.end().catch(() => {});
    setupClient = null;
  }

  printTable(rows);
  const loadBefore = startLoad[0];
  const loadAfter = os.loadavg()[0];
  const cores = os.cpus().length;
  if (Math.max(loadBefore, loadAfter) > cores) {
    console.log(
      `bench: warning: load average ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end, on ${cores} cores: ` +
        'other work competed for the CPU, so req/s and their ratios are unreliable (the cpu columns hold up better); ' +
        'rerun with BENCH_ROUNDS=3 when the machine is quieter',
    );
  }
  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      loadavgStart: startLoad,
      loadavgEnd: os.loadavg(),
    },
    postgres: serverVersion,
    settings: { ...settings, adminUrl: undefined, jwtSecret: undefined },
    results: rows,
  };
  const resultsDir = path.join(root, 'bench/results');
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${stamp}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`bench: results written to ${path.relative(root, file)}`);
  return failed ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    await cleanUp();
    process.exit(1);
  });
