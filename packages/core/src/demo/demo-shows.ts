import type { ExternalIds, OwnedEpisode, OwnedShow, ReferenceEpisode, TvdbSeasonType } from '../types.js';
import {
  BREAKING_BAD,
  CHERNOBYL,
  FIREFLY_AIRED,
  FIREFLY_DVD,
  SHERLOCK,
  SHERLOCK_SPECIALS,
  THE_OFFICE,
} from './show-titles.js';

/** A TVDB series of the demo: its episode lists per season type. */
export interface DemoTvdbSeries {
  tvdbId: number;
  name: string;
  imdbId: string | null;
  ended: boolean;
  episodes: Partial<Record<TvdbSeasonType, ReferenceEpisode[]>>;
}

/** A TMDB show of the demo. */
export interface DemoTmdbShow {
  tmdbId: number;
  name: string;
  tvdbId: number | null;
  imdbId: string | null;
  ended: boolean;
  episodes: ReferenceEpisode[];
}

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Seasons of weekly episodes from `[firstAired, titles]` rows. */
function weekly(seasons: Array<[string, string[]]>, firstSeason = 1): ReferenceEpisode[] {
  return seasons.flatMap(([start, titles], s) =>
    titles.map((title, e) => ({
      season: firstSeason + s,
      episode: e + 1,
      title,
      aired: addDays(start, 7 * e),
    })),
  );
}

const pad = (n: number): string => String(n).padStart(2, '0');
const code = (ep: { season: number; episode: number }): string => `S${pad(ep.season)}E${pad(ep.episode)}`;

interface ShowSpec {
  ratingKey: string;
  title: string;
  year: number;
  plexIds: ExternalIds;
  ordering?: string;
  tvdb: Omit<DemoTvdbSeries, 'name'>;
  tmdb: Omit<DemoTmdbShow, 'name'>;
  /** The list the user's files are numbered by. */
  files: ReferenceEpisode[];
  /** Episodes the user does not have (codes like `S02E05`). */
  missing: string[];
  /** A multi-episode file: the first episode's item carries `file`, the other codes have no item. */
  multi?: { first: string; file: string; absorbed: string[] };
}

