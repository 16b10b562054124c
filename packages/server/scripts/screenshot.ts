/**
 * Takes `docs/screenshot.png` (repo root) of the page after a demo scan:
 * `pnpm --filter @complexionist/server screenshot` (needs Debian's chromium).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../src/serve.js';
import { launchChromium } from '../src/test-browser.js';

const output = join(dirname(fileURLToPath(import.meta.url)), '../../../docs/screenshot.png');
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
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1180, height: 1400 });
  await page.goto(server.url);
  await page.click('#start');
  await page.locator('#status', { hasText: 'Scan finished.' }).waitFor();
  const breakingBad = page.locator('#episodes-groups details.group', { hasText: 'Breaking Bad' });
  await breakingBad.locator('details.season summary').first().click();
  mkdirSync(dirname(output), { recursive: true });
  await page.screenshot({ path: output, fullPage: true });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(home, { recursive: true, force: true });
}
