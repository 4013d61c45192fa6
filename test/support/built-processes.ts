import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(__dirname, '../..');

/**
 * A build of apps/ and libs/ of its own (tools/build.mjs into tmp/), so that a test runs the
 * processes exactly as `npm start` and `npm run start:worker` do, without racing dist/.
 */
export async function buildApps(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = path.join(root, 'tmp', `e2e-build-${randomUUID().slice(0, 8)}`);
  await promisify(execFile)(process.execPath, [path.join(root, 'tools/build.mjs'), '--out-dir', dir], { cwd: root });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface RunningProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/** Settings a test process starts with: quiet, in-memory unless DATABASE_URL names a server. */
export function processEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    PGLITE_DATA_DIR: 'memory://',
    LOG_LEVEL: 'info',
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    ...overrides,
  };
  return env;
}

export function startProcess(script: string, env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(process.execPath, [script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
    stderr += String(chunk);
  });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, output: () => output, stderr: () => stderr, exited };
}

/** Waits until the process has logged a JSON line that `match` accepts, or has exited. */
export async function waitForLog(running: RunningProcess, match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  let exited = false;
  void running.exited.then(() => (exited = true));
  for (;;) {
    for (const line of running.output().split('\n')) {
      if (!line.startsWith('{')) continue;
      const parsed = JSON.parse(line) as Record<string, unknown>;
      if (match(parsed)) return parsed;
    }
    if (exited) throw new Error(`the process exited before logging what was awaited:\n${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts the built API and resolves with its base URL (`http://127.0.0.1:<port>`) once it listens. */
export async function startBuiltApi(build: string, overrides: Record<string, string> = {}): Promise<RunningProcess & { url: string }> {
  const running = startProcess(path.join(build, 'apps/api/src/main.js'), processEnvironment(overrides));
  const ready = await waitForLog(running, (line) => typeof line.api === 'string');
  return { ...running, url: new URL(ready.api as string).origin };
}
