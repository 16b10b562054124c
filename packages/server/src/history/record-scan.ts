import type { ReportHistory } from '@complexionist/cache';
import {
  diffReports,
  type EpisodeGapReport,
  type EpisodeReportDiff,
  type IgnoreList,
  isDiffable,
  type MovieGapReport,
  type MovieReportDiff,
} from '@complexionist/core';
import type { JobReport } from '../jobs/job-types.js';

/** What one finished scan changed, per type. */
export interface ScanChanges {
  movies?: MovieReportDiff;
  episodes?: EpisodeReportDiff;
  /** Types whose report was partial (kept out of the history, no diff). */
  partial: Array<'movies' | 'episodes'>;
}

/** The parts of a job report that scanned something (a `scan` half given no library of its type did not). */
export function reportParts(report: JobReport): Array<MovieGapReport | EpisodeGapReport> {
  const parts = 'type' in report ? [report] : [report.movies, report.episodes];
  return parts.filter((part) => part.libraries.length > 0);
}

/**
 * Keeps each complete report of a finished scan in the history and compares it with the previous complete one
 * of its type. The first complete report of a type is the baseline: it is kept, with no diff.
 */
export function recordScan(report: JobReport, history: ReportHistory, ignore: IgnoreList): ScanChanges {
  const changes: ScanChanges = { partial: [] };
  for (const part of reportParts(report)) {
    if (!isDiffable(part)) {
      changes.partial.push(part.type);
      continue;
    }
    if (part.type === 'movies') {
      const previous = history.latest('movies');
      history.add(part);
      if (previous) changes.movies = diffReports(previous.report, part, { ignore });
    } else {
      const previous = history.latest('episodes');
      history.add(part);
      if (previous) changes.episodes = diffReports(previous.report, part, { ignore });
    }
  }
  return changes;
}

/** True when a scan found something missing that the previous complete scan did not. */
export function hasNewMissing(changes: ScanChanges): boolean {
  return (changes.movies?.newlyMissing.length ?? 0) + (changes.episodes?.newlyMissing.length ?? 0) > 0;
}
