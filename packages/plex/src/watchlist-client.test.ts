import { mediaLibraryContract, watchlistSourceContract } from '@complexionist/contract';
import { combineLibraries, isComplexionistError } from '@complexionist/core';
import {
  DEFAULT_CREDENTIALS,
  type FakeServices,
  startFakeServices,
  TWO_SERVER_SPLIT,
  twoServerWorld,
} from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlexClient } from './plex-client.js';
import { createPlexWatchlistClient } from './watchlist-client.js';

let fakes: FakeServices;
beforeAll(async () => {
  fakes = await startFakeServices(twoServerWorld(), { plexSplit: TWO_SERVER_SPLIT });
});
afterAll(() => fakes.close());

const watchlist = (pageSize = 4, accountToken = fakes.plexAccountToken) =>
  createPlexWatchlistClient({ accountToken, baseURL: fakes.discoverUrl, pageSize });

watchlistSourceContract('createPlexWatchlistClient over the fake Discover', async () => ({
  source: watchlist(),
  fixtures: {
    movieCount: 6,
    showCount: 3,
    sample: {
      ratingKey: '5d0000000000000000002329',
      type: 'movie',
      title: 'The Matrix Reloaded',
      year: 2003,
      releaseDate: '2003-05-15',
      ids: { imdb: 'tt0234215', tmdb: 604 },
    },
    withoutIds: 'Some Indie Film',
  },
}));

mediaLibraryContract('two fake Plex servers combined', async () => ({
  source: combineLibraries(
    fakes.plexServers.map((s, i) => ({
      name: i === 0 ? 'Tower' : 'Annex',
      library: createPlexClient({ url: s.url, token: s.token, pageSize: 2 }),
    })),
  ),
  fixtures: {
    movieSection: { key: 'Annex/6', title: 'Movies', movieCount: 2 },
    showSection: {
      key: 'Tower/2',
      title: 'TV Shows',
      showCount: 3,
      episodeCount: 24,
      defaultOrdering: 'tvdbAiring',
      agent: 'tv.plex.agents.series',
    },
  },
}));

describe('createPlexWatchlistClient', () => {
  it('reads ids of an item listed without Guid from its details, in pages of the size asked', async () => {
    fakes.resetCounts();
    const items = await watchlist(4).listWatchlist();
    expect(items.find((i) => i.title === 'Dune: Part Two')?.ids).toEqual({
      imdb: 'tt15239678',
      tmdb: 693134,
    });
    expect(items.map((i) => i.title)).toHaveLength(9);
    expect(fakes.counts().discover.byRoute).toEqual({ watchlist: 3, metadata: 1 });
  });

  it('leaves out an item whose details fail, with a message, and fails without a callback', async () => {
    fakes.setFault('discover', { status: 400, path: '/library/metadata' });
    try {
      const skipped: string[] = [];
      const items = await watchlist(100).listWatchlist({ onSkippedItem: (m) => skipped.push(m) });
      expect(items.map((i) => i.title)).not.toContain('Dune: Part Two');
      expect(items).toHaveLength(8);
      expect(skipped).toEqual([expect.stringContaining('"Dune: Part Two" could not be read')]);
      await expect(watchlist(100).listWatchlist()).rejects.toMatchObject({ kind: 'response', status: 400 });
    } finally {
      fakes.setFault('discover', undefined);
    }
  });

  it('says which token to fix when plex.tv refuses it, without showing it', async () => {
    const error = await watchlist(4, DEFAULT_CREDENTIALS.plexToken)
      .listWatchlist()
      .catch((e: unknown) => e);
    expect(isComplexionistError(error) && error.kind).toBe('auth');
    expect(String((error as Error).message)).toContain('PLEX_ACCOUNT_TOKEN');
    expect(String((error as Error).message)).not.toContain(DEFAULT_CREDENTIALS.plexToken);
  });

  it('names the Discover address setting when it cannot be reached', async () => {
    const client = createPlexWatchlistClient({ accountToken: 'x', baseURL: 'http://127.0.0.1:1' });
    const error = await client.listWatchlist().catch((e: unknown) => e);
    expect(isComplexionistError(error) && error.kind).toBe('connection');
    expect(String((error as Error).message)).toContain('plex.discover_url');
  });
});
