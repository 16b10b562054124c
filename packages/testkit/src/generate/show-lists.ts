import type { Rng } from '../prng.js';
import type { TmdbSeason, TvdbEpisode } from '../world/types.js';
import { dayFrom, episodeTitle } from './text.js';

/** One underlying episode; every ordering numbers the same episodes differently. */
export interface BaseEpisode {
  tvdbId: number;
  tmdbId: number;
  name: string;
  aired: string | null;
  /** Aired-order numbers. */
  season: number;
  number: number;
  absolute: number;
  isMovie?: 0 | 1;
}

/** An episode as numbered by one list. */
export interface Numbered {
  ep: BaseEpisode;
  season: number;
  number: number;
}

/** Shape of a show's run. */
export interface ShowPlan {
  seasonSizes: number[];
  specials: number;
  continuing: boolean;
}

/** Global id counters for TVDB and TMDB episode ids. */
export interface EpisodeIds {
  tvdb: number;
  tmdb: number;
}

/**
 * Aired-order episodes with dates: ended shows stop 30–3,000 days ago; continuing shows end with a few
 * unaired episodes (one may air today, the last may have no date) after one aired 2–6 days ago.
 */
export function baseEpisodes(rng: Rng, plan: ShowPlan, nowMs: number, ids: EpisodeIds): BaseEpisode[] {
  const regular: BaseEpisode[] = [];
  let absolute = 0;
  plan.seasonSizes.forEach((size, s) => {
    for (let n = 1; n <= size; n++) {
      regular.push({
        tvdbId: ++ids.tvdb,
        tmdbId: ++ids.tmdb,
        name: episodeTitle(rng, ++absolute),
        aired: null,
        season: s + 1,
        number: n,
        absolute,
      });
    }
  });
  // Keep at least one aired episode: Plex never lists a show without episodes.
  const cap = Math.min(6, plan.seasonSizes.at(-1) ?? 1, regular.length - 1);
  const unaired = plan.continuing && cap >= 1 ? rng.int(1, cap) : 0;
  let day = rng.chance(0.3) ? 0 : rng.int(3, 10);
  regular.slice(regular.length - unaired).forEach((ep, i, tail) => {
    ep.aired = i === tail.length - 1 && i > 0 && rng.chance(0.4) ? null : dayFrom(nowMs, day);
    day += 7;
  });
  day = plan.continuing ? -rng.int(2, 6) : -rng.int(30, 3000);
  for (let i = regular.length - unaired - 1; i >= 0; i--) {
    const ep = regular[i]!;
    ep.aired = dayFrom(nowMs, day);
    day -= ep.number === 1 ? rng.int(150, 300) : 7;
  }
  const specials: BaseEpisode[] = [];
  for (let n = 1; n <= plan.specials; n++) {
    const anchor = regular[rng.int(0, regular.length - 1)]?.aired ?? null;
    specials.push({
      tvdbId: ++ids.tvdb,
      tmdbId: ++ids.tmdb,
      name: `Special ${n}`,
      aired: rng.chance(0.2) ? null : anchor,
      season: 0,
      number: n,
      absolute: 0,
      ...(rng.chance(0.1) ? { isMovie: 1 as const } : {}),
    });
  }
  return [...specials, ...regular];
}

/** Aired order as numbered by the episodes themselves. */
export const airedOrder = (eps: BaseEpisode[]): Numbered[] =>
  eps.map((ep) => ({ ep, season: ep.season, number: ep.number }));

/** The other database's numbering: season 2 folded into season 1 (so using the wrong source shows). */
export function foldedOrder(eps: BaseEpisode[]): Numbered[] {
  const s1 = eps.filter((e) => e.season === 1).length;
  return eps.map((ep) =>
    ep.season === 2
      ? { ep, season: 1, number: s1 + ep.number }
      : ep.season > 2
        ? { ep, season: ep.season - 1, number: ep.number }
        : { ep, season: ep.season, number: ep.number },
  );
}

/** DVD order: episodes 2 and 3 of some seasons swapped, and two episodes moved from season 2 to 1. */
export function dvdOrder(rng: Rng, eps: BaseEpisode[], sizes: number[]): Numbered[] {
  const regular = eps.filter((e) => e.season > 0);
  for (let start = 0, s = 0; s < sizes.length; start += sizes[s]!, s++) {
    if (sizes[s]! >= 3 && rng.chance(0.6))
      [regular[start + 1], regular[start + 2]] = [regular[start + 2]!, regular[start + 1]!];
  }
  const dvdSizes = sizes.slice();
  if (dvdSizes.length >= 2 && dvdSizes[1]! > 2) {
    dvdSizes[0]! += 2;
    dvdSizes[1]! -= 2;
  }
  const out: Numbered[] = eps
    .filter((e) => e.season === 0)
    .map((ep) => ({ ep, season: 0, number: ep.number }));
  let i = 0;
  dvdSizes.forEach((size, s) => {
    for (let n = 1; n <= size; n++) out.push({ ep: regular[i++]!, season: s + 1, number: n });
  });
  return out;
}

/** Absolute order: one season numbered 1…N; specials stay in season 0. */
export const absoluteOrder = (eps: BaseEpisode[]): Numbered[] =>
  eps.map((ep) =>
    ep.season === 0 ? { ep, season: 0, number: ep.number } : { ep, season: 1, number: ep.absolute },
  );

/** A numbered list as TVDB episode records. */
export function toTvdb(list: Numbered[], finale: boolean): TvdbEpisode[] {
  const last = list.at(-1);
  return list.map(({ ep, season, number }) => ({
    id: ep.tvdbId,
    name: ep.name,
    aired: ep.aired,
    seasonNumber: season,
    number,
    absoluteNumber: ep.absolute,
    ...(ep.isMovie ? { isMovie: ep.isMovie } : {}),
    ...(finale && last?.ep === ep ? { finaleType: 'series' as const } : {}),
  }));
}

/** A numbered list as TMDB seasons. */
export function toTmdb(list: Numbered[]): TmdbSeason[] {
  const seasons = new Map<number, TmdbSeason>();
  for (const { ep, season, number } of list) {
    const s = seasons.get(season) ?? { seasonNumber: season, episodes: [] };
    seasons.set(season, s);
    s.episodes.push({
      id: ep.tmdbId,
      episodeNumber: number,
      name: ep.name,
      airDate: ep.aired,
      episodeType: 'standard',
    });
  }
  for (const s of seasons.values()) {
    const last = s.episodes.at(-1);
    if (last && s.seasonNumber > 0) last.episodeType = 'finale';
  }
  return [...seasons.values()].sort((a, b) => a.seasonNumber - b.seasonNumber);
}
