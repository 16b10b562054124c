import type { FreshnessOptions } from '@complexionist/core';
import type { KeySpec } from './schema.js';
import type { Config } from './types.js';

/**
 * The `cache.*` settings of issue 19 beside `cache.ttl_hours.*`: how cached answers are kept fresh
 * (docs/freshness.md). Kept apart from the main list so the schema stays short.
 */
export const CACHE_KEYS = [
  {
    key: 'cache.jitter_percent',
    type: 'whole',
    min: 0,
    default: 50,
    description:
      'Share (0–100 %) of each TTL cut off at random per entry, so entries do not all expire at once',
  },
  {
    key: 'cache.change_feeds',
    type: 'boolean',
    default: true,
    description: "Read TVDB's change feed to keep unchanged episode lists (else the TTLs alone decide)",
  },
  {
    key: 'cache.feed_ttl_hours',
    type: 'hours',
    default: 168,
    description: "Hours a running show's TVDB episode list is kept while the change feed is read",
  },
  {
    key: 'cache.skip_listed_movies',
    type: 'boolean',
    default: true,
    description: 'Skip the TMDB lookup of an owned film a fetched collection lists',
  },
] as const satisfies readonly KeySpec[];

/** `cache.*` settings of issue 19 as the camelCase config holds them. */
export interface CacheFreshnessConfig {
  jitterPercent: number;
  changeFeeds: boolean;
  feedTtlHours: number;
  skipListedMovies: boolean;
}

/** Core's freshness options from the configuration. */
export function toFreshness(config: Config): FreshnessOptions {
  const cache = config.cache;
  return {
    jitter: Math.min(100, cache.jitterPercent) / 100,
    feeds: cache.changeFeeds ? 'auto' : 'off',
    episodesWithFeedHours: cache.feedTtlHours,
    skipListedMovies: cache.skipListedMovies,
  };
}
