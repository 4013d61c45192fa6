import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { OutboxRelay } from '@bluecarbon/platform';
import { signIn } from '../support/identity-fixtures';
import { decodeBody } from '../support/smtp';
import type { TestApi } from '../support/test-app';
import { browserAvailable, onPage } from './browser';
import { DEMO_PASSWORD, type PortalHarness, signInOnPage, startPortalHarness } from './portal-harness';

/**
 * The portal in Chromium, against the whole API serving the built web app on a real port, with
 * the demo data and a real SMTP sink. Each look at a page is screenshotted under
 * tmp/screenshots and checked with axe-core.
 */
(browserAvailable() ? describe : describe.skip)('the web portal in Chromium', () => {
  let harness: PortalHarness;
  let api: TestApi;
  let smtp: PortalHarness['smtp'];
  let browser: Browser;
  let base: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    harness = await startPortalHarness();
    ({ api, smtp, browser, base } = harness);
  });
  afterAll(() => harness?.close());

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 800 } });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  it('signs a city coordinator in to what needs their attention in their language, and switches to 中文 for good', async () => {
    await page.goto(base);
    await onPage(page, 'sign-in-en', async () => {
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    });
    // The browser asks for English; the account's own language (pt-BR) wins once signed in.
    await signInOnPage(page, base, 'coordinator@niteroi.demo');
    await onPage(page, 'home-coordinator-pt-BR', async () => {
      await page.getByRole('heading', { level: 1, name: 'Olá, Coordenadora de Niterói' }).waitFor();
      await page.getByText(/etapas? para trabalhar/).waitFor();
    });

    await page.getByRole('button', { name: '中文' }).click();
    await onPage(page, 'home-coordinator-zh-CN', async () => {
      await page.getByRole('heading', { level: 1, name: '您好，Coordenadora de Niterói' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await page.getByRole('button', { name: '退出登录' }).waitFor();
    });
    // Remembered on the account, not only in this tab.
    const session = await signIn(api, { email: 'coordinator@niteroi.demo', password: DEMO_PASSWORD });
    const me = await request(api.server).get('/api/v1/me').set(session.auth).expect(200);
    expect(me.body.preferredLocale).toBe('zh-CN');
    await request(api.server).patch('/api/v1/me').set(session.auth).set('If-Match', `"${me.body.version}"`).send({ preferredLocale: 'pt-BR' }).expect(200);

    await page.getByRole('link', { name: '打开尼泰罗伊的加入进度' }).click();
    await onPage(page, 'case-coordinator-zh-CN', async () => {
      await page.getByRole('heading', { level: 1, name: '尼泰罗伊的加入进度' }).waitFor();
      await page.getByRole('heading', { level: 2, name: '步骤' }).waitFor();
    });
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '登录' }).waitFor();
  });

  it('accepts an invitation from the mail in Portuguese, with the password rules and the refusal next to the field', async () => {
    const steward = await signIn(api, { email: 'steward@shenzhen.demo', password: DEMO_PASSWORD });
    const me = await request(api.server).get('/api/v1/me').set(steward.auth).expect(200);
    const organisationId = me.body.memberships[0].organisation.id as string;
    const email = `convidada.${Date.now()}@example.org`;
    await request(api.server)
      .post(`/api/v1/organisations/${organisationId}/invitations`)
      .set(steward.auth)
      .send({ email, role: 'steward', locale: 'pt-BR' })
      .expect(201);
    await api.app.get(OutboxRelay).runOnce();
    const mail = smtp.mails.find((candidate) => candidate.to.includes(email));
    const link = /(http:\/\/\S+\/invitations\/accept\?token=[A-Za-z0-9_-]+)/.exec(decodeBody(mail?.raw ?? ''))?.[1];
    expect(link).toBeDefined();

    await context.close();
    context = await browser.newContext({ locale: 'pt-BR', viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    await page.goto(link!);
    await page.getByLabel('Seu nome').fill('Ana Souza');
    await page.getByLabel('Senha').fill('curta');
    await page.getByRole('button', { name: 'Criar minha conta' }).click();
    await onPage(page, 'invitation-refused-pt-BR', async () => {
      await page.getByText('De 12 a 256 caracteres').waitFor();
      // The API's own message, in Portuguese, tied to the password input.
      const password = page.getByLabel('Senha');
      // A locator, not waitForFunction: its string predicate, once it has to poll, is an eval the page's CSP refuses.
      await page.locator('input[name=password][aria-invalid=true]').waitFor();
      const described = (await password.getAttribute('aria-describedby')) ?? '';
      const fieldError = await page.locator(`[id="${described.split(' ').pop()}"]`).innerText();
      expect(fieldError).toMatch(/senha|caracteres/i);
    });
    await page.getByLabel('Senha').fill('manguezais seguram a costa');
    await page.getByRole('button', { name: 'Criar minha conta' }).click();
    await onPage(page, 'invitation-accepted-pt-BR', async () => {
      await page.getByText('Sua conta está pronta').waitFor();
    });
    await page.getByRole('link', { name: 'Ir para a entrada' }).click();
    await signInOnPage(page, base, email, 'manguezais seguram a costa');
    await page.getByRole('heading', { level: 1, name: 'Olá, Ana Souza' }).waitFor();
  });

  it('resets a forgotten password through the mailed link', async () => {
    await page.goto(base);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('E-mail address').fill('reviewer.en@bluecarbon.demo');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('the link is on its way').waitFor();
    await api.app.get(OutboxRelay).runOnce();
    const mail = smtp.mails.find((candidate) => candidate.to.includes('reviewer.en@bluecarbon.demo'));
    const link = /(http:\/\/\S+\/password\/reset\?token=[A-Za-z0-9_-]+)/.exec(decodeBody(mail?.raw ?? ''))?.[1];
    expect(link).toBeDefined();
    await page.goto(link!);
    await page.getByLabel('New password').fill('tides return twice a day');
    await onPage(page, 'password-reset-en', async () => {
      await page.getByText('12 to 256 characters').waitFor();
    });
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('Your password is changed').waitFor();
    await signIn(api, { email: 'reviewer.en@bluecarbon.demo', password: 'tides return twice a day' });
  });

  it('shows ICLEI the network overview, filtered by country', async () => {
    await signInOnPage(page, base, 'observer@iclei.demo');
    await page.getByRole('link', { name: 'Network overview' }).first().click();
    await onPage(page, 'overview-observer-en', async () => {
      await page.getByRole('heading', { level: 1, name: 'Partner onboarding' }).waitFor();
      await page.getByRole('row', { name: /Niterói/ }).waitFor();
      await page.getByRole('row', { name: /Enping/ }).waitFor();
      expect(await page.getByRole('progressbar').count()).toBeGreaterThan(0);
    });
    await page.getByLabel('Country').selectOption('BR');
    await onPage(page, 'overview-observer-brazil-en', async () => {
      await page.getByRole('row', { name: /Enping/ }).waitFor({ state: 'detached' });
      await page.getByRole('row', { name: /Niterói/ }).waitFor();
    });
    await page.getByRole('button', { name: 'Português' }).click();
    await onPage(page, 'overview-observer-pt-BR', async () => {
      await page.getByRole('heading', { level: 1, name: 'Adesão dos parceiros' }).waitFor();
    });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partner onboarding' }).waitFor();
  });

  it('takes a step through submit with evidence, changes requested, resubmit and approval, and ICLEI sees the progress', async () => {
    const observer = await signIn(api, { email: 'observer@iclei.demo', password: DEMO_PASSWORD });
    const niteroi = async () =>
      (
        (await request(api.server).get('/api/v1/onboarding/overview?country=BR').set(observer.auth).expect(200)).body.partners as {
          code: string;
          caseId: string;
          percentComplete: number;
        }[]
      ).find((partner) => partner.code === 'BR-RJ-NITEROI')!;
    const before = await niteroi();
    const view = (await request(api.server).get(`/api/v1/onboarding/cases/${before.caseId}`).set(observer.auth).expect(200)).body as {
      steps: { state: string; evidenceRequired: string[]; title: Record<string, string> }[];
    };
    const step = view.steps.find((candidate) => candidate.state === 'open' && candidate.evidenceRequired.join() === 'file');
    expect(step).toBeDefined();
    const caseUrl = `${base}/onboarding/cases/${before.caseId}`;

    // The city (in Portuguese) adds a file and hands the step in.
    await signInOnPage(page, base, 'coordinator@niteroi.demo');
    await page.getByRole('heading', { level: 1, name: /^Olá/ }).waitFor();
    await page.goto(caseUrl);
    const cityStep = () => page.locator('li.step', { hasText: step!.title['pt-BR'] ?? step!.title.en! });
    await cityStep().locator('summary').click();
    await cityStep()
      .getByLabel('Adicionar arquivo')
      .setInputFiles({ name: 'carta-de-adesao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    await cityStep().getByText('carta-de-adesao.pdf').waitFor();
    await cityStep().getByRole('button', { name: 'Enviar para revisão' }).click();
    await onPage(page, 'case-city-submitted-pt-BR', async () => {
      await cityStep().getByText('Enviada', { exact: true }).waitFor();
    });

    // The steward (in Chinese) asks for changes, with a reason.
    const steward = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1200, height: 800 } });
    const stewardPage = await steward.newPage();
    try {
      await stewardPage.goto(base);
      await stewardPage.getByLabel('电子邮箱').fill('steward@shenzhen.demo');
      await stewardPage.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
      await stewardPage.getByRole('button', { name: '登录' }).click();
      await onPage(stewardPage, 'home-steward-zh-CN', async () => {
        await stewardPage.getByRole('heading', { level: 1, name: /^您好/ }).waitFor();
        // Niterói's step just handed in is among them.
        await stewardPage.getByText(/^[1-9]\d* 份待审核的提交$/).waitFor();
      });
      await stewardPage.goto(caseUrl);
      const stewardStep = () => stewardPage.locator('li.step', { hasText: step!.title['zh-CN'] ?? step!.title.en! });
      await stewardStep().locator('summary').click();
      await stewardStep().getByLabel('理由').fill('请附上市长签字的版本。');
      await stewardStep().getByRole('button', { name: '要求修改' }).click();
      await onPage(stewardPage, 'case-steward-changes-requested-zh-CN', async () => {
        await stewardStep().getByText('需修改', { exact: true }).waitFor();
      });

      // The city sees the reason and hands it in again; the steward approves.
      await page.reload();
      await cityStep().getByText('Decisão: 请附上市长签字的版本。').waitFor();
      await cityStep().locator('summary').click();
      await cityStep().getByRole('button', { name: 'Enviar para revisão' }).click();
      await cityStep().getByText('Enviada', { exact: true }).waitFor();

      await stewardPage.reload();
      await stewardStep().locator('summary').click();
      await stewardStep().getByRole('button', { name: '批准' }).click();
      await onPage(stewardPage, 'case-steward-approved-zh-CN', async () => {
        await stewardStep().getByText('已批准', { exact: true }).waitFor();
      });
    } finally {
      await steward.close();
    }

    // ICLEI's overview moved on.
    const after = await niteroi();
    expect(after.percentComplete).toBeGreaterThan(before.percentComplete);
    await page.getByRole('button', { name: 'Sair' }).click();
    await page.getByRole('heading', { name: 'Entrar' }).waitFor();
    await signInOnPage(page, base, 'observer@iclei.demo');
    await onPage(page, 'overview-observer-after-approval-en', async () => {
      await page.getByRole('link', { name: 'Network overview' }).first().click();
      await page.getByRole('progressbar', { name: `Niterói: ${after.percentComplete}% complete` }).waitFor();
    });
  });
});
