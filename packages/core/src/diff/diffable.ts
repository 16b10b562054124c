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
 * A report that carries an explicit `status` (`complete` | `partial` | `failed`) is diffable only when it says
 * `complete`. Without a status, a report is complete when it scanned at least one library and no item went
 * unchecked. A partial report would show every unchecked gap as "acquired", and the next complete one would
 * show them all again as "new".
 *
 * This is the one place that decides; point it at the report status when that field exists.
 */
export function isDiffable(report: MovieGapReport | EpisodeGapReport): boolean {
  const status = (report as { status?: unknown }).status;
  if (status !== undefined) return status === 'complete';
  if (report.libraries.length === 0) return false;
  return !report.warnings.some(isUncheckedWarning);
}
