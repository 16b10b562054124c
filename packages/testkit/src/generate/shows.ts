import { plexGuid } from '../guids.js';
import type { Rng } from '../prng.js';
import type { ExpectedEpisodes, ExpectedShowGap, ExpectedUnmatched } from '../world/expected-types.js';
import { byShow, byUnmatched } from '../world/order.js';
import type { TmdbShow, TvdbSeries, WorldShow, WorldShowSection } from '../world/types.js';
import { episodeItems, type ItemStyle } from './show-items.js';
import { absoluteOrder, airedOrder, type BaseEpisode, baseEpisodes, dvdOrder, type EpisodeIds, foldedOrder, type Numbered, toTmdb, toTvdb } from './show-lists.js';
import { effectiveOrdering, episodeBudget, pickPlacement, SHOW_SECTIONS, seasonSizes } from './show-plan.js';
import { imdbId, type TitlePool, uniqueTitle } from './text.js';

/** What the show half of the generator produces. */
export interface GeneratedShows {
  sections: WorldShowSection[];
  tvdbSeries: TvdbSeries[];
  tmdbShows: TmdbShow[];
  expected: ExpectedEpisodes;
}

const DAY = 86_400_000;

/** Owned: each aired regular episode with p 0.93 (all of them in a quarter of shows), minus a few whole seasons. */
function chooseOwned(rng: Rng, eps: BaseEpisode[], nowMs: number): Set<BaseEpisode> {
  const complete = rng.chance(0.25);
  const seasons = new Set(eps.filter((e) => e.season > 0).map((e) => e.season));
  const dropped = new Set([...seasons].filter(() => seasons.size > 1 && !complete && rng.chance(0.06)));
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const owned = new Set(
    eps.filter((e) => {
      if (!e.aired || e.aired > today) return false;
      if (e.season === 0) return rng.chance(0.3);
      if (e.aired === today) return rng.chance(0.5);
      return !dropped.has(e.season) && (complete || rng.chance(0.93));
    }),
  );
  // Plex never lists a show without episodes: keep at least the first aired regular one.
  const first = eps.find((e) => e.season > 0 && e.aired && e.aired < today);
  if (first && ![...owned].some((e) => e.season > 0)) owned.add(first);
  return owned;
}

/** Ground truth: listed, regular, aired at least 24 h before `now` (dates count from 00:00 UTC), not owned. */
function missingOf(list: Numbered[], owned: Set<BaseEpisode>, nowMs: number): ExpectedShowGap['seasons'] {
  const seasons = new Map<number, ExpectedShowGap['seasons'][number]>();
  for (const { ep, season, number } of list) {
    if (season === 0 || !ep.aired || owned.has(ep) || Date.parse(`${ep.aired}T00:00:00Z`) > nowMs - DAY) continue;
    let s = seasons.get(season);
    if (!s) seasons.set(season, (s = { season, missing: [] }));
    s.missing.push({ season, episode: number, title: ep.name, aired: ep.aired });
  }
  return [...seasons.values()].sort((a, b) => a.season - b.season).map((s) => ({ ...s, missing: s.missing.sort((a, b) => a.episode - b.episode) }));
}

/**
 * Shows: reference lists first (aired, DVD, absolute; TMDB numbering differs from TVDB's so the wrong
 * source gives wrong gaps), then the owned episodes, then Plex items numbered by the show's effective
 * ordering. Expected gaps come from the chosen-but-not-owned episodes.
 */
