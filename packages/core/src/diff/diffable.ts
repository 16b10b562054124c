import type { EpisodeGapReport, MovieGapReport, ReportWarning } from '../report.js';

/**
 * Warning codes of an item that could not be checked (see `itemFailure`): its gaps are absent from the report
 * because they were never looked at, not because nothing is missing.
 */
const UNCHECKED_CODES = new Set(['malformed-response', 'connection-error', 'rate-limited', 'lookup-failed']);

/** True when a warning means an item went unchecked (not just a note such as a source fallback). */
export function isUncheckedWarning(warning: ReportWarning): boolean {
  return UNCHECKED_CODES.has(warning.code);
}

/**
 * Whether a report may serve as either side of a diff or as a notification baseline: a complete scan only.
 *
 * A report's `status` decides when it has one (scans set it). A report without one (written before reports
 * carried it) is complete when it scanned at least one library and no item went unchecked. A partial report would show every unchecked gap as "acquired", and the next complete one would
 * show them all again as "new".
 */
export function isDiffable(report: MovieGapReport | EpisodeGapReport): boolean {
  if (report.status !== undefined) return report.status === 'complete';
  if (report.libraries.length === 0) return false;
  return !report.warnings.some(isUncheckedWarning);
}
