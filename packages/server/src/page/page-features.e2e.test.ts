/* The page's features in headless Chromium, each at a phone (390 px) and a desktop (1280 px) width. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../start-server.js';
import { memoryIgnoreStore, memoryReportStore } from '../stores/memory-stores.js';
import { browserSuite } from '../test-browser-suite.js';
import { collection, episodeReport, fakeScanner, movieReport, show } from '../test-helpers.js';
import type { ServerDeps } from '../types.js';

const suite = browserSuite();

const LIBRARIES = [
  { key: '1', title: 'Movies', type: 'movie' as const },
  { key: '2', title: 'Kids', type: 'movie' as const },
  { key: '3', title: 'TV Shows', type: 'show' as const },
];

/** A server over a fake scanner with two collections and one show of two seasons. */
async function server(extra: Partial<ServerDeps> = {}): Promise<RunningServer> {
  const fake = fakeScanner({
    libraries: LIBRARIES,
    movies: movieReport([
      collection(8091, 'Alien Collection', [
        [8077, 'Alien³'],
        [8078, 'Alien Resurrection'],
      ]),
      collection(528, 'The Terminator Collection', [[296, 'Terminator 3']]),
    ]),
    episodes: episodeReport([
      show('Breaking Bad', { tvdb: 81189, tmdb: 1396, imdb: 'tt0903747' }, { 2: [5, 6], 3: [1] }),
    ]),
  });
  const running = await startServer({
    port: 0,
    deps: { scanner: fake.scanner, store: memoryReportStore(), ignores: memoryIgnoreStore(), ...extra },
    handleSignals: false,
  });
  suite.keep(running);
  return running;
}

/** A fresh page at `width` (its own storage) that collects script errors. */
async function open(url: string, width: number): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.context().newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  return { page, errors };
}

async function scan(page: Page): Promise<void> {
  await page.click('#start');
  await page.locator('#status', { hasText: 'Scan complete' }).waitFor();
  await page.locator('#movies-groups li.item').first().waitFor();
}

