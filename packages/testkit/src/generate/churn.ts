import { readGuidIds } from '../guids.js';
import { createRng } from '../prng.js';
import type { TvdbSeries, World, WorldShow } from '../world/types.js';
import { effectiveOrdering } from './show-plan.js';
import { dayFrom } from './text.js';

const DAY = 86_400_000;

/** One change the world went through, and what a report shows once it has seen it. */
export type ChurnEvent =
  | { day: number; kind: 'collection-part'; collectionId: number; tmdbId: number }
  | { day: number; kind: 'episode-listed' | 'renumbered'; tvdbId: number; season: number; episode: number };

/** Changes per simulated day. */
export interface ChurnRates {
  /** New released parts added to collections the library has started. @default 2 */
  collectionParts?: number;
  /** New aired episodes listed for running TVDB-ordered shows. @default 3 */
  episodes?: number;
  /** Running shows whose latest aired episode, not owned, TVDB renumbers (E n → E n+1). @default 1 */
  renumbered?: number;
}

/** A running TVDB-ordered (aired order) show of the Plex library and its series. */
interface Candidate {
  show: WorldShow;
  series: TvdbSeries;
}

function candidates(world: World): Candidate[] {
  const series = new Map(world.tvdb.series.map((s) => [s.id, s]));
  const out: Candidate[] = [];
  for (const section of world.plex.sections) {
    if (section.type !== 'show' || section.agent !== 'tv.plex.agents.series') continue;
    for (const show of section.shows) {
      if (effectiveOrdering(show.showOrdering, section.showOrdering).name !== 'tvdbAiring') continue;
      const id = readGuidIds(show.guid, show.guids).tvdb;
      const s = id === undefined ? undefined : series.get(id);
      if (s && s.status === 'Continuing' && !show.flattenSeasons) out.push({ show, series: s });
    }
  }
  return out;
}

/**
 * Moves a world on one day at a time with seeded churn (issue 19): TMDB adds released parts to collections
 * the library has started, TVDB lists newly aired episodes of running shows and renumbers the latest aired
 * episode (one the library lacks, so the report shows the new number) of others (marking each changed series `lastUpdated`, so its `/updates` lists it). Every change
 * is returned as a {@link ChurnEvent} with the day it was made. Mutates `world` (its `now` too); call the
 * fakes' `reload()` after each day.
 */
export function createChurn(world: World, seed: number, rates: ChurnRates = {}) {
  const rng = createRng((seed ^ 0x5bd1e995) >>> 0);
  const perDay = { collectionParts: 2, episodes: 3, renumbered: 1, ...rates };
  const startMs = Date.parse(world.now ?? new Date().toISOString());
  const movieIds = new Set(world.tmdb.movies.map((m) => m.id));
  let nextMovie = Math.max(0, ...movieIds) + 1000;
  let nextEpisode = 800_000_000;
  const running = candidates(world);
  let day = 0;

  const addPart = (nowMs: number): ChurnEvent => {
    const collection = rng.pick(world.tmdb.collections);
    const id = nextMovie++;
    const releaseDate = dayFrom(nowMs, -rng.int(30, 3000));
    world.tmdb.movies.push({
      id,
      title: `${collection.name.replace(/ Collection$/, '')}: Rediscovered ${id}`,
      releaseDate,
      imdbId: `tt${String(id).padStart(8, '0')}`,
      status: 'Released',
      collectionId: collection.id,
      posterPath: null,
    });
    collection.partIds.push(id);
    return { day, kind: 'collection-part', collectionId: collection.id, tmdbId: id };
  };

  const lastAired = (s: TvdbSeries, today: string) =>
    s.episodes.official.filter((e) => e.seasonNumber > 0 && e.aired !== null && e.aired <= today).at(-1);

  const listEpisode = (nowMs: number): ChurnEvent | undefined => {
    const { series } = rng.pick(running);
    const latest = lastAired(series, dayFrom(nowMs, -2));
    if (!latest) return undefined;
    const season = latest.seasonNumber;
    const number =
      Math.max(...series.episodes.official.filter((e) => e.seasonNumber === season).map((e) => e.number)) + 1;
    series.episodes.official.push({
      id: nextEpisode++,
      name: `Newly Listed ${number}`,
      aired: dayFrom(nowMs, -2),
      seasonNumber: season,
      number,
      absoluteNumber: series.episodes.official.length + 1,
    });
    series.lastUpdated = new Date(nowMs).toISOString();
    return { day, kind: 'episode-listed', tvdbId: series.id, season, episode: number };
  };

  const renumber = (nowMs: number): ChurnEvent | undefined => {
    const { show, series } = rng.pick(running);
    // Not a series changed today: renumbering the episode just listed would hide that change.
    if (series.lastUpdated === new Date(nowMs).toISOString()) return undefined;
    const latest = lastAired(series, dayFrom(nowMs, -2));
    if (!latest) return undefined;
    const sameSeason = series.episodes.official.filter((e) => e.seasonNumber === latest.seasonNumber);
    if (Math.max(...sameSeason.map((e) => e.number)) !== latest.number) return undefined;
    // A missing episode, so the report shows the new number (an owned one is matched by its episode id).
    const owned = show.episodes.some((e) => e.season === latest.seasonNumber && e.episode === latest.number);
    if (owned) return undefined;
    latest.number += 1;
    series.lastUpdated = new Date(nowMs).toISOString();
    return {
      day,
      kind: 'renumbered',
      tvdbId: series.id,
      season: latest.seasonNumber,
      episode: latest.number,
    };
  };

  return {
    /** The simulated day: 0 before the first `advance()`. */
    get day() {
      return day;
    },
    /** Moves the world's `now` on by one day and applies that day's changes. */
    advance(): ChurnEvent[] {
      day += 1;
      const nowMs = startMs + day * DAY;
      world.now = new Date(nowMs).toISOString();
      const events: ChurnEvent[] = [];
      if (world.tmdb.collections.length > 0)
        for (let i = 0; i < perDay.collectionParts; i++) events.push(addPart(nowMs));
      if (running.length > 0) {
        for (let i = 0; i < perDay.episodes; i++) {
          const e = listEpisode(nowMs);
          if (e) events.push(e);
        }
        for (let i = 0; i < perDay.renumbered; i++) {
          const e = renumber(nowMs);
          if (e) events.push(e);
        }
      }
      return events;
    },
  };
}

/** Days each kind of change may take to appear in a report (docs/freshness.md). */
export const PROMISE_DAYS: Record<ChurnEvent['kind'], number> = {
  'collection-part': 7,
  'episode-listed': 1,
  renumbered: 1,
};
