import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import type { ExpectedEpisodes, ExpectedMovies } from './world/expected-types.js';
import { byCollection, byShow, byUnmatched } from './world/order.js';

const unmatchedOf = (report: MovieGapReport | EpisodeGapReport) =>
  report.unmatched.map(({ title, ratingKey, library }) => ({ title, ratingKey, library })).sort(byUnmatched);

/**
 * A movie report reduced to the fields and order of {@link ExpectedMovies}, so a test can write
 * `expect(toExpectedMovies(report)).toEqual(expected.movies)`.
 */
export function toExpectedMovies(report: MovieGapReport): ExpectedMovies {
  return {
    collections: report.collections
      .map(({ tmdbId, name, owned, total, missing }) => ({
        tmdbId,
        name,
        owned,
        total,
        missing: missing.map(({ tmdbId: id, title, year, releaseDate }) => ({
          tmdbId: id,
          title,
          year,
          releaseDate,
        })),
      }))
      .sort(byCollection),
    unmatched: unmatchedOf(report),
  };
}

/** An episode report reduced to the fields and order of {@link ExpectedEpisodes}. */
export function toExpectedEpisodes(report: EpisodeGapReport): ExpectedEpisodes {
  return {
    shows: report.shows
      .map(({ title, tvdbId, tmdbId, source, ordering, missingCount, seasons }) => ({
        title,
        tvdbId,
        tmdbId,
        source,
        ordering,
        missingCount,
        seasons: seasons.map(({ season, missing }) => ({
          season,
          missing: missing.map(({ season: s, episode, title: t, aired }) => ({
            season: s,
            episode,
            title: t,
            aired,
          })),
        })),
      }))
      .sort(byShow),
    unmatched: unmatchedOf(report),
  };
}
