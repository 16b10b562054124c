import type { TvdbUpdateFeed } from '../feed-ports.js';
import type { CacheEntry, CacheStore } from '../ports.js';
import type { EpisodeList } from '../types.js';
import type { CacheNamespace } from './cached-lookup.js';
import type { FreshnessOptions } from './freshness-options.js';

/** Overlap of each feed read with the previous one: an update can reach the feed minutes late (§8.2.1). */
export const FEED_OVERLAP_MS = 3_600_000;
/**
 * A scan this soon after the last complete read asks the feed nothing: what changed since is read by the
 * next scan after it (the cursor stays), well within a day, and a repeated scan costs no request at all.
 */
export const FEED_MIN_INTERVAL_MS = 3_600_000;
const HOUR = 3_600_000;

/** Where the last complete read of the feed got to (cache namespace `feeds`). */
interface FeedCursor {
  since: number;
  /** When that read was made (epoch ms). */
  readAt?: number;
}

/** What a scan of episodes knows from TVDB's change feed. */
export interface EpisodeFeed {
  /** True when the feed was read: cached lists of unnamed series are current. */
  readonly usable: boolean;
  /** Says whether a cached TVDB episode list must be fetched again (see `LookupContext.isStale`). */
  isStale(namespace: CacheNamespace, key: string, entry: CacheEntry<unknown>): boolean;
  /** Hours a continuing show's TVDB list is kept. */
  continuingHours(ttlHours: number): number;
  /** Records that this scan saw every change up to its start (call after a complete scan). */
  commit(): Promise<void>;
  /** Why the feed was not used, for a warning; undefined when it was used or none is configured. */
  problem?: string;
}

/**
 * Reads the series TVDB changed since the last complete scan (issue 19). A cached episode list of a
 * series the feed names is fetched again; the others are kept up to `episodesWithFeedHours`. Without a
 * cursor (first scan), after a gap longer than the feed's window, or when the feed fails, the plain TTL
 * (`tvdbEpisodes`) decides, judged by each entry's age.
 */
export async function readEpisodeFeed(
  feed: TvdbUpdateFeed | undefined,
  cache: CacheStore | undefined,
  options: { now: Date; freshness: FreshnessOptions; tvdbTtlHours: number; signal?: AbortSignal | undefined },
): Promise<EpisodeFeed> {
  const nowMs = options.now.getTime();
  const plain = (hours: number): number => hours;
  if (!feed || !cache || options.freshness.feeds === 'off') {
    return { usable: false, isStale: () => false, continuingHours: plain, commit: async () => {} };
  }
  const key = `${feed.cacheScope}:series`;
  const windowMs = feed.windowDays * 24 * HOUR;
  const commit = async (): Promise<void> => {
    const cursor: FeedCursor = { since: nowMs - FEED_OVERLAP_MS, readAt: nowMs };
    await cache.set('feeds', key, cursor, Math.round(windowMs / 1000));
  };
  const ttlFallback = (namespace: CacheNamespace, _key: string, entry: CacheEntry<unknown>): boolean => {
    if (namespace !== 'tvdb_episodes' || entry.storedAt === undefined) return false;
    const list = entry.value as EpisodeList | null;
    return list !== null && !list.ended && nowMs - entry.storedAt >= options.tvdbTtlHours * HOUR;
  };
  const longer = (hours: number): number => Math.max(hours, options.freshness.episodesWithFeedHours);
  let cursor: CacheEntry<FeedCursor> | undefined;
  try {
    cursor = await cache.get<FeedCursor>('feeds', key);
  } catch {
    cursor = undefined;
  }
  const since = cursor?.value?.since;
  if (since === undefined || nowMs - since > windowMs) {
    return { usable: false, isStale: ttlFallback, continuingHours: longer, commit };
  }
  const readAt = cursor?.value?.readAt;
  if (readAt !== undefined && nowMs >= readAt && nowMs - readAt < FEED_MIN_INTERVAL_MS) {
    return { usable: true, isStale: () => false, continuingHours: longer, commit: async () => {} };
  }
  let changed: Set<number>;
  try {
    changed = new Set(
      await feed.seriesChangedSince(new Date(since), options.signal ? { signal: options.signal } : {}),
    );
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      usable: false,
      isStale: ttlFallback,
      continuingHours: longer,
      commit: async () => {},
      problem: `TVDB's change feed could not be read (${reason}); episode lists older than ${options.tvdbTtlHours} h were fetched again.`,
    };
  }
  const prefix = `${feed.cacheScope}:`;
  return {
    usable: true,
    isStale(namespace, entryKey) {
      if (namespace !== 'tvdb_episodes' || !entryKey.startsWith(prefix)) return false;
      const id = Number(entryKey.slice(prefix.length).split(':')[0]);
      return changed.has(id);
    },
    continuingHours: longer,
    commit,
  };
}
