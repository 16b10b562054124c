import { afterEach, describe, expect, it } from 'vitest';
import { type FakeServices, startFakeServices } from '../fake/start.js';
import { generateWorld } from '../generate/generate-world.js';
import { expectedRequestCounts } from '../request-counts.js';
import { smallWorld } from '../small/small-world.js';
import { smallWorldExpected } from '../small/small-world-expected.js';
import { fileEpisodes } from './reference-episodes.js';
import { referenceScan } from './reference-scan.js';

const NOW = new Date('2026-11-25T15:30:00Z');
let fakes: FakeServices | undefined;
afterEach(async () => {
  await fakes?.close();
  fakes = undefined;
});

const pick = (byRoute: Record<string, number>, keys: string[]) =>
  Object.fromEntries(keys.flatMap((k) => (byRoute[k] ? [[k, byRoute[k]]] : [])));

describe('a plain scan over HTTP agrees with the stated truth', () => {
  it('finds exactly the hand-written gaps of the small world', async () => {
    fakes = await startFakeServices(smallWorld({ now: NOW }));
    expect(await referenceScan(fakes, NOW)).toEqual(smallWorldExpected);
  }, 30_000);

  it('the small world needs exactly the minimum requests expectedRequestCounts names', async () => {
    const world = smallWorld({ now: NOW });
    fakes = await startFakeServices(world);
    await referenceScan(fakes, NOW);
    const want = expectedRequestCounts(world, { skipListedMovies: false }); // the oracle asks every film
    const got = fakes.counts();
    expect(pick(got.plex.byRoute, ['sections', 'all', 'prefs'])).toEqual(want.plex.byRoute);
    expect(got.tmdb).toEqual(want.tmdb);
    expect(got.tvdb).toEqual(want.tvdb);
    expect(want.tmdb.byRoute).toEqual({ movie: 11, find: 2, collection: 3, tv: 1 });
  }, 30_000);

  it('finds exactly the generated ground truth, with multi-page TVDB lists', async () => {
    const { world, expected } = generateWorld({ seed: 7, movies: 400, shows: 60, episodes: 3000, now: NOW });
    fakes = await startFakeServices(world, { tvdbPageSize: 40 });
    expect(await referenceScan(fakes, NOW)).toEqual(expected);
    // The oracle asks for no translated names.
    const want = expectedRequestCounts(world, { tvdb: 40, language: null, skipListedMovies: false });
    const got = fakes.counts();
    expect(pick(got.plex.byRoute, ['sections', 'all', 'prefs'])).toEqual(want.plex.byRoute);
    expect(got.tmdb).toEqual(want.tmdb);
    expect(got.tvdb).toEqual(want.tvdb);
    expect(want.tvdb.byRoute.episodes).toBeGreaterThan(60);
  }, 60_000);
});

describe('the test oracle reads multi-episode names as docs/spec.md §3.3 says', () => {
  it.each([
    [
      'Show - S02E01-E02 - A.mkv',
      [
        [2, 1],
        [2, 2],
      ],
    ],
    [
      'Show - S02E01-02 - A.mkv',
      [
        [2, 1],
        [2, 2],
      ],
    ],
    [
      'Show - s02e01e02.mkv',
      [
        [2, 1],
        [2, 2],
      ],
    ],
    ['Show - S01E01-1080p.mkv', [[1, 1]]],
    ['Show - S01E05-720 - A.mkv', [[1, 5]]],
    ['Show - 2009-03-08 - A.mkv', []],
  ])('%s', (file, pairs) => {
    expect(fileEpisodes(`/data/tv/Show/${file}`)).toEqual(pairs);
  });
});
