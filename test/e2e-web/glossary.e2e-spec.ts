import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { signIn } from '../support/identity-fixtures';
import type { TestApi } from '../support/test-app';
import { browserAvailable, onPage } from './browser';
import { DEMO_PASSWORD, type PortalHarness, signInOnPage, startPortalHarness } from './portal-harness';

type Auth = { Authorization: string };
type Term = { text: string; status: string };

/** The glossary and the UI strings pages (issue 14 §6 and §5) in Chromium, against the whole API with the demo data. */
(browserAvailable() ? describe : describe.skip)('the glossary and UI strings in Chromium', () => {
  let harness: PortalHarness;
  let api: TestApi;
  let browser: Browser;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let admin: Auth;

  beforeAll(async () => {
    harness = await startPortalHarness();
    ({ api, browser, base } = harness);
    admin = (await signIn(api, { email: 'admin@bluecarbon.demo', password: DEMO_PASSWORD })).auth;
  });
  afterAll(() => harness?.close());

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  async function termsOf(conceptId: string, locale: string): Promise<Term[]> {
    return (await request(api.server).get(`/api/v1/glossary/${conceptId}`).set(admin).expect(200)).body.terms[locale] ?? [];
  }

  it('lets a reviewer of Chinese search every language and change the Chinese terms only', async () => {
    await signInOnPage(page, base, 'reviewer.zh@bluecarbon.demo');
    await page.getByRole('link', { name: '术语表', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '术语表' }).waitFor();
    const search = page.getByRole('searchbox', { name: '搜索术语' });
    await search.fill('mangrove');
    await search.press('Enter');
    await page.getByText(/与“mangrove”匹配/).waitFor();
    expect(await page.locator('tbody tr').first().getByRole('rowheader').innerText()).toBe('mangrove');

    await search.fill('红树林');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await onPage(page, 'glossary-search-zh-CN', async () => {
      await page.getByText(/与“红树林”匹配/).waitFor();
      const first = page.locator('tbody tr').first();
      expect(await first.getByRole('rowheader').innerText()).toBe('mangrove');
      await first.getByText('manguezal').waitFor();
      await first.locator('.term-forbidden', { hasText: 'mangrove swamp' }).getByText('禁用').waitFor();
    });

    await page.getByRole('link', { name: 'mangrove', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '概念“mangrove”' }).waitFor();
    await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Concept “mangrove”' }).waitFor();
    const chinese = page.getByRole('form', { name: 'Terms in Chinese (China)' });
    await chinese.waitFor();
    // Portuguese and English terms are shown, never offered for editing.
    expect(await page.getByRole('form').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: /Portuguese/ }).count()).toBe(0);
    await page
      .getByRole('region', { name: /Portuguese/ })
      .getByText('manguezal')
      .waitFor();

    await chinese.getByRole('button', { name: 'Add a term' }).click();
    await chinese.getByRole('textbox', { name: 'Term 3 in Chinese (China)' }).fill('红树林湿地');
    await chinese.getByRole('combobox', { name: 'Status of term 3 in Chinese (China)' }).selectOption('forbidden');
    await chinese.getByRole('button', { name: 'Save the terms in Chinese (China)' }).click();
    await onPage(page, 'glossary-edit-en', async () => {
      await page.getByText('Saved. Translation checks use these terms from now on.').waitFor();
      await page
        .getByRole('region', { name: 'History' })
        .getByText(/^Changed \(version 2\)$/)
        .waitFor();
    });
    expect(await termsOf('mangrove', 'zh-CN')).toEqual(
      expect.arrayContaining([
        { text: '红树林', status: 'preferred' },
        { text: '红树', status: 'admitted' },
        { text: '红树林湿地', status: 'forbidden' },
      ]),
    );

    // What the page does not offer, the API refuses too: a Chinese reviewer's token on Portuguese terms.
    const reviewerZh = (await signIn(api, { email: 'reviewer.zh@bluecarbon.demo', password: DEMO_PASSWORD })).auth;
    await request(api.server)
      .put('/api/v1/glossary/mangrove/terms/pt-BR')
      .set(reviewerZh)
      .set('If-Match', '"2"')
      .send({ terms: [{ text: 'mangue', status: 'preferred' }] })
      .expect(403);
  });

  it('shows a reviewer the other person’s terms when both changed them, and overwrites only when asked', async () => {
    await signInOnPage(page, base, 'reviewer.pt@bluecarbon.demo');
    await page.goto(`${base}/glossary/blue-carbon`);
    const portuguese = page.getByRole('form', { name: /^Termos em português/ });
    await portuguese.waitFor();
    await portuguese.getByRole('textbox', { name: /^Termo 1 em português/ }).fill('carbono azul costeiro');
    // Meanwhile, on another device, someone saves other Portuguese terms.
    const current = await request(api.server).get('/api/v1/glossary/blue-carbon').set(admin).expect(200);
    await request(api.server)
      .put('/api/v1/glossary/blue-carbon/terms/pt-BR')
      .set(admin)
      .set('If-Match', current.headers.etag)
      .send({ terms: [{ text: 'carbono azul marinho', status: 'preferred' }] })
      .expect(200);
    await portuguese.getByRole('button', { name: /^Salvar os termos em português/ }).click();
    await onPage(page, 'glossary-conflict-pt-BR', async () => {
      const alert = page.getByRole('alert');
      await alert.getByText(/Outra pessoa alterou estes termos/).waitFor();
      await alert.getByText('carbono azul marinho').waitFor();
    });
    expect(await termsOf('blue-carbon', 'pt-BR')).toEqual([{ text: 'carbono azul marinho', status: 'preferred' }]);
    expect(await portuguese.getByRole('textbox', { name: /^Termo 1 em português/ }).inputValue()).toBe('carbono azul costeiro');
    await page.getByRole('button', { name: 'Salvar os meus termos por cima' }).click();
    await page.getByText(/^Salvo\./).waitFor();
    expect(await termsOf('blue-carbon', 'pt-BR')).toEqual([{ text: 'carbono azul costeiro', status: 'preferred' }]);
  });

  it('shows a translator the glossary read-only', async () => {
    await signInOnPage(page, base, 'translator.zh@bluecarbon.demo');
    await page.getByRole('link', { name: '术语表', exact: true }).click();
    await page.getByRole('link', { name: 'blue-carbon', exact: true }).click();
    await page.getByText('您可以查看术语表。各语言的审校人员负责修改该语言的术语。').waitFor();
    await page.getByRole('region', { name: '中文（中国）' }).getByText('蓝碳').waitFor();
    expect(await page.getByRole('form').count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
  });

  it('lists the keys Portuguese lacks after an upload without them, reports what was applied, and downloads the JSON', async () => {
    const namespace = 'portal-demo';
    const translatorEn = (await signIn(api, { email: 'translator.en@bluecarbon.demo', password: DEMO_PASSWORD })).auth;
    await request(api.server)
      .put(`/api/v1/ui-strings/${namespace}/en`)
      .set(translatorEn)
      .send({
        nav: { home: 'Home', glossary: 'Glossary', projects: 'Projects' },
        title: 'Blue Carbon Portal',
        sites_one: '{{count}} site',
        sites_other: '{{count}} sites',
      })
      .expect(200);

    await signInOnPage(page, base, 'translator.pt@bluecarbon.demo');
    await page.getByRole('link', { name: 'Textos da interface', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Textos da interface' }).waitFor();
    await page.getByLabel('Namespace').selectOption(namespace);
    const upload = page.getByLabel(/^Enviar JSON para português/);
    const file = {
      nav: { home: 'Início', glosario: 'Glossário' },
      title: 'Portal Carbono Azul',
      sites_one: '{{count}} local',
      sites_other: '{{count}} locais',
    };
    await upload.setInputFiles({ name: 'portal-demo.pt-BR.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await onPage(page, 'ui-strings-missing-pt-BR', async () => {
      await page.getByRole('heading', { name: 'Relatório de importação' }).waitFor();
      await page.getByText('4 chaves aplicadas.').waitFor();
      await page.locator('.report code', { hasText: 'nav.glosario' }).waitFor();
      const missing = page.getByRole('list', { name: /^2 chaves faltando em português/ });
      await missing.waitFor();
      expect(await missing.getByRole('listitem').allInnerTexts()).toEqual(['nav.glossary', 'nav.projects']);
      // Three of the five English keys: 60 %.
      await page.getByRole('cell', { name: /^60\s?%$/ }).waitFor();
    });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Baixar JSON \(português/ }).click()]);
    expect(download.suggestedFilename()).toBe('portal-demo.pt-BR.json');
    expect(JSON.parse(readFileSync((await download.path()) as string, 'utf8'))).toEqual(file);

    // A file with a number for a text is refused whole, naming the key.
    await upload.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"nav":{"projects":3}}') });
    await page
      .getByRole('alert')
      .getByText(/Nada foi importado\..*nav\.projects/)
      .waitFor();
    expect(
      await page
        .getByRole('list', { name: /^2 chaves faltando em português/ })
        .getByRole('listitem')
        .count(),
    ).toBe(2);
  });
});
