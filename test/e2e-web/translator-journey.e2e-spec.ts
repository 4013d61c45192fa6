import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { TAISHAN_DEMO_MARKDOWN, TAISHAN_DEMO_TITLE } from '@bluecarbon/documents/testing';
import { segmentsOf, type SegmentRow } from '../support/documents-fixtures';
import { signIn } from '../support/identity-fixtures';
import type { TestApi } from '../support/test-app';
import { browserAvailable, onPage } from './browser';
import { DEMO_PASSWORD, type PortalHarness, signInOnPage, startPortalHarness, until } from './portal-harness';

type Auth = { Authorization: string };
const TITLE = TAISHAN_DEMO_TITLE;
const OVERVIEW_ZH = '台山市位于广东省西南部，镇海湾沿岸现有红树林96公顷。';
const RESTORE_SLOPPY = '项目计划在五年内修复15公顷红树林。';
const RESTORE_FIXED = '项目计划在五年内修复15公顷退化红树林。';
const REASON = '漏译了“退化”：原文是 degraded mangrove。';

/**
 * Issue 14's "done when", on the demo data as a newcomer finds it: translator.zh translates
 * Taishan's English project description into Chinese with memory and glossary help,
 * reviewer.zh sends one segment back with a reason and approves the fix, the coordinator
 * changes one sentence, and the translator sees exactly that segment outdated: in 中文,
 * English and Português, switched with the portal's language switcher.
 */
