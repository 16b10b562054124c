import {
  diffReports,
  type EpisodeGapReport,
  type EpisodeReportDiff,
  type IgnoreList,
  isDiffable,
  type MovieGapReport,
  type MovieReportDiff,
} from '@complexionist/core';
import type { ReportHistory } from './report-history.js';

/** What the reports of one scan changed, per type, against the previous complete report of that type. */
export interface RecordedChanges {
  movies?: MovieReportDiff;
  episodes?: EpisodeReportDiff;
  /** Types whose report was the first complete one kept (the baseline: nothing to compare with). */
  baseline: Array<'movies' | 'episodes'>;
  /** Types whose report was partial (not kept, not compared). */
  partial: Array<'movies' | 'episodes'>;
}

/**
 * Keeps each complete report of a scan in the history and compares it with the previous complete one of its
 * type that scanned the same libraries (the ignore list as it is now tells "newly ignored" from "acquired"). A report of no library (a `scan`
 * half given only libraries of the other type) is skipped; a partial one is listed in `partial`. Used by the
 * server after every scan and by `complexionist scan --since last`.
 */
export function recordReports(
  history: ReportHistory,
  reports: ReadonlyArray<MovieGapReport | EpisodeGapReport>,
  ignore: Partial<IgnoreList> = {},
): RecordedChanges {
  const changes: RecordedChanges = { baseline: [], partial: [] };
  for (const report of reports) {
    if (report.libraries.length === 0) continue;
    if (!isDiffable(report)) {
      changes.partial.push(report.type);
      continue;
    }
    if (report.type === 'movies') {
      const previous = previousOf(history, report);
      history.add(report);
      if (previous) changes.movies = diffReports(previous, report, { ignore });
      else changes.baseline.push('movies');
    } else {
      const previous = previousOf(history, report);
      history.add(report);
      if (previous) changes.episodes = diffReports(previous, report, { ignore });
      else changes.baseline.push('episodes');
    }
  }
  return changes;
}

const librariesKey = (report: { libraries: readonly string[] }) =>
  [...report.libraries]
    .map((name) => name.toLowerCase())
    .sort()
    .join('\u0000');

/**
 * The newest kept report of the same type that scanned the same libraries: a scan of one library compared with
 * a scan of all would list every gap of the others as "acquired".
 */
function previousOf<R extends MovieGapReport | EpisodeGapReport>(
  history: ReportHistory,
  report: R,
): R | undefined {
  const key = librariesKey(report);
  for (const entry of history.list(report.type)) {
    const kept = history.get(report.type, entry.id) as R | undefined;
    if (kept && librariesKey(kept) === key) return kept;
  }
  return undefined;
}

/** True when a scan found something missing that the previous complete scan did not. */
export function hasNewMissing(changes: RecordedChanges): boolean {
  return (changes.movies?.newlyMissing.length ?? 0) + (changes.episodes?.newlyMissing.length ?? 0) > 0;
}
