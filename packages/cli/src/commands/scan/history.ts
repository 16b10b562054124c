import { type RecordedChanges, recordReports } from '@complexionist/cache';
import type { AnyReport, EpisodeGapReport, IgnoreList, MovieGapReport } from '@complexionist/core';
import type { ScanSession } from '../../wiring/session.js';

/** The reports inside what a scan command printed. */
export function reportsOf(report: AnyReport): Array<MovieGapReport | EpisodeGapReport> {
  return 'type' in report ? [report] : [report.movies, report.episodes];
}

/**
 * Saves the complete reports of a scan to the home's history (the one the server keeps too) and returns what
 * changed since the last saved complete scan of each type. Undefined when the session has no history (demo).
 */
export function saveToHistory(report: AnyReport, session: ScanSession): RecordedChanges | undefined {
  if (!session.history) return undefined;
  const ignore: Partial<IgnoreList> = session.settings.movies.ignore ?? {};
  return recordReports(session.history, reportsOf(report), ignore);
}
