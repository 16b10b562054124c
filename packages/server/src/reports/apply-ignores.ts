import {
  type EpisodeGapReport,
  episodeIgnoreSet,
  type IgnoreList,
  isEpisodeIgnored,
  isShowIgnored,
  type MovieGapReport,
  type ShowGap,
} from '@complexionist/core';

/**
 * Drops the movies and collections the user ignored after the report was made, so an ignore takes effect at once
 * (reports made later skip them in the scan itself). The summary's gap counts follow.
 */
export function applyMovieIgnores(report: MovieGapReport, ignore: IgnoreList): MovieGapReport {
  const collections = new Set(ignore.collections);
  const movies = new Set(ignore.movies);
  const kept = report.collections
    .filter((collection) => !collections.has(collection.tmdbId))
    .map((collection) => {
      const kept = { ...collection, missing: collection.missing.filter((m) => !movies.has(m.tmdbId)) };
      // Upcoming parts are listed too (and exported), so an ignored one must leave that list as well.
      if (collection.upcoming) kept.upcoming = collection.upcoming.filter((m) => !movies.has(m.tmdbId));
      return kept;
    })
    .filter((collection) => collection.missing.length > 0);
  const missingMovies = kept.reduce((sum, collection) => sum + collection.missing.length, 0);
  return {
    ...report,
    summary: { ...report.summary, collectionsWithGaps: kept.length, missingMovies },
    collections: kept,
  };
}

/** Drops ignored shows and episodes from an episode report (see {@link applyMovieIgnores}). */
export function applyEpisodeIgnores(report: EpisodeGapReport, ignore: IgnoreList): EpisodeGapReport {
  const episodes = episodeIgnoreSet(ignore.episodes);
  const kept: ShowGap[] = [];
  for (const show of report.shows) {
    const ids = { tvdb: show.tvdbId, tmdb: show.tmdbId };
    if (isShowIgnored(ids, ignore.shows)) continue;
    const seasons = show.seasons
      .map((season) => ({
        ...season,
        missing: season.missing.filter((e) => !isEpisodeIgnored(ids, e.season, e.episode, episodes)),
      }))
      .filter((season) => season.missing.length > 0);
    const missingCount = seasons.reduce((sum, season) => sum + season.missing.length, 0);
    if (missingCount > 0) kept.push({ ...show, seasons, missingCount });
  }
  const missingEpisodes = kept.reduce((sum, show) => sum + show.missingCount, 0);
  return {
    ...report,
    summary: { ...report.summary, showsWithGaps: kept.length, missingEpisodes },
    shows: kept,
  };
}
