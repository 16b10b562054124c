import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';

/** The shape of the testkit's expected gaps that a report is compared on (ids and SxxEyy, not wording). */
interface ExpectedLike {
  movies: {
    collections: Array<{
      tmdbId: number;
      name: string;
      owned: number;
      total: number;
      missing: Array<{ tmdbId: number }>;
    }>;
    unmatched: Array<{ title: string; ratingKey: string; library: string }>;
  };
  episodes: {
    shows: Array<{
      title: string;
      tvdbId: number | null;
      tmdbId: number | null;
      source: string;
      missingCount: number;
      seasons: Array<{ missing: Array<{ season: number; episode: number }> }>;
    }>;
    unmatched: Array<{ title: string; ratingKey: string; library: string }>;
  };
}

const sxxeyy = (e: { season: number; episode: number }) =>
  `S${String(e.season).padStart(2, '0')}E${String(e.episode).padStart(2, '0')}`;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The gaps of a pair of reports (or of the expected truth) as plain, sorted, comparable data. */
export function gapsOf(input: { movies: MovieGapReport; episodes: EpisodeGapReport } | ExpectedLike) {
  return {
    collections: input.movies.collections
      .map((c) => ({
        tmdbId: c.tmdbId,
        name: c.name,
        owned: c.owned,
        total: c.total,
        missing: c.missing.map((m) => m.tmdbId),
      }))
      .sort((a, b) => byText(a.name, b.name) || a.tmdbId - b.tmdbId),
    unmatchedMovies: input.movies.unmatched.map((u) => `${u.library}/${u.title}/${u.ratingKey}`).sort(byText),
    shows: input.episodes.shows
      .map((s) => ({
        title: s.title,
        tvdbId: s.tvdbId,
        tmdbId: s.tmdbId,
        source: s.source,
        missingCount: s.missingCount,
        missing: s.seasons.flatMap((season) => season.missing.map(sxxeyy)),
      }))
      .sort((a, b) => byText(a.title, b.title)),
    unmatchedShows: input.episodes.unmatched
      .map((u) => `${u.library}/${u.title}/${u.ratingKey}`)
      .sort(byText),
  };
}
