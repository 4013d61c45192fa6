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

  it('takes an application without an account, shows refusals at their fields in Portuguese, and answers the same for a known city', async () => {
    await context.close();
    context = await browser.newContext({ locale: 'pt-BR', viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    await page.goto(base);
    await page.getByRole('link', { name: 'Candidate-se para entrar na rede' }).click();
    await onPage(page, 'apply-empty-pt-BR', async () => {
      await page.getByRole('heading', { level: 1, name: 'Candidate-se para entrar na rede Carbono Azul' }).waitFor();
      // Every input has its label.
      expect(await page.locator('input:not([type=hidden]), select, textarea').count()).toBe(12);
    });

    await page.getByLabel('Nome da organização (em inglês)').fill('Maricá Environment Department');
    await page.getByLabel('O mesmo nome em Português').first().fill('Secretaria de Meio Ambiente de Maricá');
    await page.getByLabel('Nome da jurisdição (em inglês)').fill('Maricá');
    await page.getByLabel('Código da jurisdição').fill('Maricá');
    await page.getByLabel('Fuso horário').selectOption('America/Sao_Paulo');
    await page.getByLabel('Área de manguezal em hectares').fill('uns 400');
    await page.getByLabel('Nome', { exact: true }).fill('Ana Souza');
    await page.getByLabel('Endereço de e-mail').fill('ana.souza@');
    await page.getByLabel('Por que vocês querem entrar na rede?').fill('Proteger os manguezais da lagoa de Maricá.');
    await page.getByRole('button', { name: 'Enviar candidatura' }).click();
    await onPage(page, 'apply-refused-pt-BR', async () => {
      for (const name of ['jurisdictionCode', 'mangroveAreaHa', 'contactEmail']) {
        const input = page.locator(`input[name=${name}][aria-invalid=true]`);
        await input.waitFor();
        // The API's message, in Portuguese, read with the input.
        const described = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').pop();
        expect(await page.locator(`[id="${described}"]`).innerText()).toMatch(/[a-zà-ú]{3,}/i);
      }
      expect(await page.locator('[aria-invalid=true]').count()).toBe(3);
    });

    await page.getByLabel('Código da jurisdição').fill('br-rj-marica');
    await page.getByLabel('Área de manguezal em hectares').fill('412,5');
    await page.getByLabel('Endereço de e-mail').fill('ana.souza@marica.example.org');
    await page.getByRole('button', { name: 'Enviar candidatura' }).click();
    await onPage(page, 'apply-received-pt-BR', async () => {
      await page.getByRole('heading', { level: 1, name: 'Obrigado: sua candidatura foi recebida' }).waitFor();
      await page.getByText('Recebemos a candidatura de Secretaria de Meio Ambiente de Maricá para BR-RJ-MARICA.', { exact: false }).waitFor();
    });
    const steward = await signIn(api, { email: 'steward@shenzhen.demo', password: DEMO_PASSWORD });
    const applications = (await request(api.server).get('/api/v1/onboarding/applications?status=pending').set(steward.auth).expect(200)).body.items as {
      jurisdictionCode: string;
      mangroveAreaHa: string;
      preferredLanguage: string;
    }[];
    expect(applications.find((application) => application.jurisdictionCode === 'BR-RJ-MARICA')).toMatchObject({
      mangroveAreaHa: '412.50',
      preferredLanguage: 'pt-BR',
    });

    // Niterói is long in the network: the answer does not say so.
    await page.goto(`${base}/apply`);
    await page.getByLabel('Idioma das nossas respostas').selectOption('en');
    await page.getByLabel('Nome da organização (em inglês)').fill('Niterói Environment Department');
    await page.getByLabel('Nome da jurisdição (em inglês)').fill('Niterói');
    await page.getByLabel('Código da jurisdição').fill('BR-RJ-NITEROI');
    await page.getByLabel('Nome', { exact: true }).fill('Someone Else');
    await page.getByLabel('Endereço de e-mail').fill('someone@example.org');
    await page.getByLabel('Por que vocês querem entrar na rede?').fill('We want to join.');
    await page.getByRole('button', { name: 'Enviar candidatura' }).click();
    await page
      .getByText(
        'Recebemos a candidatura de Niterói Environment Department para BR-RJ-NITEROI. A coordenação da rede analisa cada candidatura e escreve para someone@example.org em English.',
      )
      .waitFor();
  });
});
