import type { CallOptions } from './ports.js';

/**
 * TheTVDB's change feed (`GET /updates?since=<epoch s>&type=series`, api-notes §8.2.1): the series whose
 * records (episodes included) changed since a moment. Lets a scan keep unchanged episode lists and refetch
 * only the changed ones.
 */
export interface TvdbUpdateFeed {
  /** Identifies the source and its base URL, like the episode source's `cacheScope`. */
  readonly cacheScope: string;
  /** Days back the feed reaches; a longer gap since the last read falls back to the TTLs. */
  readonly windowDays: number;
  /** Ids of every series changed since `since` (every page read), deduplicated. */
  seriesChangedSince(since: Date, options?: CallOptions): Promise<number[]>;
}
