import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { totpCodeAt } from '@bluecarbon/identity/testing';
import { signIn } from '../support/identity-fixtures';
import type { TestApi } from '../support/test-app';
import { browserAvailable, onPage } from './browser';
import { DEMO_PASSWORD, type PortalHarness, signInOnPage, startPortalHarness } from './portal-harness';

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
    // Contributors must have a second factor here: their sign-in can only enrol one.
    harness = await startPortalHarness({ MFA_REQUIRED_ROLES: 'contributor' });
    ({ api, browser, base } = harness);
  });
  afterAll(() => harness?.close());

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 800 } });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

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
    await signInOnPage(page, base, 'admin@bluecarbon.demo');
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
    await signInOnPage(page, base, 'coordinator@sergipe.demo');
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
    await signInOnPage(page, base, 'steward@shenzhen.demo');
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

  const EN = {
    start: 'Set up with an authenticator app',
    qr: 'QR code of your sign-in key, for your authenticator app',
    code: 'Code from the app',
    confirm: 'Turn on two-step sign-in',
    recovery: 'Your recovery codes',
    email: 'E-mail address',
    password: 'Password',
    signIn: 'Sign in',
    authCode: 'Authentication code',
    hello: /^Hello/,
  };
  const ZH: typeof EN = {
    start: '使用身份验证器应用设置',
    qr: '登录密钥的二维码，供身份验证器应用扫描',
    code: '应用中的验证码',
    confirm: '开启两步登录',
    recovery: '您的恢复码',
    email: '电子邮箱',
    password: '密码',
    signIn: '登录',
    authCode: '验证码',
    hello: /^您好/,
  };

  /** Sets up the authenticator from the page as a person would: the key typed from the screen, the app's code now. */
  async function enrolFromPage(words: typeof EN, screenshot: string): Promise<{ secret: string; recoveryCodes: string[] }> {
    await page.getByRole('button', { name: words.start }).click();
    const secretText = page.locator('code.secret');
    await onPage(page, screenshot, async () => {
      await page.getByRole('img', { name: words.qr }).waitFor();
      await secretText.waitFor();
    });
    const secret = (await secretText.innerText()).replace(/\s/g, '');
    await page.getByLabel(words.code).fill(totpCodeAt(secret));
    await page.getByRole('button', { name: words.confirm }).click();
    await page.getByRole('heading', { name: words.recovery }).waitFor();
    const recoveryCodes = await page.locator('.recovery-codes code').allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    return { secret, recoveryCodes };
  }

  /** Signs in with the next time step's code (the current one was spent confirming; one step of drift is accepted). */
  async function signInWithCode(words: typeof EN, email: string, secret: string, screenshot: string): Promise<void> {
    await page.getByLabel(words.email).fill(email);
    await page.getByLabel(words.password, { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: words.signIn, exact: true }).click();
    const code = page.getByLabel(words.authCode);
    await onPage(page, screenshot, async () => {
      await code.waitFor();
    });
    await code.fill(totpCodeAt(secret, Date.now() + 30_000));
    await page.getByRole('button', { name: words.signIn, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: words.hello }).waitFor();
  }

  it('sets up two-step sign-in from the profile with a QR code, signs in with a code, and turns it off with a recovery code', async () => {
    await signInOnPage(page, base, 'observer@iclei.demo');
    await page.getByRole('link', { name: 'Your profile' }).click();
    await page.getByText('Two-step sign-in is off').waitFor();
    await page.getByRole('link', { name: 'Set up two-step sign-in' }).click();
    await onPage(page, 'mfa-off-en', async () => {
      await page.getByRole('heading', { level: 1, name: 'Two-step sign-in' }).waitFor();
    });
    const { secret, recoveryCodes } = await enrolFromPage(EN, 'mfa-scan-en');
    await onPage(page, 'mfa-recovery-codes-en', async () => {
      await page.getByText(recoveryCodes[0]!).waitFor();
    });
    await page.getByRole('button', { name: 'I have stored them' }).click();
    await page.getByText('Two-step sign-in is on: signing in asks').waitFor();

    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInWithCode(EN, 'observer@iclei.demo', secret, 'sign-in-code-step-en');

    await page.goto(`${base}/me/mfa`);
    await page.getByLabel('Or a recovery code').fill(recoveryCodes[3]!);
    await page.getByRole('button', { name: 'Turn off' }).click();
    await onPage(page, 'mfa-turned-off-en', async () => {
      await page.getByText('Two-step sign-in is off: your password alone signs you in.').waitFor();
      await page.getByRole('button', { name: EN.start }).waitFor();
    });
    // Off for good: the password alone signs in again.
    await signIn(api, { email: 'observer@iclei.demo', password: DEMO_PASSWORD });
  });

  it('holds a session whose role requires a second factor to setting one up, then signs in with it (in Chinese)', async () => {
    await page.goto(base);
    await page.getByLabel(EN.email).fill('contributor@enping.demo');
    await page.getByLabel(EN.password, { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: EN.signIn }).click();
    await onPage(page, 'mfa-required-enrolment-zh-CN', async () => {
      await page.getByRole('heading', { level: 1, name: '两步登录' }).waitFor();
      await page.getByText('您的角色要求第二重验证。', { exact: false }).waitFor();
      // Nothing else to go to until it is done.
      expect(await page.getByRole('navigation').count()).toBe(0);
    });
    const { secret } = await enrolFromPage(ZH, 'mfa-required-scan-zh-CN');
    await page.getByRole('button', { name: '我已妥善保存：重新登录' }).click();
    await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
    await signInWithCode(ZH, 'contributor@enping.demo', secret, 'sign-in-code-step-zh-CN');
    await page.getByRole('navigation').waitFor();
  });

  it('shows a translator the documents waiting in their languages, and leads to their queue', async () => {
    const translator = await signIn(api, { email: 'translator.pt@bluecarbon.demo', password: DEMO_PASSWORD });
    const queue = (await request(api.server).get('/api/v1/translation-tasks?limit=100').set(translator.auth).expect(200)).body as {
      items: { title: string }[];
    };
    await context.close();
    context = await browser.newContext({ locale: 'pt-BR', viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    await signInOnPage(page, base, 'translator.pt@bluecarbon.demo');
    const link = page.getByRole('link', { name: new RegExp(`^${queue.items.length} documentos? para traduzir ou revisar`) });
    await onPage(page, 'home-translator-pt-BR', async () => {
      await page.getByRole('heading', { name: 'Tarefas de tradução em Português' }).waitFor();
      await link.waitFor();
      // The soonest due first, by its title.
      await page.locator('.task-list li').first().getByText(queue.items[0]!.title).waitFor();
    });
    expect(queue.items.length).toBeGreaterThan(0);
    expect(await link.getAttribute('href')).toBe('/translate');
  });
});