(browserAvailable() ? describe : describe.skip)('the translator journey on the demo data in Chromium', () => {
  let harness: PortalHarness;
  let api: TestApi;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];
  let translator: Auth;
  let documentId: string;

  beforeAll(async () => {
    harness = await startPortalHarness();
    ({ api, browser, base } = harness);
    translator = (await signIn(api, { email: 'translator.zh@bluecarbon.demo', password: DEMO_PASSWORD })).auth;
    const tasks = (await request(api.server).get('/api/v1/translation-tasks').set(translator).expect(200)).body.items as {
      documentId: string;
      title: string;
    }[];
    documentId = tasks.find((task) => task.title === TITLE)!.documentId;
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await harness?.close();
  });

  async function signedInPage(email: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await signInOnPage(page, base, email);
    return page;
  }

  const editorUrl = () => `${base}/translate/documents/${documentId}/zh-CN`;
  const box = (page: Page) => page.getByRole('textbox', { name: /^(Translation|译文|Tradução)$/ });
  const row = async (pattern: RegExp): Promise<SegmentRow> =>
    (await segmentsOf(api, documentId, 'zh-CN', translator)).find((candidate) => pattern.test(candidate.sourceText)) as SegmentRow;
  const switchTo = async (page: Page, language: 'English' | 'Português' | '中文') => {
    await page.getByRole('button', { name: language, exact: true }).click();
    await page.getByRole('button', { name: language, exact: true, pressed: true }).waitFor();
  };

  it('takes the demo description from the queue to approved, sent back once with a reason, then shows the changed sentence alone as outdated', async () => {
    // 1. The translator's queue, in Chinese: the demo's English description is waiting.
    const page = await signedInPage('translator.zh@bluecarbon.demo');
    await page.getByRole('link', { name: '翻译', exact: true }).click();
    const task = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: TITLE }) });
    await onPage(page, 'journey-queue-zh-CN', async () => {
      await page.getByRole('heading', { level: 1, name: '翻译任务' }).waitFor();
      await task.getByText(/^截止日期：/).waitFor();
      await task.getByText(/^未翻译 12，已过时 0，待审校 0$/).waitFor();
    });
    await task.getByRole('link', { name: /^翻译为/ }).click();
    await page.waitForURL(editorUrl());

    // 2. A fuzzy memory match inserted with Alt+1, its number fixed as QA says, the glossary term shown; saved with Ctrl+Enter.
    await page.getByRole('button', { name: /96 hectares/ }).click();
    await page.getByText('恩平市位于广东省西南部，镇海湾沿岸现有红树林68公顷。').waitFor();
    await box(page).focus();
    await page.keyboard.press('Alt+1');
    expect(await box(page).inputValue()).toBe('恩平市位于广东省西南部，镇海湾沿岸现有红树林68公顷。');
    await onPage(page, 'journey-editor-zh-CN', async () => {
      await page.locator('mark.term', { hasText: 'mangrove' }).first().waitFor();
      await page.locator('.terms li', { hasText: '红树林' }).first().waitFor();
      await page.locator('.finding-error', { hasText: '96' }).waitFor();
    });
    await box(page).fill(OVERVIEW_ZH);
    await page.locator('.finding-error').waitFor({ state: 'detached' });
    await box(page).press('Control+Enter');
    await page.getByText('已保存。').waitFor();
    expect(await row(/96 hectares/)).toMatchObject({ text: OVERVIEW_ZH, state: 'translated' });

    // The next sentence from its own match, carelessly, saved and moved on with Alt+Enter.
    await page.getByRole('button', { name: /15 hectares/ }).click();
    await page.getByText('项目计划在五年内修复12公顷退化红树林。').waitFor();
    await box(page).fill(RESTORE_SLOPPY);
    await box(page).press('Alt+Enter');
    await until(async () => (await row(/15 hectares/)).state === 'translated');
    await page.getByRole('heading', { level: 2, name: '第 5 句段' }).waitFor();

    // 3. The reviewer sends it back: Reject opens the reason, focused; an empty one is refused; Ctrl+Enter sends.
    const reviewer = await signedInPage('reviewer.zh@bluecarbon.demo');
    await reviewer.goto(editorUrl());
    await reviewer.getByRole('button', { name: /15 hectares/ }).click();
    await reviewer.getByRole('textbox', { name: '译文', exact: true }).waitFor();
    await until(async () => (await reviewer.getByRole('textbox', { name: '译文', exact: true }).inputValue()) === RESTORE_SLOPPY);
    await reviewer.getByRole('button', { name: '退回', exact: true }).click();
    const reason = reviewer.getByRole('textbox', { name: '退回原因' });
    await reason.waitFor();
    // Keys, not clicks: only a focused reason box takes Ctrl+Enter and the typing.
    await reviewer.keyboard.press('Control+Enter');
    await onPage(reviewer, 'journey-reject-form-zh-CN', async () => {
      await reviewer.getByText('请说明需要修改的地方：译员无法猜到。').waitFor();
    });
    await reviewer.keyboard.type(REASON);
    await reviewer.keyboard.press('Control+Enter');
    await reviewer.getByText('已保存。').waitFor();
    expect(await row(/15 hectares/)).toMatchObject({ state: 'draft', rejectionComment: REASON });

    // 4. The translator, now in English, finds it under "Sent back", reads why (on the segment and in its history) and fixes it.
    await switchTo(page, 'English');
    await page.reload();
    await page.getByLabel('Show', { exact: true }).selectOption('rejected');
    await page.getByText('1 of 12 segments').waitFor();
    await page.getByRole('button', { name: /15 hectares/ }).click();
    await page.getByText('History', { exact: true }).click();
    const sentBack = page.locator('.history-list li', { hasText: 'Sent back' });
    await onPage(page, 'journey-reject-comment-en', async () => {
      await page.getByRole('heading', { name: 'Sent back by the reviewer' }).waitFor();
      await page.locator('.rejection', { hasText: REASON }).waitFor();
      await sentBack.getByText(`Comment: ${REASON}`).waitFor();
      await sentBack.scrollIntoViewIfNeeded();
    });
    await box(page).fill(RESTORE_FIXED);
    await box(page).press('Control+Enter');
    await page.getByText('Saved.').waitFor();
    await page.locator('.rejection').waitFor({ state: 'detached' });

    // 5. The reviewer approves both: one with the button, one with Alt+A.
    await reviewer.reload();
    await reviewer.getByRole('button', { name: /96 hectares/ }).click();
    await reviewer.getByRole('button', { name: '批准', exact: true }).click();
    await reviewer.getByText('已保存。').waitFor();
    await reviewer.getByRole('button', { name: /15 hectares/ }).click();
    await until(async () => (await reviewer.getByRole('textbox', { name: '译文', exact: true }).inputValue()) === RESTORE_FIXED);
    await reviewer.getByRole('textbox', { name: '译文', exact: true }).press('Alt+A');
    await reviewer.getByText('已保存。').waitFor();
    expect([(await row(/96 hectares/)).state, (await row(/15 hectares/)).state]).toEqual(['approved', 'approved']);

    // 6. Taishan's coordinator changes one sentence: a new revision through the API.
    const coordinator = (await signIn(api, { email: 'coordinator@taishan.demo', password: DEMO_PASSWORD })).auth;
    const current = await request(api.server).get(`/api/v1/documents/${documentId}`).set(coordinator).expect(200);
    await request(api.server)
      .post(`/api/v1/documents/${documentId}/revisions`)
      .set(coordinator)
      .set('If-Match', current.headers.etag)
      .send({ markdown: TAISHAN_DEMO_MARKDOWN.replace('96 hectares', '98 hectares'), message: 'Area after the 2026 survey' })
      .expect(201);
    const outdated = (await segmentsOf(api, documentId, 'zh-CN', translator)).filter((segment) => segment.outdated);
    expect(outdated.map((segment) => segment.sourceText)).toEqual([expect.stringContaining('98 hectares')]);

    // 7. In Portuguese, the outdated filter lists that segment alone, with what changed.
    await switchTo(page, 'Português');
    await page.reload();
    await page.getByLabel('Mostrar', { exact: true }).selectOption('outdated');
    await page.getByText('1 de 12 segmentos').waitFor();
    await page.getByRole('button', { name: /98 hectares/ }).click();
    await onPage(page, 'journey-outdated-pt-BR', async () => {
      await page.getByRole('heading', { name: 'O original mudou depois desta tradução' }).waitFor();
      await page.locator('.diff del', { hasText: '96' }).waitFor();
      await page.locator('.diff ins', { hasText: '98' }).waitFor();
      expect(await box(page).inputValue()).toBe(OVERVIEW_ZH);
    });
    expect(await page.locator('.segment-row').count()).toBe(1);
  });
});
