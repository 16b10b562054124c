import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConnectionError } from '@complexionist/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './serve.js';
import { startServer } from './start-server.js';
import { memoryIgnoreStore, memoryReportStore } from './stores/memory-stores.js';
import { browserSuite } from './test-browser-suite.js';
import { collection, episodeReport, fakeScanner, movieReport, show } from './test-helpers.js';

const suite = browserSuite();
// A missing Chromium fails every test with the install command instead of leaving them skipped.
let home: string;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'complexionist-e2e-'));
}, 60_000);

afterAll(async () => {
  rmSync(home, { recursive: true, force: true });
});

/** Opens a page that fails the test on any script error. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.context().newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  return { page, errors };
}

const items = (page: Page, section: 'movies' | 'episodes') =>
  page.locator(`#${section}-groups li.item .title`).allTextContents();

describe('the page in a real browser', () => {
  it('runs a demo scan, filters, ignores an item and downloads the CSV', async () => {
    const server = await serve({
      demo: true,
      host: '127.0.0.1',
      port: 0,
      cwd: home,
      env: { COMPLEXIONIST_HOME: home },
      handleSignals: false,
      log: () => {},
    });
    suite.keep(server);
    const { page, errors } = await open(server.url);
    await expect(page.locator('#demo-banner').isVisible()).resolves.toBe(true);

    await page.click('#start');
    await page.locator('#status', { hasText: 'Scan complete' }).waitFor();
    await page.locator('#episodes-groups details.group').first().waitFor();
    expect(await page.locator('#movies-groups details.group .name').allTextContents()).toContain(
      'Alien Collection',
    );
    expect(await page.locator('#episodes-groups details.group .name').allTextContents()).toContain(
      'Breaking Bad',
    );
    expect(await items(page, 'movies')).toContain('Alien³');

    await page.fill('#filter', 'alien');
    await page.locator('#episodes-empty', { hasText: 'Nothing matches "alien".' }).waitFor();
    expect(await page.locator('#movies-groups details.group .name').allTextContents()).toEqual([
      'Alien Collection',
    ]);
    await page.fill('#filter', '');
    await page.locator('#episodes-groups details.group').first().waitFor();

    const alien3 = page.locator('#movies-groups li.item', { hasText: 'Alien³' });
    await alien3.locator('button.ignore').click();
    await alien3.waitFor({ state: 'detached' });
    expect(await items(page, 'movies')).not.toContain('Alien³');
    expect(await items(page, 'movies')).toContain('Alien Resurrection');
    await expect(page.locator('#ignored-count').textContent()).resolves.toBe('1');
    expect(await page.locator('#ignored-list').textContent()).toContain('Alien³ (');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#movies-csv')]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('collection,collection_tmdb_id,tmdb_id,title,year,release_date');
    expect(csv).toContain('Alien Resurrection');
    expect(csv).not.toContain('Alien³');
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows titles from outside as text, never as markup', async () => {
    const evil = '<img src=x onerror="window.hacked=1">';
    const fake = fakeScanner({
      movies: movieReport([collection(1, evil, [[2, evil]])]),
      episodes: episodeReport([show(evil, { tvdb: 3 }, { 1: [1] })]),
      libraries: [{ key: '1', title: evil, type: 'movie' }],
    });
    const server = await startServer({
      port: 0,
      deps: { scanner: fake.scanner, store: memoryReportStore(), ignores: memoryIgnoreStore() },
      handleSignals: false,
    });
    suite.keep(server);
    const { page, errors } = await open(server.url);
    await page.click('#start');
    await page.locator('#status', { hasText: 'Scan complete' }).waitFor();
    await page.locator('#episodes-groups details.season summary').click();
    // The only images are the posters, none of them from the title.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('img:not(.poster img)').count()).toBe(0);
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('#movies-groups .name').first().textContent()).toBe(evil);
    expect(await page.locator('label.library').first().textContent()).toContain(evil);
    expect(errors).toEqual([]);
  }, 60_000);

  it('with an API key, the page asks for it once and then works, sending it only in a header', async () => {
    const key = 'browser-test-key-0123456789';
    const fake = fakeScanner();
    const server = await startServer({
      port: 0,
      deps: { scanner: fake.scanner, store: memoryReportStore(), ignores: memoryIgnoreStore(), apiKey: key },
      handleSignals: false,
    });
    suite.keep(server);
    const { page, errors } = await open(server.url);
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    await page.locator('#key-form').waitFor();
    expect(await page.locator('label.library').count()).toBe(0);
    await page.fill('#key-input', key);
    await page.click('#key-form button');
    await page.locator('label.library', { hasText: 'TV Shows' }).waitFor();
    await page.click('#start');
    await page.locator('#status', { hasText: 'Scan complete' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#episodes-csv')]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('Breaking Bad');
    expect(download.suggestedFilename()).toMatch(/^complexionist-episodes-.*\.csv$/);
    // Events and the export went through the API with the key in a header: no URL carries it.
    expect(urls.some((url) => url.includes('/events'))).toBe(true);
    expect(urls.filter((url) => url.includes(key) || url.includes('apikey'))).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('with Plex down it shows the saved reports, and sends only the options the user changed', async () => {
    const fake = fakeScanner({ defaults: { includeFuture: true, includeSpecials: false } });
    fake.scanner.listLibraries = async () => {
      throw new ConnectionError('Could not reach Plex at http://plex:32400.', { service: 'plex' });
    };
    const store = memoryReportStore({ movies: movieReport() });
    const server = await startServer({
      port: 0,
      deps: { scanner: fake.scanner, store, ignores: memoryIgnoreStore() },
      handleSignals: false,
    });
    suite.keep(server);
    const { page, errors } = await open(server.url);
    await page.locator('#movies-groups li.item', { hasText: 'Alien³' }).waitFor();
    expect(await page.locator('#libraries-error').textContent()).toContain('Could not reach Plex');
    expect(await page.isChecked('#opt-future')).toBe(true);

    await page.click('#start');
    await expect.poll(() => fake.calls.length).toBe(2);
    expect(fake.calls.map((call) => call.options.includeFuture)).toEqual([undefined, undefined]);
    await page.locator('#status', { hasText: 'Scan complete' }).waitFor();
    await page.uncheck('#opt-future');
    await page.click('#start');
    await expect.poll(() => fake.calls.length).toBe(4);
    expect(fake.calls.slice(2).map((call) => call.options.includeFuture)).toEqual([false, false]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('renders 10,000 missing episodes (every show) and filters without fetching again', async () => {
    const shows = Array.from({ length: 500 }, (_, i) =>
      show(`Show ${i}`, { tvdb: 1000 + i }, { 1: range(10), 2: range(10) }),
    );
    const store = memoryReportStore({ episodes: episodeReport(shows) });
    const server = await startServer({
      port: 0,
      deps: { scanner: fakeScanner().scanner, store, ignores: memoryIgnoreStore() },
      handleSignals: false,
    });
    suite.keep(server);
    const { page, errors } = await open(server.url);
    await page.waitForFunction(() => document.querySelectorAll('#episodes-groups > details').length === 500);
    expect(await page.locator('#episodes-summary').textContent()).toContain(
      '10000 missing episodes in 500 shows',
    );
    expect(await page.locator('#episodes-groups li.item').count()).toBe(0);
    const show7 = page.locator('#episodes-groups > details').nth(7);
    await show7.locator('summary').first().click();
    await show7.locator('details.season summary').first().click();
    await show7.locator('li.item .code', { hasText: 'S01E10' }).waitFor();
    let requests = 0;
    page.on('request', () => requests++);
    await page.fill('#filter', 'show 42');
    await page.waitForFunction(() => document.querySelectorAll('#episodes-groups > details').length === 11);
    expect(await page.locator('#episodes-summary').textContent()).toContain('filter matches 220 of 10000');
    expect(requests).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
