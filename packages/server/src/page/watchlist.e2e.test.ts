/* The Watchlist section and the server picker in headless Chromium, at a phone (390 px) and a desktop (1280 px) width. */
import { readFileSync } from 'node:fs';
import { ConfigError, type LibrarySection, type WatchlistReport } from '@complexionist/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startServer } from '../start-server.js';
import { memoryIgnoreStore, memoryReportStore } from '../stores/memory-stores.js';
import { browserSuite } from '../test-browser-suite.js';
import { fakeScanner } from '../test-helpers.js';
import type { ServerDeps } from '../types.js';
import { watchlistReport } from './test-watchlist-report.js';

const suite = browserSuite();

/** A server over a fake scanner whose watchlist answers `watchlist` (a report, or an error to reject with). */
async function server(
  watchlist: WatchlistReport | Error | null,
  extra: Partial<ServerDeps> = {},
  libraries?: LibrarySection[],
) {
  const fake = fakeScanner(libraries ? { libraries } : {});
  const reads: number[] = [];
  if (watchlist) {
    fake.scanner.scanWatchlist = async () => {
      reads.push(reads.length);
      if (watchlist instanceof Error) throw watchlist;
      return watchlist;
    };
  }
  const running = await startServer({
    port: 0,
    deps: { scanner: fake.scanner, store: memoryReportStore(), ignores: memoryIgnoreStore(), ...extra },
    handleSignals: false,
  });
  suite.keep(running);
  return { running, fake, reads };
}

async function open(url: string, width: number): Promise<Page> {
  const page = await suite.context().newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  return page;
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each([390, 1280])('the watchlist and the server picker at %i px', (width) => {
  it('reads the watchlist only when asked and lists films, shows, missing episodes and unmatched items', async () => {
    const { running, reads } = await server(watchlistReport());
    const page = await open(running.url, width);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const section = page.getByRole('region', { name: 'Watchlist' });
    await section.waitFor();
    expect(reads).toEqual([]);
    expect(await page.locator('#watchlist-status').getAttribute('aria-live')).toBe('polite');
    await section.getByRole('button', { name: 'Read my watchlist' }).click();
    await page.locator('#watchlist-status', { hasText: 'On no server' }).waitFor();
    expect(await page.locator('#watchlist-status').textContent()).toBe(
      'On no server: 2 films (1 upcoming), 2 shows. 1 not matched.',
    );
    expect(await section.locator('h3').allTextContents()).toEqual([
      'Films on no server (2)',
      'Shows not owned (1)',
      'Shows with missing episodes (1)',
      'Not matched (1)',
    ]);
    expect(await section.locator('li.item .title').allTextContents()).toEqual([
      'The Matrix',
      'Dune: Part Three',
      'Game of Thrones',
      'Breaking Bad',
      'Home Movie',
    ]);
    const dune = section.locator('li.item', { hasText: 'Dune: Part Three' });
    expect(await dune.locator('.badge').textContent()).toBe('upcoming');
    expect(await section.locator('li.item', { hasText: 'The Matrix' }).locator('.badge').count()).toBe(0);
    expect(await section.getByRole('link', { name: 'The Matrix on TMDB' }).getAttribute('href')).toBe(
      'https://www.themoviedb.org/movie/603',
    );
    expect(await section.locator('ul.seasons li').allTextContents()).toEqual([
      'Season 2: S02E05, S02E06',
      'Season 3: S03E01',
    ]);
    expect(reads).toEqual([0]);
    expect(await overflow(page)).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('exports the watchlist as CSV with the API key in a header', async () => {
    const key = 'watchlist-key-0123456789abcdef';
    const { running } = await server(watchlistReport(), { apiKey: key });
    const page = await open(running.url, width);
    await page.fill('#key-input', key);
    await page.click('#key-form button');
    await page.locator('label.library').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#watchlist-csv')]);
    expect(download.suggestedFilename()).toBe('complexionist-watchlist.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('The Matrix');
    expect(csv).toContain('Breaking Bad');
  }, 60_000);

  it('names the cause and the fix when the watchlist cannot be read', async () => {
    const { running } = await server(
      new ConfigError('The watchlist needs a plex.tv account token, and none is set.', {
        service: 'plex.tv',
        hint: 'Set PLEX_ACCOUNT_TOKEN.',
      }),
    );
    const page = await open(running.url, width);
    await page.getByRole('button', { name: 'Read my watchlist' }).click();
    const status = page.locator('#watchlist-status');
    await page.locator('#watchlist-status.error').waitFor();
    expect(await status.textContent()).toBe(
      'Could not read the watchlist: The watchlist needs a plex.tv account token, and none is set. Set PLEX_ACCOUNT_TOKEN.',
    );
    expect(await page.locator('#watchlist-body li').count()).toBe(0);
  }, 60_000);

  it('has no Watchlist section in the demo', async () => {
    const { running } = await server(watchlistReport(), { demo: true });
    const page = await open(running.url, width);
    await page.locator('#demo-banner').waitFor();
    expect(await page.locator('#watchlist-section').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Read my watchlist' }).count()).toBe(0);
  }, 60_000);

  // Without a key the server renders the libraries; with one the page script reads them after the key.
  it.each([
    ['rendered by the server', ''],
    ['read by the page script', 'picker-key-0123456789abcdef'],
  ])(
    'offers each server, names libraries Server/Library, and scans the servers chosen (%s)',
    async (_, key) => {
      const { running, fake } = await server(null, key ? { apiKey: key } : {}, [
        { key: '1', title: 'Movies', type: 'movie', server: 'Tower' },
        { key: '2', title: 'TV Shows', type: 'show', server: 'Tower' },
        { key: '1', title: 'Movies', type: 'movie', server: 'Annex' },
      ]);
      const page = await open(running.url, width);
      if (key) {
        await page.fill('#key-input', key);
        await page.click('#key-form button');
      }
      await page.locator('#libraries label.library').first().waitFor();
      expect(await page.locator('#libraries label.library').allTextContents()).toEqual([
        expect.stringContaining('Tower/Movies'),
        expect.stringContaining('Tower/TV Shows'),
        expect.stringContaining('Annex/Movies'),
      ]);
      const servers = page.getByRole('group', { name: 'Servers' });
      expect(await servers.getByRole('checkbox').count()).toBe(2);
      expect(await servers.getByLabel('Annex').isChecked()).toBe(true);
      await servers.getByLabel('Annex').uncheck();
      await page.click('#start');
      await page.locator('#status', { hasText: 'Scan complete' }).waitFor();
      expect(fake.calls.map((call) => [call.kind, call.run.servers])).toEqual([
        ['movies', ['Tower']],
        ['episodes', ['Tower']],
      ]);
      expect(await overflow(page)).toBe(0);
    },
    60_000,
  );
});
