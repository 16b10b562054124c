import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import {
  DEFAULT_CACHE_TTLS,
  resolveCacheTtls,
  resolveEpisodeOptions,
  resolveMovieOptions,
} from './resolve-options.js';

describe('option defaults (docs/spec.md §6)', () => {
  it('movie options default to min size 2, min owned 1, no future, nothing ignored', () => {
    expect(resolveMovieOptions()).toEqual({
      includeFuture: false,
      minCollectionSize: 2,
      minOwned: 1,
      ignoreCollections: [],
      ignoreMovies: [],
    });
  });

  it('episode options default to no specials, no future, 24 h, auto source', () => {
    expect(resolveEpisodeOptions({ ignore: { shows: ['1'] } })).toEqual({
      includeFuture: false,
      includeSpecials: false,
      recentThresholdHours: 24,
      excludeShows: [],
      episodeSource: 'auto',
      ignoreShows: ['1'],
      ignoreEpisodes: [],
    });
  });

  it('a negative or non-numeric count is a usage error naming the option', () => {
    expect(() => resolveMovieOptions({ minCollectionSize: 0 })).toThrow(/minCollectionSize/);
    expect(() => resolveEpisodeOptions({ recentThresholdHours: Number.NaN })).toThrow(UsageError);
  });

  it('an unknown episode source is a usage error', () => {
    expect(() => resolveEpisodeOptions({ episodeSource: 'imdb' as 'tvdb' })).toThrow(/auto, tvdb or tmdb/);
  });

  it('cache TTLs default to 1440/168/24/24 (films 60 days since issue 19) hours and take overrides', () => {
    expect(DEFAULT_CACHE_TTLS).toEqual({
      tmdbMovie: 1440,
      tmdbCollection: 168,
      tvdbEpisodes: 24,
      tmdbEpisodes: 24,
    });
    expect(resolveCacheTtls({ tvdbEpisodes: 2 })).toEqual({ ...DEFAULT_CACHE_TTLS, tvdbEpisodes: 2 });
  });
});
