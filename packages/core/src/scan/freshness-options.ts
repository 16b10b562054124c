import { DEFAULT_JITTER } from './freshness.js';

/** How a scan keeps its cache fresh (issue 19; docs/freshness.md). */
export interface FreshnessOptions {
  /** Share of each TTL that jitter may take off, 0–1. @default 0.5 */
  jitter: number;
  /** Read change feeds when they are given ('off' uses TTLs alone). @default 'auto' */
  feeds: 'auto' | 'off';
  /**
   * Hours a continuing show's episode list is kept when a change feed names every change to it; without
   * a usable feed the `tvdbEpisodes` TTL applies. @default 168
   */
  episodesWithFeedHours: number;
  /**
   * Skip the `/movie` lookup of an owned movie that a fetched (or cached) collection lists: its membership
   * is known. @default true
   */
  skipListedMovies: boolean;
}

/** Freshness settings when none are given. */
export const DEFAULT_FRESHNESS: FreshnessOptions = Object.freeze({
  jitter: DEFAULT_JITTER,
  feeds: 'auto',
  episodesWithFeedHours: 168,
  skipListedMovies: true,
});

/** Fills defaults in; out-of-range values are clamped (the config layer reports bad input). */
export function resolveFreshness(options: Partial<FreshnessOptions> = {}): FreshnessOptions {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const merged = { ...DEFAULT_FRESHNESS, ...given } as FreshnessOptions;
  return { ...merged, jitter: Math.min(1, Math.max(0, merged.jitter)) };
}
