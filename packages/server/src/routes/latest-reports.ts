import type { EpisodeGapReport, MovieGapReport, ScanReport } from '@complexionist/core';
import { applyEpisodeIgnores, applyMovieIgnores } from '../reports/apply-ignores.js';
import type { IgnoreStore, ReportStore } from '../types.js';

/** The latest reports with the current ignore list applied (an ignore shows at once, not after the next scan). */
export async function latestReports(
  store: ReportStore,
  ignores: IgnoreStore,
): Promise<{ movies?: MovieGapReport; episodes?: EpisodeGapReport }> {
  const [movies, episodes, ignore] = await Promise.all([
    store.get('movies'),
    store.get('episodes'),
    ignores.list(),
  ]);
  return {
    ...(movies && { movies: applyMovieIgnores(movies, ignore) }),
    ...(episodes && { episodes: applyEpisodeIgnores(episodes, ignore) }),
  };
}

/** Applies the ignore list to any job report. */
export async function withIgnores<R extends MovieGapReport | EpisodeGapReport | ScanReport>(
  report: R,
  ignores: IgnoreStore,
): Promise<R> {
  const ignore = await ignores.list();
  if ('type' in report) {
    return (
      report.type === 'movies'
        ? applyMovieIgnores(report as MovieGapReport, ignore)
        : applyEpisodeIgnores(report as EpisodeGapReport, ignore)
    ) as R;
  }
  const { movies, episodes } = report as ScanReport;
  return {
    ...report,
    movies: applyMovieIgnores(movies, ignore),
    episodes: applyEpisodeIgnores(episodes, ignore),
  };
}
