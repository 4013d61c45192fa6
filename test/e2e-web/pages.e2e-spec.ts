import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { signIn } from '../support/identity-fixtures';
import type { TestApi } from '../support/test-app';
import { browserAvailable, onPage } from './browser';
import { DEMO_PASSWORD, type PortalHarness, startPortalHarness } from './portal-harness';

/**
 * The pages issue 13 still lacked, in Chromium against the whole API with the demo data: home
 * cards that lead to the filtered lists, evidence downloads, the public application form, the
 * second-factor page and the translator's home card.
 */
(browserAvailable() ? describe : describe.skip)('the portal pages of issue 13 in Chromium', () => {
  let harness: PortalHarness;
  let api: TestApi;
  let browser: Browser;
  let base: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    harness = await startPortalHarness();
    ({ api, browser, base } = harness);
  });
  afterAll(() => harness?.close());

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 800 } });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  async function signInAs(email: string, password = DEMO_PASSWORD): Promise<void> {
    await page.goto(base);
    await page.getByLabel(/E-mail|电子邮箱|Endereço de e-mail/).fill(email);
    await page.getByLabel(/^(Password|密码|Senha)$/).fill(password);
    await page.getByRole('button', { name: /^(Sign in|登录|Entrar)$/ }).click();
    await page.getByRole('heading', { level: 1, name: /^(Hello|您好|Olá)/ }).waitFor();
  }

  /** Tabs through the page until the focused element is `name`'s link: reachable by keyboard, in order. */
  async function tabTo(name: RegExp): Promise<void> {
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      if ((await focused.count()) && name.test((await focused.innerText().catch(() => '')).trim())) return;
    }
    throw new Error(`no link ${name} reached with Tab`);
  }

  it("leads a reviewer from the home cards to the steps waiting for review and the partners' overdue steps, by keyboard", async () => {
    await signInAs('admin@bluecarbon.demo');
    await onPage(page, 'home-admin-cards-en', async () => {
      // Niterói's baseline study waits for review in the demo data.
      await page.getByRole('link', { name: /^1 submission to review/ }).waitFor();
      await page.getByRole('link', { name: /^\d+ overdue steps?/ }).waitFor();
    });
    await tabTo(/^1 submission to review/);
    await page.keyboard.press('Enter');
    await onPage(page, 'case-filtered-review-en', async () => {
      await page.getByRole('heading', { level: 1, name: /Niterói/ }).waitFor();
      await page.getByText(/^Showing the 1 step waiting for review, of \d+\./).waitFor();
      expect(await page.locator('li.step').count()).toBe(1);
      await page.locator('li.step', { hasText: 'Submitted' }).waitFor();
    });
    await page.getByRole('link', { name: 'Show all steps' }).click();
    await page.getByText(/^Showing the/).waitFor({ state: 'detached' });
    expect(await page.locator('li.step').count()).toBeGreaterThan(1);

    // Only Sergipe is late in the demo data: the card leads straight to its late step.
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('link', { name: /^1 overdue step/ }).click();
    await onPage(page, 'case-filtered-overdue-en', async () => {
      await page.getByRole('heading', { level: 1, name: /Sergipe/ }).waitFor();
      await page.getByText(/^Showing the 1 overdue step, of \d+\./).waitFor();
      await page.locator('li.step', { hasText: 'Overdue' }).waitFor();
    });

    // Several partners' cases lead to the overview, filtered the same way (kept in the address).
    await page.goto(`${base}/onboarding/overview?show=review`);
    await onPage(page, 'overview-filtered-review-en', async () => {
      await page.getByText('Showing partners with submissions to review.').waitFor();
      await page.getByRole('row', { name: /Niterói/ }).waitFor();
      expect(await page.locator('tbody tr').count()).toBe(1);
    });
    await page.getByRole('button', { name: 'Show all partners' }).click();
    await page.getByRole('row', { name: /Taishan/ }).waitFor();
    expect(page.url()).not.toContain('show=');
  });

  it('leads a city from its home card to its steps to work on, in Portuguese on a phone', async () => {
    await context.close();
    context = await browser.newContext({ locale: 'pt-BR', viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    await signInAs('coordinator@sergipe.demo');
    const toDo = page.getByRole('link', { name: /^2 etapas para trabalhar/ });
    await onPage(page, 'home-city-cards-pt-BR', async () => {
      await toDo.waitFor();
    });
    await tabTo(/^2 etapas para trabalhar/);
    await page.keyboard.press('Enter');
    await onPage(page, 'case-filtered-todo-pt-BR', async () => {
      await page.getByText(/^Mostrando as 2 etapas para trabalhar, de \d+\./).waitFor();
      await page.locator('li.step', { hasText: 'Alterações solicitadas' }).waitFor();
      expect(await page.locator('li.step').count()).toBe(2);
    });
  });

  it('downloads an evidence file through the signed-in client, for the steward reviewing it in Chinese', async () => {
    // Sergipe's city adds a baseline report to its open step (as the city page would).
    const city = await signIn(api, { email: 'coordinator@sergipe.demo', password: DEMO_PASSWORD });
    const caseId = (await request(api.server).get('/api/v1/onboarding/cases').set(city.auth).expect(200)).body.items[0].id as string;
    const view = (await request(api.server).get(`/api/v1/onboarding/cases/${caseId}`).set(city.auth).expect(200)).body as {
      steps: { id: string; key: string; title: Record<string, string> }[];
    };
    const baseline = view.steps.find((step) => step.key === 'mangrove_baseline')!;
    const report = Buffer.from('%PDF-1.4\n% Sergipe mangrove baseline, 26 000 ha\n%%EOF\n');
    await request(api.server)
      .post(`/api/v1/onboarding/steps/${baseline.id}/evidence/files?fileName=linha-de-base-manguezais.pdf`)
      .set(city.auth)
      .set('Content-Type', 'application/pdf')
      .send(report)
      .expect(201);

    await context.close();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1200, height: 800 } });
    page = await context.newPage();
    await signInAs('steward@shenzhen.demo');
    await page.goto(`${base}/onboarding/cases/${caseId}`);
    const step = page.locator('li.step', { hasText: baseline.title['zh-CN'] ?? baseline.title.en! });
    await step.locator('summary').click();
    const file = step.getByRole('button', { name: '下载 linha-de-base-manguezais.pdf' });
    await onPage(page, 'case-evidence-download-zh-CN', async () => {
      await file.waitFor();
      await step.getByText(`(${report.length} B)`).waitFor();
    });
    // By keyboard: the file name is a button in the tab order.
    await file.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('linha-de-base-manguezais.pdf');
    expect(await readFile((await download.path())!)).toEqual(report);
  });
});