function showSpecs(): ShowSpec[] {
  const bb = weekly(BREAKING_BAD);
  const office = weekly(THE_OFFICE);
  const sherlock = weekly(SHERLOCK);
  const specials = SHERLOCK_SPECIALS.map(([aired, title], i) => ({
    season: 0,
    episode: i + 1,
    title,
    aired,
  }));
  const fireflyAired = FIREFLY_AIRED.map(([title, aired], i) => ({
    season: 1,
    episode: i + 1,
    title,
    aired,
  }));
  const airedOf = new Map(FIREFLY_AIRED);
  const fireflyDvd = FIREFLY_DVD.map((title, i) => ({
    season: 1,
    episode: i + 1,
    title,
    aired: airedOf.get(title) ?? null,
  }));
  const chernobyl = weekly(CHERNOBYL);
  const ids = (tvdb: number, tmdb: number, imdb: string) => ({ tvdb, tmdb, imdb });
  return [
    {
      ratingKey: '2001',
      title: 'Breaking Bad',
      year: 2008,
      plexIds: ids(81189, 1396, 'tt0903747'),
      tvdb: { tvdbId: 81189, imdbId: 'tt0903747', ended: true, episodes: { default: bb, official: bb } },
      tmdb: { tmdbId: 1396, tvdbId: 81189, imdbId: 'tt0903747', ended: true, episodes: bb },
      files: bb,
      missing: ['S02E05', 'S02E06', 'S04E11'],
      multi: { first: 'S02E01', file: 'S02E01-E02', absorbed: ['S02E02'] },
    },
    {
      ratingKey: '2002',
      title: 'The Office (US)',
      year: 2005,
      plexIds: ids(73244, 2316, 'tt0386676'),
      tvdb: {
        tvdbId: 73244,
        imdbId: 'tt0386676',
        ended: true,
        episodes: { default: office, official: office },
      },
      tmdb: { tmdbId: 2316, tvdbId: 73244, imdbId: 'tt0386676', ended: true, episodes: office },
      files: office,
      missing: ['S03E01', 'S03E02', 'S03E03', 'S03E04', 'S03E05', 'S03E06', 'S03E07', 'S03E08'],
    },
    {
      ratingKey: '2003',
      title: 'Sherlock',
      year: 2010,
      plexIds: ids(176941, 19885, 'tt1475582'),
      tvdb: {
        tvdbId: 176941,
        imdbId: 'tt1475582',
        ended: true,
        episodes: { default: [...specials, ...sherlock] },
      },
      tmdb: {
        tmdbId: 19885,
        tvdbId: 176941,
        imdbId: 'tt1475582',
        ended: true,
        episodes: [...specials, ...sherlock],
      },
      files: sherlock,
      missing: [],
    },
    {
      ratingKey: '2004',
      title: 'Firefly',
      year: 2002,
      plexIds: ids(78874, 1437, 'tt0303461'),
      ordering: 'tvdbDvd',
      tvdb: {
        tvdbId: 78874,
        imdbId: 'tt0303461',
        ended: true,
        episodes: { default: fireflyAired, dvd: fireflyDvd },
      },
      tmdb: { tmdbId: 1437, tvdbId: 78874, imdbId: 'tt0303461', ended: true, episodes: fireflyAired },
      files: fireflyDvd,
      missing: ['S01E12'],
    },
    {
      // Plex has only TMDB and IMDb ids for it; its TVDB id comes from TMDB's external ids.
      ratingKey: '2005',
      title: 'Chernobyl',
      year: 2019,
      plexIds: { tmdb: 87108, imdb: 'tt7366338' },
      ordering: 'tmdbAiring',
      tvdb: { tvdbId: 360893, imdbId: 'tt7366338', ended: true, episodes: { default: chernobyl } },
      tmdb: { tmdbId: 87108, tvdbId: 360893, imdbId: 'tt7366338', ended: true, episodes: chernobyl },
      files: chernobyl,
      missing: ['S01E04'],
    },
  ];
}

function ownedEpisodes(spec: ShowSpec): OwnedEpisode[] {
  const skip = new Set([...spec.missing, ...(spec.multi?.absorbed ?? [])]);
  return spec.files
    .filter((ep) => !skip.has(code(ep)))
    .map((ep) => {
      const name = spec.multi?.first === code(ep) ? spec.multi.file : code(ep);
      const file = `/data/tv/${spec.title}/Season ${pad(ep.season)}/${spec.title} - ${name} - ${ep.title}.mkv`;
      return {
        showRatingKey: spec.ratingKey,
        season: ep.season,
        episode: ep.episode,
        files: [file],
        ids: {},
      };
    });
}

/** The demo's shows (section `2`), their episode items, and what TVDB and TMDB know about them. */
export function demoShowData(): {
  shows: OwnedShow[];
  episodes: OwnedEpisode[];
  tvdbSeries: DemoTvdbSeries[];
  tmdbShows: DemoTmdbShow[];
} {
  const specs = showSpecs();
  const shows: OwnedShow[] = specs.map((s) => {
    const show: OwnedShow = {
      ratingKey: s.ratingKey,
      title: s.title,
      year: s.year,
      ids: s.plexIds,
      sectionKey: '2',
    };
    if (s.ordering) show.ordering = s.ordering;
    return show;
  });
  // A show Plex could not match: reported as unmatched, never guessed by title.
  shows.push({ ratingKey: '2006', title: 'Home Videos', ids: {}, sectionKey: '2' });
  const episodes = specs.flatMap(ownedEpisodes);
  episodes.push({
    showRatingKey: '2006',
    season: 1,
    episode: 1,
    files: ['/data/tv/Home Videos/Season 01/Beach 2021.mp4'],
    ids: {},
  });
  return {
    shows,
    episodes,
    tvdbSeries: specs.map((s) => ({ name: s.title, ...s.tvdb })),
    tmdbShows: specs.map((s) => ({ name: s.title, ...s.tmdb })),
  };
}
