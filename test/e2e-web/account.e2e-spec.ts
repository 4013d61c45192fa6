import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { signIn } from '../support/identity-fixtures';
import type { TestApi } from '../support/test-app';
import { browserAvailable, onPage } from './browser';
import { DEMO_PASSWORD, type PortalHarness, signInOnPage, startPortalHarness, until } from './portal-harness';

/** The account pages (profile, notification preferences) in Chromium, against the whole API with the demo data. */
(browserAvailable() ? describe : describe.skip)('the account pages in Chromium', () => {
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

  it('keeps a chosen time zone after a reload, shows a refused name at its field and a change made elsewhere as a conflict', async () => {
    // A narrow phone screen and Portuguese (the account's language): the long labels must fit.
    await context.close();
    context = await browser.newContext({ locale: 'pt-BR', viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    await signInOnPage(page, base, 'coordinator@niteroi.demo');
    await page.getByRole('link', { name: 'Seu perfil' }).click();
    const zone = page.getByLabel('Fuso horário');
    await onPage(page, 'profile-pt-BR', async () => {
      await page.getByRole('heading', { level: 1, name: 'Seu perfil' }).waitFor();
      // Nobody chose a zone yet: it follows Niterói's.
      expect(await zone.inputValue()).toBe('');
      await page.getByRole('option', { name: 'Padrão: America/Sao_Paulo' }).waitFor({ state: 'attached' });
    });

    await zone.selectOption('Asia/Shanghai');
    await page.getByRole('button', { name: 'Salvar' }).click();
    await page.getByText('Seu perfil foi salvo.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Seu perfil' }).waitFor();
    expect(await page.getByLabel('Fuso horário').inputValue()).toBe('Asia/Shanghai');
    const session = await signIn(api, { email: 'coordinator@niteroi.demo', password: DEMO_PASSWORD });
    const saved = await request(api.server).get('/api/v1/me').set(session.auth).expect(200);
    expect(saved.body).toMatchObject({ timeZone: 'Asia/Shanghai', timeZoneChosen: true });

    // A refused name: the API's message, in Portuguese, next to the name input.
    await page.getByLabel('Seu nome').fill('   ');
    await page.getByRole('button', { name: 'Salvar' }).click();
    await onPage(page, 'profile-refused-pt-BR', async () => {
      await page.locator('input[name=displayName][aria-invalid=true]').waitFor();
      const described = (await page.getByLabel('Seu nome').getAttribute('aria-describedby')) ?? '';
      expect(await page.locator(`[id="${described.split(' ').pop()}"]`).innerText()).not.toBe('');
    });

    // Someone changes the profile elsewhere; this form's save is refused, not written over it.
    await request(api.server).patch('/api/v1/me').set(session.auth).set('If-Match', `"${saved.body.version}"`).send({ displayName: 'Outra aba' }).expect(200);
    await page.getByLabel('Seu nome').fill('Coordenadora Ana');
    await page.getByRole('button', { name: 'Salvar' }).click();
    await onPage(page, 'profile-conflict-pt-BR', async () => {
      await page.getByText(/Isto foi alterado em outro lugar/).waitFor();
    });
    expect((await request(api.server).get('/api/v1/me').set(session.auth).expect(200)).body.displayName).toBe('Outra aba');
    await page.getByRole('button', { name: 'Recarregar a versão atual' }).click();
    await until(async () => (await page.getByLabel('Seu nome').inputValue()) === 'Outra aba');
    await page.getByText(/Isto foi alterado em outro lugar/).waitFor({ state: 'detached' });

    // The notification preferences on the same narrow screen, in Portuguese.
    await page.getByRole('link', { name: 'Preferências de notificação' }).click();
    await onPage(page, 'notifications-pt-BR', async () => {
      await page.getByRole('group', { name: 'Foram pedidas alterações numa etapa' }).getByRole('radio', { name: 'Resumo diário' }).waitFor();
    });
  });

  it('saves "never" for one kind of notification, kept after a reload', async () => {
    await signInOnPage(page, base, 'observer@iclei.demo');
    await page.goto(`${base}/me/notifications`);
    const overdue = page.getByRole('group', { name: 'A step is overdue' });
    await onPage(page, 'notifications-en', async () => {
      await page.getByRole('heading', { level: 1, name: 'Notification preferences' }).waitFor();
      expect(await overdue.getByRole('radio', { name: 'Immediately' }).isChecked()).toBe(true);
    });
    await overdue.getByRole('radio', { name: 'Never' }).check();
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await onPage(page, 'notifications-saved-en', async () => {
      await page.getByText('Your preferences are saved.').waitFor();
    });
    await page.reload();
    await page.getByRole('group', { name: 'A step is overdue' }).waitFor();
    expect(await page.getByRole('group', { name: 'A step is overdue' }).getByRole('radio', { name: 'Never' }).isChecked()).toBe(true);
    const session = await signIn(api, { email: 'observer@iclei.demo', password: DEMO_PASSWORD });
    const preferences = await request(api.server).get('/api/v1/me/notification-preferences').set(session.auth).expect(200);
    expect(preferences.body.choices).toContainEqual({ kind: 'step_overdue', delivery: 'never' });
    expect(preferences.body.choices).toContainEqual({ kind: 'step_submitted', delivery: 'immediately' });
  });

  it('shows both pages in Chinese, reachable from the navigation', async () => {
    await signInOnPage(page, base, 'steward@shenzhen.demo');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('link', { name: '个人资料' }).click();
    await onPage(page, 'profile-zh-CN', async () => {
      await page.getByRole('heading', { level: 1, name: '个人资料' }).waitFor();
      await page.getByLabel('时区').waitFor();
    });
    await page.getByRole('link', { name: '通知设置' }).click();
    await onPage(page, 'notifications-zh-CN', async () => {
      await page.getByRole('heading', { level: 1, name: '通知设置' }).waitFor();
      await page.getByRole('group', { name: '某个步骤已逾期' }).getByRole('radio', { name: '从不' }).waitFor();
    });
  });

  it("lets a city's coordinator disable, enable and change the role of their city's members", async () => {
    await signInOnPage(page, base, 'coordinator@enping.demo');
    await page.getByRole('link', { name: '成员' }).click();
    const row = page.getByRole('row', { name: /恩平 填报员/ });
    await onPage(page, 'members-coordinator-zh-CN', async () => {
      await page.getByRole('heading', { level: 1, name: /^恩平.*的成员$/ }).waitFor();
      await row.getByRole('cell', { name: '正常' }).waitFor();
    });
    await row.getByRole('button', { name: '停用恩平 填报员的账号' }).click();
    await row.getByRole('cell', { name: '已停用' }).waitFor();
    const session = await signIn(api, { email: 'coordinator@enping.demo', password: DEMO_PASSWORD });
    const me = await request(api.server).get('/api/v1/me').set(session.auth).expect(200);
    const members = async () =>
      (await request(api.server).get(`/api/v1/organisations/${me.body.memberships[0].organisation.id}/members`).set(session.auth).expect(200)).body as {
        email: string;
        role: string;
        status: string;
      }[];
    expect((await members()).find((member) => member.email === 'contributor@enping.demo')?.status).toBe('disabled');
    await row.getByRole('button', { name: '启用恩平 填报员的账号' }).click();
    await row.getByRole('cell', { name: '正常' }).waitFor();

    await row.getByLabel('恩平 填报员的角色').selectOption('coordinator');
    await row.getByRole('button', { name: '保存角色' }).click();
    await onPage(page, 'members-role-changed-zh-CN', async () => {
      await row.getByRole('button', { name: '保存角色' }).waitFor({ state: 'detached' });
    });
    expect((await members()).find((member) => member.email === 'contributor@enping.demo')).toMatchObject({ role: 'coordinator', status: 'active' });
  });
});
