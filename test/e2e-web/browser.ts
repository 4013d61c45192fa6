import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); Playwright's own browser download cannot work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(__dirname, '../../tmp/screenshots');
const AXE_SOURCE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');

/**
 * Whether the browser tests can run. Without Chromium they are skipped, and say so plainly;
 * CI sets REQUIRE_BROWSER_TESTS=1, so there a missing browser fails instead of skipping.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.REQUIRE_BROWSER_TESTS === '1')
    throw new Error(`REQUIRE_BROWSER_TESTS=1 but there is no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  process.stderr.write(`\nBROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.\n\n`);
  return false;
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  await mkdir(SCREENSHOTS, { recursive: true });
  // Small and single-process-ish: the machine is shared.
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/**
 * Runs one look at a page: the checks, then a screenshot named `name` and an axe-core audit.
 * A failure names the screenshot taken at that moment, so the reader can see what was on screen.
 */
export async function onPage(page: Page, name: string, checks: () => Promise<void>): Promise<void> {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  try {
    await checks();
    await page.screenshot({ path: file, fullPage: true });
    const violations = await seriousViolations(page);
    if (violations.length) throw new Error(`accessibility (axe-core), serious or critical:\n${violations.join('\n')}`);
  } catch (error) {
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${name}: ${message}\n(screenshot: ${path.relative(process.cwd(), file)})`, { cause: error });
  }
}

/** axe-core's source evaluated in the page (the DevTools protocol is not bound by the page's CSP). */
async function seriousViolations(page: Page): Promise<string[]> {
  const source = readFileSync(AXE_SOURCE, 'utf8');
  await page.evaluate(source);
  // A string, evaluated in the page: this file is compiled for Node, without the DOM's types.
  const results = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })`,
  )) as {
    violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  };
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
