import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { review, saveTranslation, segmentsOf, type SegmentRow } from '../support/documents-fixtures';
import { signIn } from '../support/identity-fixtures';
import type { TestApi } from '../support/test-app';
import { browserAvailable, onPage } from './browser';
import { DEMO_PASSWORD, type PortalHarness, signInOnPage, startPortalHarness } from './portal-harness';

type Auth = { Authorization: string };
const TITLE = 'Zhenhai Bay restoration plan';
const MARKDOWN = `# Zhenhai Bay restoration

Enping has 68 hectares of mangrove in Zhenhai Bay.

The reserve is managed by the city.

- Crediting period: 20 years
`;

/** Documents in the portal (issue 14 §4 and the Markdown export of §5), in Chromium against the whole API with the demo data. */
(browserAvailable() ? describe : describe.skip)('documents in Chromium', () => {
  let harness: PortalHarness;
  let api: TestApi;
  let browser: Browser;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let coordinator: Auth;
  let documentId: string;

  beforeAll(async () => {
    harness = await startPortalHarness();
    ({ api, browser, base } = harness);
    coordinator = (await signIn(api, { email: 'coordinator@enping.demo', password: DEMO_PASSWORD })).auth;
  });
  afterAll(() => harness?.close());

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  /** Signs in and switches the portal to `language` (the switcher's button, as a user would). */
  async function signInAs(email: string, language: 'English' | '中文' | 'Português'): Promise<void> {
    await signInOnPage(page, base, email);
    const switcher = page.getByRole('button', { name: language, exact: true });
    if ((await switcher.getAttribute('aria-pressed')) !== 'true') await switcher.click();
    await page.locator(`.language-switcher button[aria-pressed="true"]`, { hasText: language }).waitFor();
  }

  const current = async () => (await request(api.server).get(`/api/v1/documents/${documentId}`).set(coordinator).expect(200)).body as { markdown: string };

  it('creates a document from pasted Markdown, showing the API’s messages at their fields', async () => {
    await signInAs('coordinator@enping.demo', 'English');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    await page.getByRole('link', { name: 'New document' }).click();
    await page.getByLabel('Written in').selectOption('en');
    await page.getByRole('checkbox', { name: /Portuguese/ }).uncheck();
    // Neither a title nor a target language: the API says so at both fields.
    await page.getByRole('button', { name: 'Create document' }).click();
    await onPage(page, 'documents-new-en', async () => {
      await page.getByRole('textbox', { name: 'Title' }).and(page.locator('[aria-invalid="true"]')).waitFor();
      await page.getByRole('group', { name: 'Translate into' }).locator('.field-error').waitFor();
    });
    await page.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await page.getByRole('checkbox', { name: /Chinese/ }).check();
    await page.getByLabel('Translations due').fill('2027-03-31');
    await page.getByRole('textbox', { name: 'Text (Markdown)' }).fill(MARKDOWN);
    await page.getByRole('button', { name: 'Create document' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Revision 1 saved.').waitFor();
    await page.getByText(/Segments that kept their translations: 0; changed .*: 0; new: 4; removed: 0\./).waitFor();
    documentId = /\/documents\/([0-9a-f-]{36})$/.exec(page.url())?.[1] as string;
    expect((await current()).markdown).toBe(MARKDOWN);
  });

  it('shows a merge prompt when someone saved in between, overwrites nothing, and saves the merge', async () => {
    await signInAs('coordinator@enping.demo', '中文');
    await page.goto(`${base}/documents/${documentId}`);
    const editor = page.getByRole('textbox', { name: '英语原文（Markdown）' });
    await editor.fill(MARKDOWN.replace('68 hectares', '70 hectares'));
    await page.getByRole('textbox', { name: '更改说明（修订说明）' }).fill('Area after the 2026 survey');

    // Meanwhile another session saves a revision that changes another line.
    const etag = (await request(api.server).get(`/api/v1/documents/${documentId}`).set(coordinator).expect(200)).headers.etag as string;
    const theirs = MARKDOWN.replace('managed by the city', 'managed by Enping');
    await request(api.server).post(`/api/v1/documents/${documentId}/revisions`).set(coordinator).set('If-Match', etag).send({ markdown: theirs }).expect(201);

    await page.getByRole('button', { name: '保存为新修订版' }).click();
    const prompt = page.getByRole('alertdialog', { name: '在此期间其他人保存了此文档' });
    await onPage(page, 'documents-merge-zh-CN', async () => {
      await prompt.waitFor();
      await prompt.locator('.diff-delete del', { hasText: '68' }).waitFor();
      await prompt.locator('.diff-insert ins', { hasText: '70' }).waitFor();
      await prompt.locator('.diff-delete del', { hasText: 'Enping' }).waitFor();
    });
    // Nothing was written over theirs.
    expect((await current()).markdown).toBe(theirs);
    await prompt.getByRole('button', { name: '编辑合并后的文本' }).click();
    await page.getByText('两份文本已在下方合并：您和对方修改的是不同的行。请检查后保存。').waitFor();
    const merged = MARKDOWN.replace('68 hectares', '70 hectares').replace('managed by the city', 'managed by Enping');
    expect(await editor.inputValue()).toBe(merged);
    await page.getByRole('button', { name: '保存为新修订版' }).click();
    await page.getByText('修订版 3 已保存。').waitFor();
    await page.getByText(/3 个句段保留了译文，1 个已更改/).waitFor();
    expect((await current()).markdown).toBe(merged);
  });

  it('lists the revisions with their messages and what changed in each', async () => {
    await signInAs('coordinator@enping.demo', 'Português');
    await page.goto(`${base}/documents/${documentId}`);
    await page.getByRole('link', { name: 'Revisões e o que mudou' }).click();
    await onPage(page, 'documents-revisions-pt-BR', async () => {
      await page.getByRole('heading', { level: 1, name: `Revisões de ${TITLE}` }).waitFor();
      const newest = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Revisão 3' }) });
      await newest.getByText('Area after the 2026 survey').waitFor();
      // Counts as labels, so that "1 alterado" never reads "1 alterados".
      await newest.getByText(/^Segmentos: 4 \(mantidos 3, alterados 1, novos 0, removidos 0\)\.$/).waitFor();
      const changes = newest.getByRole('group', { name: 'Alterações da revisão 2 para a 3' });
      await changes.locator('del', { hasText: '68' }).waitFor();
      await changes.locator('ins', { hasText: '70' }).waitFor();
    });
    const second = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Revisão 2' }) });
    await second.getByText('Mostrar o que mudou desde a revisão 1').click();
    await second.getByRole('group', { name: 'Alterações da revisão 1 para a 2' }).locator('ins', { hasText: 'Enping' }).waitFor();
  });

  it('publishes a locale partially after explaining the fallback, shows the fallback marked and exports the Markdown', async () => {
    // One segment translated and approved in Chinese; the rest will fall back to English.
    const reviewerZh = (await signIn(api, { email: 'reviewer.zh@bluecarbon.demo', password: DEMO_PASSWORD })).auth;
    const rows = await segmentsOf(api, documentId, 'zh-CN', reviewerZh);
    const heading = rows.find((row) => row.sourceText === 'Zhenhai Bay restoration') as SegmentRow;
    const saved = await saveTranslation(api, reviewerZh, documentId, heading, 'zh-CN', '镇海湾修复').expect(200);
    await review(api, reviewerZh, documentId, saved.body, 'zh-CN', 'approved').expect(200);

    await signInAs('steward@shenzhen.demo', '中文');
    await page.goto(`${base}/documents/${documentId}`);
    await page.getByRole('img', { name: /^中文（中国）的进度.*已批准 1/ }).waitFor();
    await page.getByRole('button', { name: '发布中文（中国）版本' }).click();
    await page.getByText(/^中文（中国）的句段尚未全部批准：4 个中已批准 1 个/).waitFor();
    await page.getByRole('button', { name: '部分发布' }).click();
    await page.getByText('中文（中国）版本已部分发布：3 个句段以原文语言显示，并已标记。').waitFor();

    await page.getByRole('link', { name: '阅读中文（中国）版本' }).click();
    await onPage(page, 'documents-rendered-zh-CN', async () => {
      await page.getByRole('heading', { level: 1, name: `《${TITLE}》中文（中国）版本` }).waitFor();
      await page.locator('article h1', { hasText: '镇海湾修复' }).waitFor();
      // The English left in is marked with words, before the text and in its language.
      const fallback = page.locator('article .source-fallback[lang="en"]', { hasText: 'managed by Enping' });
      await fallback.waitFor();
      expect(await page.locator('article .fallback-label').count()).toBe(3);
      await page.locator('article .fallback-label', { hasText: '尚未翻译，以英语显示：' }).first().waitFor();
      await page.getByText('3 个句段尚未翻译，以英语显示。').waitFor();
    });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载中文（中国）版本（Markdown）' }).click()]);
    expect(download.suggestedFilename()).toBe(`${documentId}.zh-CN.md`);
    const exported = readFileSync((await download.path()) as string, 'utf8');
    expect(exported).toContain('# 镇海湾修复');
    expect(exported).toContain('Enping has 70 hectares of mangrove in Zhenhai Bay.');
  });
});
