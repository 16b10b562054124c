import { isAfterToday, utcDay, utcMidnight } from './dates.js';
import { episodeIgnoreSet, isEpisodeIgnored, type ShowIdKeys } from './ignore.js';
import { MAX_EPISODE_RANGE, parseEpisodeRange, type SeasonSize } from './multi-episode.js';
import type { MissingEpisode, SeasonGap } from './report.js';
import type { EpisodeSourceName, OwnedEpisode, ReferenceEpisode } from './types.js';

/** One show's data for the episode gap rules. */
export interface EpisodeGapInput {
  /** The show's ids (for `ignore.episodes`). */
  ids: ShowIdKeys;
  /** Which source `reference` came from (decides which episode-level Guid matches a reference id). */
  source: EpisodeSourceName;
  reference: readonly ReferenceEpisode[];
  /** The show's episode items from Plex. */
  owned: readonly OwnedEpisode[];
  /**
   * `ownedEpisodeKeys(owned)` when the caller has it already (a scan counts owned episodes first), so that
   * the file names of a show's episodes are read once, not twice.
   */
  ownedKeys?: ReadonlySet<string>;
}

/** The options the episode rules need (defaults filled in). */
export interface EpisodeFilterOptions {
  includeFuture: boolean;
  includeSpecials: boolean;
  recentThresholdHours: number;
  /** `ignore.episodes` entries such as `"81189:S01E02"`. */
  ignoreEpisodes: readonly string[];
}

const HOUR_MS = 3_600_000;

/** `"<season>:<episode>"`, the key of the owned set. */
export function episodeKey(season: number, episode: number): string {
  return `${season}:${episode}`;
}

/**
 * Owned episodes of a show (docs/spec.md §3.3): distinct (season, episode) of its items, every episode named
 * by a multi-episode file name of their Parts, and every reference episode whose id appears as an
 * episode-level Guid of the same source.
 */
export function ownedEpisodeKeys(
  owned: readonly OwnedEpisode[],
  reference: readonly ReferenceEpisode[] = [],
  source?: EpisodeSourceName,
): Set<string> {
  const keys = new Set<string>();
  const size = seasonSizes(reference);
  for (const item of owned) {
    if (item.season !== undefined && item.episode !== undefined)
      keys.add(episodeKey(item.season, item.episode));
    for (const file of item.files) {
      for (const ref of parseEpisodeRange(file, size)) keys.add(episodeKey(ref.season, ref.episode));
    }
  }
  addGuidMatches(keys, owned, reference, source);
  return keys;
}

/** Each season's episode count (its highest episode number) in `reference`, or undefined without seasons. */
function seasonSizes(reference: readonly ReferenceEpisode[]): SeasonSize | undefined {
  const sizes = new Map<number, number>();
  for (const ep of reference) sizes.set(ep.season, Math.max(sizes.get(ep.season) ?? 0, ep.episode));
  if (![...sizes.values()].some((n) => n > MAX_EPISODE_RANGE)) return undefined;
  return (season) => sizes.get(season);
}

/**
 * Adds the episodes of ranges longer than {@link MAX_EPISODE_RANGE} that end within their season in
 * `reference` (`S01E01-E21` of a 21-episode season). Keys counted before the reference list was known lack
 * them; files are read again only when some season is long enough to hold such a range.
 */
function addSeasonRanges(
  keys: Set<string>,
  owned: readonly OwnedEpisode[],
  reference: readonly ReferenceEpisode[],
): void {
  const size = seasonSizes(reference);
  if (size === undefined) return;
  for (const item of owned) {
    for (const file of item.files) {
      for (const ref of parseEpisodeRange(file, size)) keys.add(episodeKey(ref.season, ref.episode));
    }
  }
}

/** Adds to `keys` every reference episode whose id is an episode-level Guid (of `source`) of an item. */
function addGuidMatches(
  keys: Set<string>,
  owned: readonly OwnedEpisode[],
  reference: readonly ReferenceEpisode[],
  source: EpisodeSourceName | undefined,
): void {
  if (source === undefined || reference.length === 0) return;
  const guidIds = new Set<number>();
  for (const item of owned) {
    const guid = item.ids[source];
    if (guid !== undefined) guidIds.add(guid);
  }
  if (guidIds.size === 0) return;
  for (const ref of reference) {
    if (ref.id !== undefined && guidIds.has(ref.id)) keys.add(episodeKey(ref.season, ref.episode));
  }
}

/**
 * True when a reference episode takes part in the comparison (docs/spec.md §3.5): specials only with
 * `includeSpecials`; a missing or later-than-today air date only with `includeFuture`; an episode that aired
 * less than `recentThresholdHours` ago (its air date counting as 00:00 UTC) is left out. With
 * `includeFuture` the recent threshold does not apply either: the user asked for unaired episodes too.
 */
export function isEpisodeConsidered(ep: ReferenceEpisode, options: EpisodeFilterOptions, now: Date): boolean {
  return considered(ep, options, now, utcDay(now));
}

/** {@link isEpisodeConsidered} with `today` (the UTC day of `now`) worked out once per show by the caller. */
function considered(ep: ReferenceEpisode, options: EpisodeFilterOptions, now: Date, today: string): boolean {
  if (ep.season === 0 && !options.includeSpecials) return false;
  if (options.includeFuture) return true;
  if (isAfterToday(ep.aired, today)) return false;
  const airedAt = utcMidnight(ep.aired ?? '');
  if (Number.isNaN(airedAt)) return false;
  return now.getTime() - airedAt >= options.recentThresholdHours * HOUR_MS;
}

/**
 * Pure episode gap rules for one show (docs/spec.md §3 steps 3, 5, 7): the considered reference episodes that
 * are not owned and not ignored, grouped by season in season/episode order.
 */
export function findEpisodeGaps(
  input: EpisodeGapInput,
  options: EpisodeFilterOptions,
  now: Date,
): SeasonGap[] {
  const owned = new Set(input.ownedKeys ?? ownedEpisodeKeys(input.owned));
  addSeasonRanges(owned, input.owned, input.reference);
  addGuidMatches(owned, input.owned, input.reference, input.source);
  const ignored = episodeIgnoreSet(options.ignoreEpisodes);
  const seen = new Set<string>();
  const missing: MissingEpisode[] = [];
  // Once per show, not once per reference episode (tens of thousands in a scan).
  const today = utcDay(now);
  for (const ep of input.reference) {
    const key = episodeKey(ep.season, ep.episode);
    if (seen.has(key)) continue;
    seen.add(key);
    if (owned.has(key) || !considered(ep, options, now, today)) continue;
    if (isEpisodeIgnored(input.ids, ep.season, ep.episode, ignored)) continue;
    missing.push({
      season: ep.season,
      episode: ep.episode,
      title: ep.title ?? null,
      aired: ep.aired ?? null,
    });
  }
  missing.sort((a, b) => a.season - b.season || a.episode - b.episode);
  const seasons: SeasonGap[] = [];
  for (const ep of missing) {
    const last = seasons[seasons.length - 1];
    if (last && last.season === ep.season) last.missing.push(ep);
    else seasons.push({ season: ep.season, missing: [ep] });
  }
  return seasons;
}
