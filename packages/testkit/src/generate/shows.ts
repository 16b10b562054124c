import { plexGuid } from '../guids.js';
import type { Rng } from '../prng.js';
import type { ExpectedEpisodes, ExpectedShowGap, ExpectedUnmatched } from '../world/expected-types.js';
import { byShow, byUnmatched } from '../world/order.js';
import type { TmdbShow, TvdbSeries, WorldShow, WorldShowSection } from '../world/types.js';
import { episodeItems, type ItemStyle } from './show-items.js';
import { baseEpisodes, type EpisodeIds } from './show-lists.js';
import { effectiveOrdering, episodeBudget, pickPlacement, SHOW_SECTIONS, seasonSizes } from './show-plan.js';
import { type ShowIds, showRecords } from './show-records.js';
import { chooseOwned, dueEpisodes, missingOf } from './show-truth.js';
import { type TitlePool, uniqueTitle } from './text.js';

/** What the show half of the generator produces. */
export interface GeneratedShows {
  sections: WorldShowSection[];
  tvdbSeries: TvdbSeries[];
  tmdbShows: TmdbShow[];
  expected: ExpectedEpisodes;
}

/**
 * Legacy thetvdb (7 %) and, in the anime section, HAMA (30 %) guids, only for TVDB-ordered shows with at
 * least two due episodes (so one can be left missing, see `chooseOwned`).
 */
function pickAgent(rng: Rng, source: 'tvdb' | 'tmdb', anime: boolean, due: number): ItemStyle['agent'] {
  if (source === 'tmdb' || due < 2) return 'new';
  if (anime && rng.chance(0.3)) return 'hama';
  return rng.chance(0.07) ? 'legacy' : 'new';
}

/**
 * Shows: reference lists first, then the owned episodes, then Plex items numbered by the show's
 * effective ordering. Expected gaps are the listed episodes left unowned that a scan must report.
 */
export function generateShows(
  rng: Rng,
  count: number,
  episodes: number,
  nowMs: number,
  nextKey: () => string,
): GeneratedShows {
  const sections: WorldShowSection[] = SHOW_SECTIONS.map(({ folder: _, ...s }) => ({
    ...s,
    type: 'show',
    language: 'en-US',
    shows: [],
  }));
  const tvdbSeries: TvdbSeries[] = [];
  const tmdbShows: TmdbShow[] = [];
  const gaps: ExpectedShowGap[] = [];
  const unmatched: ExpectedUnmatched[] = [];
  const titles: TitlePool = new Map();
  const episodeIds: EpisodeIds = { tvdb: 5_000_000, tmdb: 2_000_000 };
  const showIds: ShowIds = { tvdb: 300_000, tmdb: 60_000 };
  const budget = episodeBudget(rng, count, episodes);
  const unmatchedCount = count >= 20 ? Math.max(1, Math.round(count * 0.01)) : 0;

  for (let i = 0; i < count; i++) {
    const big = budget.big[i]!;
    const { section, override } = pickPlacement(rng, big);
    const target = sections[section]!;
    const folder = SHOW_SECTIONS[section]!.folder;
    const ordering = effectiveOrdering(override, target.showOrdering);
    const title = uniqueTitle(rng, titles);
    const ratingKey = nextKey();
    const show: WorldShow = {
      ratingKey,
      title,
      guid: plexGuid('show', Number(ratingKey)),
      guids: [],
      episodes: [],
      ...(override === undefined ? {} : { showOrdering: override }),
    };
    target.shows.push(show);
    if (i >= count - unmatchedCount) {
      show.guid = `local://${ratingKey}`;
      show.episodes = [1, 2, 3].map((n) => ({
        ratingKey: nextKey(),
        title: `Clip ${n}`,
        season: 1,
        episode: n,
        guids: [],
        files: [`/data/${folder}/${title}/S01E0${n}.mp4`],
      }));
      unmatched.push({ title, ratingKey, library: target.title });
      continue;
    }
    const sizes = seasonSizes(rng, budget.sizes[i]!, big, ordering.source === 'tmdb');
    const continuing = rng.chance(0.45);
    const eps = baseEpisodes(
      rng,
      { seasonSizes: sizes, specials: rng.chance(0.35) ? rng.int(1, 4) : 0, continuing },
      nowMs,
      episodeIds,
    );
    const anime = section === 2;
    const picked = pickAgent(rng, ordering.source, anime, dueEpisodes(eps, nowMs).length);
    // HAMA numbers a show by its GUID and ignores Plex's orderings (api-notes §8.4.1): only a show whose
    // files follow TVDB aired order can be a `hama://tvdb-` show; the others keep a legacy TheTVDB guid
    // (the same random draws either way, so the rest of the world does not move).
    const agent = picked === 'hama' && ordering.name !== 'tvdbAiring' ? 'legacy' : picked;
    const { series, tmdb, list } = showRecords(
      rng,
      { title, eps, sizes, ordering, continuing, anime, inTmdb: agent === 'new' },
      showIds,
    );
    tvdbSeries.push(series);
    if (tmdb) {
      tmdbShows.push(tmdb);
      show.guids = [`imdb://${series.imdbId}`, `tmdb://${tmdb.id}`, `tvdb://${series.id}`];
    } else {
      show.guid = `com.plexapp.agents.${agent === 'hama' ? `hama://tvdb-${series.id}` : `thetvdb://${series.id}`}?lang=en`;
    }
    if (rng.chance(0.03)) show.flattenSeasons = true;
    const owned = chooseOwned(rng, eps, nowMs, agent !== 'new');
    show.episodes = episodeItems(
      rng,
      list,
      owned,
      { showTitle: title, folder, agent, tvdbSeriesId: series.id, source: ordering.source },
      nextKey,
    );
    const seasons = missingOf(list, owned, nowMs);
    const missingCount = seasons.reduce((n, s) => n + s.missing.length, 0);
    if (missingCount > 0) {
      gaps.push({
        title,
        tvdbId: series.id,
        tmdbId: tmdb?.id ?? null,
        source: ordering.source,
        ordering: ordering.name,
        missingCount,
        seasons,
      });
    }
  }
  return {
    sections,
    tvdbSeries,
    tmdbShows,
    expected: { shows: gaps.sort(byShow), unmatched: unmatched.sort(byUnmatched) },
  };
}
