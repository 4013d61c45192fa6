import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PasswordHasher } from '@bluecarbon/identity';
import { runDemoSeeds } from '../../apps/api/src/seed/demo-seeds';
import { dataSourceOf } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { startSmtp } from '../support/smtp';
import { startTestApi, type TestApi } from '../support/test-app';
import { launchChromium } from './browser';

export const DEMO_PASSWORD = 'BlueCarbon-Demo-2024!';
const ROOT = path.join(__dirname, '../..');

/** Everything a browser test drives: the whole API serving the built web app on a real port, the demo data, an SMTP sink and Chromium. */
export interface PortalHarness {
  api: TestApi;
  /** The portal's origin, e.g. http://127.0.0.1:41234 */
  base: string;
  smtp: Awaited<ReturnType<typeof startSmtp>>;
  browser: Browser;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Builds the web app (skipped when unchanged since its last build), then starts the API on an
 * isolated database seeded with the demo data; `env` adds settings (e.g. MFA_REQUIRED_ROLES).
 */
export async function startPortalHarness(env: Record<string, string> = {}): Promise<PortalHarness> {
  execFileSync(process.execPath, [path.join(ROOT, 'tools/build-web.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const database = await isolatedDatabase();
  const smtp = await startSmtp();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = await startTestApi({
    ...database.overrides,
    WEB_DIST_DIR: path.join(ROOT, 'apps/web/dist'),
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    PUBLIC_WEB_URL: base,
    ...env,
  });
  const hasher = new PasswordHasher();
  await runDemoSeeds(dataSourceOf(api), { demoPassword: DEMO_PASSWORD, hashPassword: (password) => hasher.hash(password) }, () => undefined);
  await api.app.listen({ port, host: '127.0.0.1' });
  const browser = await launchChromium();
  return {
    api,
    base,
    smtp,
    browser,
    async close() {
      await browser.close();
      await api.close();
      await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
      await database.drop();
    },
  };
}

/** Signs in through the portal's own form, in any of its languages, and waits for the home page. */
export async function signInOnPage(page: Page, base: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(base);
  await page.getByLabel(/E-mail|电子邮箱|Endereço de e-mail/).fill(email);
  await page.getByLabel(/^(Password|密码|Senha)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|登录|Entrar)$/ }).click();
  await page.getByRole('heading', { level: 1, name: /^(Hello|您好|Olá)/ }).waitFor();
}

/** Polls a condition in the test (the page's CSP forbids the string evaluation waitForFunction uses). */
export async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
