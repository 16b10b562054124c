import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import type { JobReport } from '../jobs/job-types.js';

/** The reports of a job (a `scan` job has two; the history skips a half given no library of its type). */
export function reportParts(report: JobReport): Array<MovieGapReport | EpisodeGapReport> {
  return 'type' in report ? [report] : [report.movies, report.episodes];
}