/** The page is no wider than the window (nothing scrolls sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each([390, 1280])('the page at %i px', (width) => {
  it('shows films as a poster grid or a list, remembers the choice, and links to TMDB, TVDB and IMDb', async () => {
    const running = await server();
    const { page, errors } = await open(running.url, width);
    await scan(page);
    expect(await overflow(page)).toBe(0);
    const poster = page.locator('#movies-groups li.item .poster img').first();
    await poster.waitFor();
    expect(await poster.getAttribute('loading')).toBe('lazy');
    expect(await poster.getAttribute('src')).toBe('https://image.tmdb.org/t/p/w185/poster-8077.jpg');
    // Each card keeps its 2:3 box whether or not the image has come.
    const box = await page.locator('#movies-groups li.item .poster').first().boundingBox();
    expect(box && Math.round((box.height / box.width) * 100)).toBe(150);
    expect(
      await page
        .locator('#movies-groups li.item', { hasText: 'Alien³' })
        .getByRole('link', { name: 'Alien³ on TMDB' })
        .getAttribute('href'),
    ).toBe('https://www.themoviedb.org/movie/8077');
    const showLinks = page.locator('#episodes-groups details.group > summary .links a');
    expect(await showLinks.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).toEqual([
      'https://thetvdb.com/dereferrer/series/81189',
      'https://www.themoviedb.org/tv/1396',
      'https://www.imdb.com/title/tt0903747/',
    ]);

    await page.getByLabel('List', { exact: true }).check();
    expect(await poster.isVisible()).toBe(false);
    await page.reload();
    await page.locator('#movies-groups li.item').first().waitFor();
    expect(await page.getByLabel('List', { exact: true }).isChecked()).toBe(true);
    expect(await page.locator('#movies-groups .poster').first().isVisible()).toBe(false);
    expect(await overflow(page)).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('gives the Radarr and Sonarr list URLs with the field to paste them into, and copies them', async () => {
    const key = 'integrations-key-0123456789';
    const running = await server({ apiKey: key });
    await suite.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: running.url });
    const { page, errors } = await open(running.url, width);
    await page.fill('#key-input', key);
    await page.click('#key-form button');
    await page.locator('label.library').first().waitFor();
    await page.locator('#integrations summary').click();
    const radarr = page.getByLabel('Field List URL').first();
    // The key is masked on screen; Copy copies the URL Radarr needs, key included.
    expect(await radarr.inputValue()).toBe(`${running.url}/api/lists/radarr?apikey=••••`);
    expect(await page.locator('#integrations').textContent()).toContain(
      'Radarr → Settings → Lists → + → Custom Lists',
    );
    await page
      .getByRole('button', { name: 'Copy the Radarr → Settings → Lists → + → StevenLu Custom URL' })
      .click();
    await page.locator('button.copy', { hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${running.url}/api/lists/radarr?format=stevenlu&apikey=${key}`);
    await page
      .getByRole('button', { name: 'Copy the Sonarr → Settings → Import Lists → + → Custom List URL' })
      .click();
    const sonarr = await page.evaluate(() => navigator.clipboard.readText());
    // What was copied is what Sonarr will fetch: it answers with the list.
    expect((await fetch(sonarr)).status).toBe(200);
    expect(await page.locator('#schedule-settings').textContent()).toContain('No scheduled scans');
    expect(await page.locator('#notify-settings').textContent()).toContain('No notifications');
    expect(await overflow(page)).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('clears a refused key once the right one works', async () => {
    const key = 'right-key-0123456789abcdef';
    const running = await server({ apiKey: key });
    const { page } = await open(running.url, width);
    await page.fill('#key-input', 'wrong-key');
    await page.click('#key-form button');
    await page.locator('#key-error', { hasText: /key/i }).waitFor();
    await page.fill('#key-input', key);
    await page.click('#key-form button');
    await page.locator('label.library').first().waitFor();
    expect(await page.locator('#key-error').textContent()).toBe('');
    expect(await page.locator('#status').textContent()).toBe('');
    expect(await page.locator('#key-form').isVisible()).toBe(false);
  }, 60_000);

  it('counts every collection under a filter, badges only libraries whose name hides their kind, dates the JSON export', async () => {
    const running = await server();
    const { page, errors } = await open(running.url, width);
    const badge = (title: string) =>
      page.locator('label.library', { has: page.locator(`input[value="${title}"]`) }).locator('.badge');
    expect(await badge('Movies').count()).toBe(0);
    expect(await badge('Kids').textContent()).toBe('movies');
    expect(await badge('TV Shows').count()).toBe(0);
    await scan(page);
    await page.fill('#filter', 'breaking');
    await page.locator('#movies-summary', { hasText: 'filter matches 0 of 3' }).waitFor();
    expect(await page.locator('#movies-summary').textContent()).toBe(
      '3 missing movies in 2 collections (filter matches 0 of 3)',
    );
    await page.fill('#filter', '');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#movies-json')]);
    expect(download.suggestedFilename()).toBe('complexionist-movies-2025-06-01.json');
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).type).toBe('movies');
    expect(errors).toEqual([]);
  }, 60_000);

  it('ignores a film and a whole season, saying so next to the list', async () => {
    const running = await server();
    const { page, errors } = await open(running.url, width);
    await scan(page);
    await page
      .locator('#movies-groups li.item', { hasText: 'Alien³' })
      .getByRole('button', { name: 'Ignore' })
      .click();
    await page.locator('#movies-note', { hasText: 'Ignored Alien³ (2000).' }).waitFor();
    expect(await page.locator('#movies-groups li.item .title').allTextContents()).not.toContain('Alien³');

    const season2 = page.locator('#episodes-groups details.season', { hasText: 'Season 2' });
    await season2.getByRole('button', { name: 'Ignore season' }).click();
    await page
      .locator('#episodes-note', { hasText: 'Ignored 2 episodes of Breaking Bad Season 2.' })
      .waitFor();
    expect(await page.locator('#episodes-groups details.season summary').allTextContents()).toEqual([
      expect.stringContaining('Season 3'),
    ]);
    expect(await page.locator('#ignored-count').textContent()).toBe('3');
    await page.locator('#ignored-section summary').click();
    expect(await page.locator('#ignored-list .title').allTextContents()).toEqual([
      'Alien³ (2000)',
      'Breaking Bad S02E05',
      'Breaking Bad S02E06',
    ]);
    expect(await overflow(page)).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('is usable by keyboard and screen reader: every control named, progress in a live region, no layout shift', async () => {
    const running = await server();
    const { page, errors } = await open(running.url, width);
    await page.evaluate(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) w.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // The scan starts from the keyboard: Tab reaches the Start button, Enter presses it.
    await page.focus('#opt-specials');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start');
    await page.keyboard.press('Enter');
    await page.locator('#status', { hasText: 'Scan complete' }).waitFor();
    await page.locator('#movies-groups li.item').first().waitFor();
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('input, button, select, a[href]')]
        .filter((el) => el.offsetParent !== null || el.closest('details:not([open])'))
        .filter((el) => {
          const input = el as HTMLInputElement;
          const named = el.getAttribute('aria-label') || el.textContent?.trim() || input.labels?.length;
          return !named;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    expect(await page.locator('#progress-text').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#status').getAttribute('role')).toBe('status');
    // Results stream in below what is already on screen: nothing the user sees moves.
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.05);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('the page from 360 to 1440 px', () => {
  it('never scrolls sideways, with every panel open', async () => {
    const running = await server();
    for (const width of [360, 1440]) {
      const { page, errors } = await open(running.url, width);
      await scan(page);
      await page.locator('#integrations summary').click();
      await page.locator('#ignored-section summary').click();
      await page.getByLabel('List', { exact: true }).check();
      expect(await overflow(page)).toBe(0);
      await page.getByLabel('Posters').check();
      expect(await overflow(page)).toBe(0);
      expect(errors).toEqual([]);
    }
  }, 60_000);
});
