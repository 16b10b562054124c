import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './start-server.js';
import { memoryIgnoreStore, memoryReportStore } from './stores/memory-stores.js';
import { browserSuite } from './test-browser-suite.js';
import { collection, episodeReport, fakeScanner, movieReport, show } from './test-helpers.js';

const suite = browserSuite();
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.close();
});

async function scan(page: Page): Promise<void> {
  await page.click('#start');
  await page.locator('#status', { hasText: 'Scan complete' }).waitFor();
}

describe('the page marks what is new since the previous complete scan', () => {
  it('shows a "new" badge on new items and a "new since" filter', async () => {
    const options = {
      movies: {
        ...movieReport([collection(8091, 'Alien Collection', [[8077, 'Alien³']])]),
        generatedAt: '2026-03-10T04:00:00.000Z',
      },
      episodes: {
        ...episodeReport([show('Abbott Elementary', { tvdb: 403245 }, { 4: [3] })]),
        generatedAt: '2026-03-10T04:00:00.000Z',
      },
    };
    const fake = fakeScanner(options);
    server = await startServer({
      port: 0,
      deps: { scanner: fake.scanner, store: memoryReportStore(), ignores: memoryIgnoreStore() },
      handleSignals: false,
    });
    const page = await suite.context().newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Also no failed request: the page asks for a diff only once two complete reports are kept.
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url);
    await scan(page);
    expect(await page.locator('.badge.new').count()).toBe(0);
    expect(await page.locator('#new-filter').isVisible()).toBe(false);

    options.movies = {
      ...movieReport([
        collection(8091, 'Alien Collection', [
          [8077, 'Alien³'],
          [945961, 'Alien: Romulus'],
        ]),
      ]),
      generatedAt: '2026-03-11T04:00:00.000Z',
    };
    options.episodes = {
      ...episodeReport([show('Abbott Elementary', { tvdb: 403245 }, { 4: [3, 4] })]),
      generatedAt: '2026-03-11T04:00:00.000Z',
    };
    await scan(page);
    await page.locator('#new-filter').waitFor();
    const badged = page.locator('#movies-groups li.item', { has: page.locator('.badge.new') });
    expect(await badged.locator('.title').allTextContents()).toEqual(['Alien: Romulus']);
    expect(await page.locator('#new-since').textContent()).not.toBe('');

    await page.check('#only-new');
    await page.locator('#episodes-groups li.item .code').first().waitFor();
    expect(await page.locator('#movies-groups li.item .title').allTextContents()).toEqual(['Alien: Romulus']);
    expect(await page.locator('#episodes-groups li.item .code').allTextContents()).toEqual(['S04E04']);
    await page.uncheck('#only-new');
    await page.locator('#movies-groups li.item .title', { hasText: 'Alien³' }).waitFor();
    expect(errors).toEqual([]);
  }, 60_000);
});
