/* The "You own:" line of a collection in headless Chromium, at a phone (390 px) and a desktop (1280 px) width. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PlexLinksSource } from '../plex-links/plex-links.js';
import { startServer } from '../start-server.js';
import { memoryIgnoreStore, memoryReportStore } from '../stores/memory-stores.js';
import { browserSuite } from '../test-browser-suite.js';
import { collection, episodeReport, fakeScanner, movieReport } from '../test-helpers.js';

const suite = browserSuite();
const ALIEN_IN_PLEX =
  'https://app.plex.tv/desktop/#!/server/machine-1/details?key=%2Flibrary%2Fmetadata%2F4711';

/** A server whose movie report has the Alien Collection with two owned films, one of them known to Plex. */
async function server(): Promise<string> {
  const alien = {
    ...collection(8091, 'Alien Collection', [[8077, 'Alien³']], 3),
    ownedMovies: [
      { tmdbId: 348, title: 'Alien', year: 1979 },
      { tmdbId: 679, title: 'Aliens', year: 1986 },
    ],
  };
  const fake = fakeScanner({
    libraries: [{ key: '1', title: 'Movies', type: 'movie' }],
    movies: movieReport([alien]),
    episodes: episodeReport([]),
  });
  const links: PlexLinksSource = async () => ({
    machineIdentifier: 'machine-1',
    shows: {},
    movies: { '348': '4711' },
  });
  const running = await startServer({
    port: 0,
    deps: {
      scanner: fake.scanner,
      store: memoryReportStore(),
      ignores: memoryIgnoreStore(),
      plexLinks: () => links,
    },
    handleSignals: false,
  });
  suite.keep(running);
  return running.url;
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each([390, 1280])('owned films at %i px', (width) => {
  it('lists the films of a collection the user owns, linking the one Plex knows to Plex', async () => {
    const url = await server();
    const page = await suite.context().newPage();
    await page.setViewportSize({ width, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.click('#start');
    await page.locator('#status', { hasText: 'Scan complete' }).waitFor();
    const owned = page.locator('#movies-groups details.group .owned');
    const plexLink = owned.getByRole('link', { name: 'Alien (1979)', exact: true });
    await plexLink.waitFor();
    expect(await owned.textContent()).toContain('You own:');
    expect(await plexLink.getAttribute('href')).toBe(ALIEN_IN_PLEX);
    expect(await plexLink.getAttribute('target')).toBe('_blank');
    expect(await plexLink.getAttribute('rel')).toBe('noopener');
    // Aliens is not in Plex's listing: plain text, with its TMDB page.
    expect(await owned.getByRole('link', { name: 'Aliens (1986)', exact: true }).count()).toBe(0);
    expect(await owned.locator('.title', { hasText: 'Aliens (1986)' }).isVisible()).toBe(true);
    expect(await owned.getByRole('link', { name: 'Aliens (1986) on TMDB' }).getAttribute('href')).toBe(
      'https://www.themoviedb.org/movie/679',
    );
    expect(await overflow(page)).toBe(0);

    for (const view of ['List', 'Posters']) {
      await page.getByLabel(view, { exact: true }).check();
      expect(await plexLink.isVisible()).toBe(true);
      expect(await overflow(page)).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
