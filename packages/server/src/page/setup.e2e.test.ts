/* A fresh install set up from the page in headless Chromium, at a phone (390 px) and a desktop (1280 px) width. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeServices, smallWorld, startFakeServices } from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../serve.js';
import type { RunningServer } from '../start-server.js';
import { browserSuite } from '../test-browser-suite.js';

const suite = browserSuite();
let fakes: FakeServices;
const homes: string[] = [];

beforeAll(async () => {
  fakes = await startFakeServices(smallWorld());
}, 60_000);

afterAll(async () => {
  await fakes.close();
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

/** `complexionist serve` on a fresh home: the services' addresses are known, nothing else is set. */
async function freshServer(): Promise<{ server: RunningServer; home: string }> {
  const home = mkdtempSync(join(tmpdir(), 'complexionist-setup-'));
  homes.push(home);
  const server = await serve({
    cwd: home,
    env: {
      COMPLEXIONIST_HOME: home,
      PLEX_TV_URL: fakes.plexTvUrl,
      TMDB_URL: fakes.tmdbUrl,
      TVDB_URL: fakes.tvdbUrl,
    },
    now: () => fakes.now,
    port: 0,
    handleSignals: false,
    log: () => {},
  });
  suite.keep(server);
  return { server, home };
}

describe.each([390, 1280])('setup from the page at %i px', (width) => {
  it('a fresh install signs in with plex.tv, picks the server, saves a TMDB key and scans without a restart', async () => {
    const { server, home } = await freshServer();
    const page = await suite.context().newPage();
    await page.setViewportSize({ width, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url);

    // Nothing is set up: the setup opens by itself.
    const setup = page.locator('#setup');
    await setup.waitFor();
    expect(await setup.locator('[data-state="plex"]').textContent()).toBe('not set up');

    await page.getByRole('button', { name: 'Sign in with plex.tv' }).click();
    await page
      .locator('#plex-code')
      .filter({ hasText: /\w{10,}/ })
      .waitFor();
    expect(await page.locator('#plex-link').getAttribute('href')).toMatch(/^https:\/\/app\.plex\.tv\/auth#/);
    expect(await page.locator('#plex-countdown').textContent()).toMatch(/The code expires in \d+:\d\d\./);
    // The fake plex.tv approves on its second poll; then the servers of the account are offered.
    await page.getByLabel('Server', { exact: true }).waitFor();
    expect(
      await page.getByLabel('Connection', { exact: true }).locator('option').allTextContents(),
    ).toContain(`${fakes.plexUrl} (local)`);
    await page.getByRole('button', { name: 'Use this server' }).click();
    await page.locator('#plex-note', { hasText: `at ${fakes.plexUrl}` }).waitFor();

    const tmdb = page.locator('form.key-step[data-service="tmdb"]');
    await tmdb.getByLabel('TMDB API key').fill('not-the-key');
    await tmdb.getByRole('button', { name: 'Test and save' }).click();
    await tmdb.locator('.note.error').waitFor();
    await tmdb.getByLabel('TMDB API key').fill(fakes.tmdbKey);
    await tmdb.getByRole('button', { name: 'Test and save' }).click();
    await tmdb.locator('.note', { hasText: 'TMDB accepted the key.' }).waitFor();

    // Saved where `complexionist auth` saves: secrets in <home>/.env, the address in config.yaml.
    const env = readFileSync(join(home, '.env'), 'utf8');
    expect(env).toContain(`PLEX_TOKEN=${fakes.plexToken}`);
    expect(env).toContain(`TMDB_API_KEY=${fakes.tmdbKey}`);
    expect(env).not.toContain('not-the-key');
    expect(readFileSync(join(home, 'config.yaml'), 'utf8')).toContain(fakes.plexUrl);

    // The same server, not restarted, now reads the libraries and scans.
    await page.locator('label.library').first().waitFor();
    await page.click('#start');
    await page.locator('#status', { hasText: 'Scan complete' }).waitFor();
    await page.locator('#movies-groups li.item .poster img').first().waitFor();
    // Each show links to its page in Plex (the server's machine identifier and the show's ratingKey).
    const plexLink = page.locator('#episodes-groups details.group > summary a', { hasText: 'Plex' }).first();
    await plexLink.waitFor();
    expect(await plexLink.getAttribute('href')).toMatch(
      new RegExp(
        `^https://app\\.plex\\.tv/desktop/#!/server/${smallWorld().plex.machineIdentifier}/details\\?key=%2Flibrary%2Fmetadata%2F\\w+$`,
      ),
    );
    const html = await page.content();
    expect(html).not.toContain(fakes.plexToken);
    expect(html).not.toContain(fakes.plexAccountToken);
    expect(html).not.toContain(fakes.tmdbKey);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    expect(errors).toEqual([]);
  }, 90_000);
});
