/**
 * Takes `docs/screenshot.png` (desktop, 1280 px) and `docs/screenshot-phone.png` (390 px) of the page after a demo
 * scan: `pnpm --filter @complexionist/server screenshot` (needs Debian's chromium). The demo library has no
 * poster paths, so its cards show the placeholders (the film's name); TMDB posters load over them.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { serve } from '../src/serve.js';
import { launchChromium } from '../src/test-browser.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '../../../docs');
const home = mkdtempSync(join(tmpdir(), 'complexionist-screenshot-'));
const server = await serve({
  demo: true,
  port: 0,
  cwd: home,
  env: { COMPLEXIONIST_HOME: home },
  handleSignals: false,
  log: () => {},
});
const browser = await launchChromium();

/** Opens the page at `width`, runs a demo scan and opens the Breaking Bad season. */
async function scanned(width: number, height: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(server.url);
  await page.click('#start');
  await page.locator('#status', { hasText: 'Scan complete' }).waitFor();
  const breakingBad = page.locator('#episodes-groups details.group', { hasText: 'Breaking Bad' });
  await breakingBad.locator('details.season summary').first().click();
  return page;
}

try {
  mkdirSync(docs, { recursive: true });
  const desktop = await scanned(1280, 1400);
  await desktop.locator('#integrations summary').click();
  await desktop.screenshot({ path: join(docs, 'screenshot.png'), fullPage: true });
  const phone = await scanned(390, 844);
  await phone.evaluate(() => document.getElementById('movies-section')?.scrollIntoView({ block: 'start' }));
  await phone.screenshot({ path: join(docs, 'screenshot-phone.png') });
  console.log(`wrote ${docs}/screenshot.png and screenshot-phone.png`);
} finally {
  await browser.close();
  await server.close();
  rmSync(home, { recursive: true, force: true });
}
