import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { createDocument, review, saveTranslation, segmentsOf, type SegmentRow } from '../support/documents-fixtures';
import { signIn } from '../support/identity-fixtures';
import type { TestApi } from '../support/test-app';
import { browserAvailable, onPage } from './browser';
import { DEMO_PASSWORD, type PortalHarness, signInOnPage, startPortalHarness, until } from './portal-harness';

type Auth = { Authorization: string };
const WORK_MARKDOWN = '# Zhenhai Bay\n\nThe project applies the mangrove carbon sink methodology to 68 hectares.\n\nThe reserve is managed by **Enping**.\n';

/** The translator workbench (issue 14) in Chromium, against the whole API with the demo data. */
(browserAvailable() ? describe : describe.skip)('the translator workbench in Chromium', () => {
  let harness: PortalHarness;
  let api: TestApi;
  let browser: Browser;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let coordinator: Auth;
  let translatorZh: Auth;
  let work: { id: string; version: number };

  beforeAll(async () => {
    harness = await startPortalHarness();
    ({ api, browser, base } = harness);
    coordinator = (await signIn(api, { email: 'coordinator@enping.demo', password: DEMO_PASSWORD })).auth;
    translatorZh = (await signIn(api, { email: 'translator.zh@bluecarbon.demo', password: DEMO_PASSWORD })).auth;
    const reviewerZh = (await signIn(api, { email: 'reviewer.zh@bluecarbon.demo', password: DEMO_PASSWORD })).auth;
    // An approved pair in the memory, a fuzzy match for the sentence to translate (86, not 68; no 红树林).
    const earlier = await createDocument(api, coordinator, {
      jurisdictionCode: 'CN-GD-ENPING',
      sourceLocale: 'en',
      targetLocales: ['zh-CN'],
      markdown: 'The project applies the mangrove carbon sink methodology to 86 hectares.',
    });
    const [pair] = await segmentsOf(api, earlier.id, 'zh-CN', reviewerZh);
    const saved = await saveTranslation(api, reviewerZh, earlier.id, pair as SegmentRow, 'zh-CN', '项目对86公顷采用碳汇方法学。').expect(200);
    await review(api, reviewerZh, earlier.id, saved.body, 'zh-CN', 'approved').expect(200);
    work = await createDocument(api, coordinator, {
      title: 'Zhenhai Bay reserve note',
      jurisdictionCode: 'CN-GD-ENPING',
      sourceLocale: 'en',
      targetLocales: ['zh-CN'],
      dueOn: '2027-01-15',
      markdown: WORK_MARKDOWN,
    });
  });
  afterAll(() => harness?.close());

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterEach(() => context?.close());

  const editorUrl = (id: string, locale: string) => `${base}/translate/documents/${id}/${locale}`;
  const translation = () => page.getByRole('textbox', { name: /^(Translation|译文|Tradução)$/ });

  async function workSegment(pattern: RegExp, auth: Auth = translatorZh): Promise<SegmentRow> {
    const rows = await segmentsOf(api, work.id, 'zh-CN', auth);
    return rows.find((row) => pattern.test(row.sourceText)) as SegmentRow;
  }

  it('lets a translator use a memory suggestion, see QA before saving, fix it and save with the keyboard', async () => {
    await signInOnPage(page, base, 'translator.zh@bluecarbon.demo');
    await page.getByRole('link', { name: '翻译', exact: true }).click();
    await onPage(page, 'workbench-queue-zh-CN', async () => {
      await page.getByRole('heading', { level: 1, name: '翻译任务' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Zhenhai Bay reserve note' }).waitFor();
      // The demo's Taishan description is in the queue too: this note's own bar.
      await page
        .getByRole('listitem')
        .filter({ hasText: 'Zhenhai Bay reserve note' })
        .getByRole('img', { name: /^中文（中国）的进度/ })
        .waitFor();
    });
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Zhenhai Bay reserve note' })
      .getByRole('link', { name: /^翻译为/ })
      .click();
    await page.getByRole('button', { name: /68 hectares/ }).click();
    await page.getByText('项目对86公顷采用碳汇方法学。').waitFor();
    await translation().focus();
    await page.keyboard.press('Alt+1');
    expect(await translation().inputValue()).toBe('项目对86公顷采用碳汇方法学。');
    await onPage(page, 'workbench-editor-qa-zh-CN', async () => {
      await page.locator('.finding-error', { hasText: '68' }).waitFor();
      await page.locator('.finding-warning', { hasText: '红树林' }).waitFor();
      await page.locator('mark.term', { hasText: 'methodology' }).first().waitFor();
    });
    await translation().fill('项目对68公顷红树林采用碳汇方法学。');
    await page.locator('.finding-error').waitFor({ state: 'detached' });
    await translation().press('Control+Enter');
    await page.getByText('已保存。').waitFor();
    expect(await workSegment(/68 hectares/)).toMatchObject({ text: '项目对68公顷红树林采用碳汇方法学。', state: 'translated' });

    // A broken placeholder is refused in the browser, before any request.
    await page.getByRole('button', { name: /managed by/ }).click();
    await page.locator('.source-box button.chip').first().waitFor();
    await translation().fill('保护区由恩平管理。');
    await translation().press('Control+Enter');
    await onPage(page, 'workbench-token-refused-zh-CN', async () => {
      await page.getByText(/未保存：原文的占位符必须保持不变/).waitFor();
      await page.locator('.finding-error', { hasText: '{1}' }).first().waitFor();
    });
    expect((await workSegment(/managed by/)).text).toBeNull();
  });

  it('lets a reviewer approve, and shows a changed source as outdated with the difference', async () => {
    await signInOnPage(page, base, 'reviewer.zh@bluecarbon.demo');
    await page.goto(editorUrl(work.id, 'zh-CN'));
    await page.getByRole('button', { name: /68 hectares/ }).click();
    await page.getByRole('button', { name: '批准', exact: true }).click();
    await page.getByText('已保存。').waitFor();
    expect((await workSegment(/68 hectares/)).state).toBe('approved');

    const current = await request(api.server).get(`/api/v1/documents/${work.id}`).set(coordinator).expect(200);
    await request(api.server)
      .post(`/api/v1/documents/${work.id}/revisions`)
      .set(coordinator)
      .set('If-Match', current.headers.etag)
      .send({ markdown: WORK_MARKDOWN.replace('68 hectares', '70 hectares') })
      .expect(201);
    await page.reload();
    await page.getByLabel('显示').selectOption('outdated');
    await page.getByRole('button', { name: /70 hectares/ }).click();
    await onPage(page, 'workbench-outdated-zh-CN', async () => {
      await page.getByRole('heading', { name: '翻译之后原文已更改' }).waitFor();
      await page.locator('.diff del', { hasText: '68' }).waitFor();
      await page.locator('.diff ins', { hasText: '70' }).waitFor();
    });
  });

  it('downloads an XLIFF, takes it back edited and shows what was applied and what was refused and why', async () => {
    const translatorEn = (await signIn(api, { email: 'translator.en@bluecarbon.demo', password: DEMO_PASSWORD })).auth;
    const [demo] = (await request(api.server).get('/api/v1/translation-tasks').set(translatorEn).expect(200)).body.items as { documentId: string }[];
    await signInOnPage(page, base, 'translator.en@bluecarbon.demo');
    await page.getByRole('link', { name: 'Translate', exact: true }).click();
    await onPage(page, 'workbench-queue-en', async () => {
      await page.getByRole('heading', { level: 1, name: 'Translation queue' }).waitFor();
      await page.getByRole('img', { name: /^Progress in English: Approved 9/ }).waitFor();
    });
    await page.getByRole('link', { name: 'Translate into English' }).click();
    await onPage(page, 'workbench-editor-en', async () => {
      await page.getByRole('heading', { level: 2, name: /^Segment \d+$/ }).waitFor();
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download XLIFF' }).click()]);
    const xliff = readFileSync((await download.path()) as string, 'utf8');
    // Meanwhile someone changes "Overview": the file's edit of it must not revert that.
    const rows = await segmentsOf(api, demo!.documentId, 'en', translatorEn);
    const overview = rows.find((row) => row.text === 'Overview') as SegmentRow;
    await saveTranslation(api, translatorEn, demo!.documentId, overview, 'en', 'Overview (2026)').expect(200);
    const edited = xliff.replace('>Next steps<', '>Next steps ahead<').replace('>Overview<', '>Project overview<');
    await page.getByLabel('Upload XLIFF').setInputFiles({ name: 'edited.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(edited) });
    await onPage(page, 'workbench-import-report-en', async () => {
      await page.getByRole('heading', { name: 'Import report' }).waitFor();
      await page.getByText(/^1 applied, .* 1 refused\.$/).waitFor();
      await page.locator('.report q', { hasText: 'Project overview' }).waitFor();
    });
    const after = await segmentsOf(api, demo!.documentId, 'en', translatorEn);
    expect(after.find((row) => row.segmentId === overview.segmentId)?.text).toBe('Overview (2026)');
    expect(after.some((row) => row.text === 'Next steps ahead')).toBe(true);
  });

  it('shows two translators of one segment a conflict, never a lost update', async () => {
    const other = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const second = await other.newPage();
    try {
      await signInOnPage(page, base, 'translator.zh@bluecarbon.demo');
      await signInOnPage(second, base, 'reviewer.zh@bluecarbon.demo');
      for (const tab of [page, second]) {
        await tab.goto(editorUrl(work.id, 'zh-CN'));
        await tab.getByRole('button', { name: /^1 Zhenhai Bay/ }).click();
      }
      await translation().fill('镇海湾');
      await translation().press('Control+Enter');
      await page.getByText('已保存。').waitFor();
      const secondBox = second.getByRole('textbox', { name: '译文', exact: true });
      await secondBox.fill('镇海湾保护区');
      await secondBox.press('Control+Enter');
      await onPage(second, 'workbench-conflict-zh-CN', async () => {
        await second.getByText(/其他人已保存了它/).waitFor();
        await second.getByRole('alert').getByText('镇海湾', { exact: true }).waitFor();
      });
      expect((await workSegment(/^Zhenhai Bay$/)).text).toBe('镇海湾');
      await second.getByRole('button', { name: '用我的译文覆盖' }).click();
      await until(async () => (await workSegment(/^Zhenhai Bay$/)).text === '镇海湾保护区');
    } finally {
      await other.close();
    }
  });

  it('opens and scrolls a 2,000-segment document in Portuguese (timings logged, not asserted)', async () => {
    const markdown = Array.from({ length: 2000 }, (_, index) => `红树林第${index + 1}段记录了镇海湾的保护工作。`).join('\n\n');
    const big = await createDocument(api, coordinator, {
      title: 'Long record',
      jurisdictionCode: 'CN-GD-ENPING',
      sourceLocale: 'zh-CN',
      targetLocales: ['pt-BR'],
      markdown,
    });
    await signInOnPage(page, base, 'translator.pt@bluecarbon.demo');
    await page.getByRole('link', { name: 'Traduzir', exact: true }).click();
    await onPage(page, 'workbench-queue-pt-BR', async () => {
      await page.getByRole('heading', { level: 1, name: 'Fila de tradução' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Long record' }).waitFor();
    });
    const started = Date.now();
    await page.goto(editorUrl(big.id, 'pt-BR'));
    await page.getByRole('button', { name: /^1 红树林第1段/ }).waitFor();
    const firstSegment = Date.now() - started;
    await page.getByRole('textbox', { name: 'Tradução', exact: true }).waitFor();
    const interactive = Date.now() - started;
    await page.getByText('2.000 de 2.000 segmentos').waitFor({ timeout: 120_000 });
    const allLoaded = Date.now() - started;
    const scroller = page.getByRole('region', { name: 'Segmentos' });
    // Scrolled with the wheel to the end: the rows measured on the way change the total height, so it takes a few turns.
    const last = page.getByRole('button', { name: /^2000 红树林第2000段/ });
    const scrollStarted = Date.now();
    await scroller.hover();
    await until(async () => {
      await page.mouse.wheel(0, 50_000);
      return last.isVisible();
    }, 30_000);
    const scrolled = Date.now() - scrollStarted;
    const rendered = await page.locator('.segment-slot').count();
    process.stdout.write(
      `\nWORKBENCH TIMINGS (2,000 segments): first segment ${firstSegment} ms, interactive ${interactive} ms, all loaded ${allLoaded} ms, scrolled to the end ${scrolled} ms, rows in the DOM ${rendered}\n`,
    );
    expect(rendered).toBeLessThan(80);
    await onPage(page, 'workbench-large-pt-BR', async () => {
      await page.getByRole('heading', { level: 1, name: /Long record/ }).waitFor();
    });
  });
});
