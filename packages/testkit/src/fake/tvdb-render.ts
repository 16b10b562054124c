import type { TvdbEpisode, TvdbSeries } from '../world/types.js';

/** TVDB v4 record shapes built from world records (api-notes §4). */

const STATUS_IDS = { Continuing: 1, Ended: 2, Upcoming: 3 } as const;

/** Season types the fake knows: slug → id, name (ids beyond 1 and 6 are not confirmed upstream). */
export const SEASON_TYPES = {
  official: { id: 1, name: 'Aired Order' },
  dvd: { id: 2, name: 'DVD Order' },
  absolute: { id: 3, name: 'Absolute Order' },
  alternate: { id: 4, name: 'Alternate Order' },
  regional: { id: 5, name: 'Regional Order' },
  altdvd: { id: 6, name: 'Alternate DVD Order' },
} as const;

/** A season-type slug accepted by `/episodes/{type}` (`default` = the series' default, i.e. official). */
export type SeasonTypeSlug = keyof typeof SEASON_TYPES | 'default';

/** The episode list a season type serves; types a series lacks are empty. */
export function episodesOf(series: TvdbSeries, type: SeasonTypeSlug): TvdbEpisode[] {
  if (type === 'default' || type === 'official') return series.episodes.official;
  if (type === 'dvd' || type === 'absolute') return series.episodes[type] ?? [];
  return [];
}

/** `SeriesBaseRecord`. */
export function seriesBase(series: TvdbSeries, today: string): Record<string, unknown> {
  const dates = series.episodes.official.flatMap((e) => (e.aired ? [e.aired] : [])).sort();
  const past = dates.filter((d) => d <= today);
  return {
    id: series.id,
    name: series.name,
    slug: series.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    image: `https://artworks.thetvdb.com/banners/posters/${series.id}-1.jpg`,
    nameTranslations: [series.originalLanguage, 'eng'].filter((v, i, a) => a.indexOf(v) === i),
    overviewTranslations: [series.originalLanguage],
    aliases: [],
    firstAired: series.firstAired,
    lastAired: past.at(-1) ?? '',
    nextAired: dates.find((d) => d > today) ?? '',
    score: 1000,
    status: {
      id: STATUS_IDS[series.status],
      name: series.status,
      recordType: 'series',
      keepUpdated: series.status !== 'Ended',
    },
    originalCountry: 'usa',
    originalLanguage: series.originalLanguage,
    defaultSeasonType: 1,
    isOrderRandomized: false,
    lastUpdated: '2024-07-16 17:03:05',
    averageRuntime: 30,
    episodes: null,
    overview: `${series.name} is a series.`,
    year: series.firstAired.slice(0, 4),
  };
}

/**
 * `EpisodeBaseRecord`. With `lang` (the `/{lang}` listing) the name is the one in that language: the
 * original name for the series' own language, the English name (`nameEng`) for `eng`, else null (no
 * translation), as TVDB sends it.
 */
export function episodeRecord(series: TvdbSeries, e: TvdbEpisode, lang?: string): Record<string, unknown> {
  const eng = e.nameEng !== undefined ? e.nameEng : series.originalLanguage === 'eng' ? e.name : null;
  const translated = lang === 'eng' ? eng : lang === series.originalLanguage ? e.name : null;
  return {
    id: e.id,
    seriesId: series.id,
    name: lang === undefined ? e.name : translated,
    aired: e.aired,
    runtime: e.aired ? 30 : null,
    nameTranslations: eng ? [series.originalLanguage, 'eng'] : [series.originalLanguage],
    overview: null,
    overviewTranslations: [],
    image: `https://artworks.thetvdb.com/banners/episodes/${series.id}/${e.id}.jpg`,
    imageType: 11,
    isMovie: e.isMovie ?? 0,
    seasons: null,
    number: e.number,
    absoluteNumber: e.absoluteNumber,
    seasonNumber: e.seasonNumber,
    lastUpdated: '2024-07-16 17:03:05',
    finaleType: e.finaleType ?? null,
    year: e.aired ? e.aired.slice(0, 4) : null,
  };
}

/** `SeriesExtendedRecord` (short): the base record plus seasons, season types and remote ids. */
export function seriesExtended(series: TvdbSeries, today: string): Record<string, unknown> {
  const types = (['official', 'dvd', 'absolute'] as const).filter((t) => episodesOf(series, t).length > 0);
  const seasonTypes = types.map((t) => ({
    id: SEASON_TYPES[t].id,
    name: SEASON_TYPES[t].name,
    type: t,
    alternateName: null,
  }));
  const seasons = seasonTypes.flatMap((type) =>
    [...new Set(episodesOf(series, type.type).map((e) => e.seasonNumber))].map((number) => ({
      id: series.id * 1000 + type.id * 100 + number,
      seriesId: series.id,
      number,
      name: number === 0 ? 'Specials' : `Season ${number}`,
      type,
    })),
  );
  const remoteIds = [
    ...(series.imdbId ? [{ id: series.imdbId, type: 2, sourceName: 'IMDB' }] : []),
    ...(series.tmdbId ? [{ id: String(series.tmdbId), type: 12, sourceName: 'TheMovieDB.com' }] : []),
  ];
  return {
    ...seriesBase(series, today),
    seasons,
    seasonTypes,
    remoteIds,
    artworks: [],
    characters: [],
    genres: [],
  };
}