export function generateShows(rng: Rng, count: number, episodes: number, nowMs: number, nextKey: () => string): GeneratedShows {
  const sections: WorldShowSection[] = SHOW_SECTIONS.map(({ folder: _, ...s }) => ({ ...s, type: 'show', language: 'en-US', shows: [] }));
  const tvdbSeries: TvdbSeries[] = [];
  const tmdbShows: TmdbShow[] = [];
  const gaps: ExpectedShowGap[] = [];
  const unmatched: ExpectedUnmatched[] = [];
  const titles: TitlePool = new Map();
  const ids: EpisodeIds = { tvdb: 5_000_000, tmdb: 2_000_000 };
  const budget = episodeBudget(rng, count, episodes);
  const unmatchedCount = count >= 20 ? Math.max(1, Math.round(count * 0.01)) : 0;
  let tvdbId = 300_000;
  let tmdbId = 60_000;

  for (let i = 0; i < count; i++) {
    const big = budget.big[i]!;
    const { section, override } = pickPlacement(rng, big);
    const target = sections[section]!;
    const folder = SHOW_SECTIONS[section]!.folder;
    const ordering = effectiveOrdering(override, target.showOrdering);
    const title = uniqueTitle(rng, titles);
    const ratingKey = nextKey();
    const show: WorldShow = { ratingKey, title, guid: plexGuid('show', Number(ratingKey)), guids: [], episodes: [], ...(override === undefined ? {} : { showOrdering: override }) };
    target.shows.push(show);
    if (i >= count - unmatchedCount) {
      show.guid = `local://${ratingKey}`;
      show.episodes = [1, 2, 3].map((n) => ({ ratingKey: nextKey(), title: `Clip ${n}`, season: 1, episode: n, guids: [], files: [`/data/${folder}/${title}/S01E0${n}.mp4`] }));
      unmatched.push({ title, ratingKey, library: target.title });
      continue;
    }
    const sizes = seasonSizes(rng, budget.sizes[i]!, big, ordering.source === 'tmdb');
    const continuing = rng.chance(0.45);
    const eps = baseEpisodes(rng, { seasonSizes: sizes, specials: rng.chance(0.35) ? rng.int(1, 4) : 0, continuing }, nowMs, ids);
    const agent: ItemStyle['agent'] = ordering.source === 'tmdb' ? 'new' : section === 2 && rng.chance(0.3) ? 'hama' : rng.chance(0.07) ? 'legacy' : 'new';
    const series: TvdbSeries = { id: (tvdbId += rng.int(1, 9)), name: title, status: continuing ? 'Continuing' : 'Ended', firstAired: eps.find((e) => e.season === 1)?.aired ?? '', originalLanguage: section === 2 ? 'jpn' : 'eng', imdbId: imdbId(tvdbId + 1_000_000), tmdbId: null, episodes: { official: [] } };
    const aired = airedOrder(eps);
    const dvd = ordering.name === 'tvdbDvd' || rng.chance(0.1) ? dvdOrder(rng, eps, sizes) : undefined;
    const absolute = ordering.name === 'tvdbAbsolute' || section === 2 ? absoluteOrder(eps) : undefined;
    series.episodes = { official: toTvdb(ordering.source === 'tmdb' ? foldedOrder(eps) : aired, !continuing), ...(dvd ? { dvd: toTvdb(dvd, false) } : {}), ...(absolute ? { absolute: toTvdb(absolute, false) } : {}) };
    tvdbSeries.push(series);
    let tmdb: TmdbShow | undefined;
    if (agent === 'new') {
      tmdb = { id: (tmdbId += rng.int(1, 9)), name: title, firstAirDate: series.firstAired, status: continuing ? 'Returning Series' : 'Ended', imdbId: series.imdbId, tvdbId: series.id, seasons: toTmdb(ordering.source === 'tmdb' ? aired : foldedOrder(eps)) };
      series.tmdbId = tmdb.id;
      tmdbShows.push(tmdb);
      show.guids = [`imdb://${series.imdbId}`, `tmdb://${tmdb.id}`, `tvdb://${series.id}`];
    } else {
      show.guid = agent === 'hama' ? `com.plexapp.agents.hama://tvdb-${series.id}?lang=en` : `com.plexapp.agents.thetvdb://${series.id}?lang=en`;
    }
    if (rng.chance(0.03)) show.flattenSeasons = true;
    const list = ordering.source === 'tmdb' ? aired : ordering.name === 'tvdbDvd' ? dvd! : ordering.name === 'tvdbAbsolute' ? absolute! : aired;
    const owned = chooseOwned(rng, eps, nowMs);
    show.episodes = episodeItems(rng, list, owned, { showTitle: title, folder, agent, tvdbSeriesId: series.id, source: ordering.source }, nextKey);
    const seasons = missingOf(list, owned, nowMs);
    const missingCount = seasons.reduce((n, s) => n + s.missing.length, 0);
    if (missingCount > 0) {
      gaps.push({ title, tvdbId: series.id, tmdbId: tmdb?.id ?? null, source: ordering.source, ordering: ordering.name, missingCount, seasons });
    }
  }
  return {
    sections,
    tvdbSeries,
    tmdbShows,
    expected: {
      shows: gaps.sort(byShow),
      unmatched: unmatched.sort(byUnmatched),
    },
  };
}
