import type { RecordedChanges } from '@complexionist/cache';
import { type AnyReport, formatReport, reportStatus, type ScanRunOptions } from '@complexionist/core';
import { runScan } from '@complexionist/runtime';
import type { CommandIo } from '../../shared/context.js';
import type { ScanCommandOptions } from '../../shared/scan-command-options.js';
import { scanNow } from '../../shared/scan-now.js';
import { demoSession } from '../../wiring/demo-session.js';
import { liveSession } from '../../wiring/live-session.js';
import type { ScanSession } from '../../wiring/session.js';
import { printScanDetails } from './details.js';
import { saveToHistory } from './history.js';
import { scanEpisodesOf, scanMoviesOf, startScanRun } from './run.js';
import { formatSince } from './since.js';
import { checkWritable, useColor, writeReport } from './write-report.js';

/** What stderr says after a partial report (exit 0: what it lists is right). */
export const PARTIAL_NOTE =
  'Note: this report is partial: some lookups failed (each is a warning; see them with -v), so the items they concern may have gaps not listed here. Scan again later for a complete report.';

/**
 * `movies`, `episodes` and `scan`: wires the sources (demo or live), runs core's scans with a progress bar
 * on a terminal stderr, and prints the report to stdout or `--output FILE`.
 */
export async function scanCommand(options: ScanCommandOptions, io: CommandIo): Promise<void> {
  const now = scanNow(io);
  if (options.output !== undefined) await checkWritable(options.output, io);
  const session = options.demo ? demoSession(now) : await liveSession(options, io);
  const { run, progress } = startScanRun(session, options, io, now);
  try {
    const report = await runScans(options, session, run);
    progress.done();
    const changes = saveToHistory(report, session);
    const color = useColor(io, options.format, options.output);
    // Only a person at a terminal can ask for the rest; a file or a pipe gets every missing item.
    const complete = options.output !== undefined || !io.isTTY.stdout;
    const text = options.since
      ? withSince(report, changes, options, io, complete)
      : formatReport(report, options.format, { color, verbose: options.verbose, complete });
    await writeReport(text, { quiet: options.quiet, ...outputOf(options) }, io);
    // Said even with -q, and for JSON and CSV too (a CSV has no place for it): a partial report is a problem.
    if (reportStatus(report) === 'partial') io.stderr.write(`${PARTIAL_NOTE}\n`);
    if (options.verbose) printScanDetails(report, session, io, options.format);
  } finally {
    progress.done();
    session.close();
  }
}

/**
 * The report with what changed since the last saved complete scan: a section after a text report, a `changes`
 * key beside the report in JSON. CSV has one row per missing item and no place for it, so it says so on stderr.
 */
function withSince(
  report: AnyReport,
  changes: RecordedChanges | undefined,
  options: ScanCommandOptions,
  io: CommandIo,
  complete: boolean,
): string {
  const color = useColor(io, options.format, options.output);
  const text = formatReport(report, options.format, { color, verbose: options.verbose, complete });
  if (!changes) {
    if (!options.quiet)
      io.stderr.write('--since last: the demo library keeps no history; nothing to compare.\n');
    return text;
  }
  if (options.format === 'json') return `${JSON.stringify({ ...report, changes }, null, 2)}\n`;
  if (options.format === 'csv') {
    if (!options.quiet) io.stderr.write('--since last is shown with --format text or json, not csv.\n');
    return text;
  }
  return `${text.replace(/\n*$/, '')}\n\n${formatSince(changes)}\n`;
}

function outputOf(options: ScanCommandOptions): { output?: string } {
  return options.output === undefined ? {} : { output: options.output };
}

function runScans(
  options: ScanCommandOptions,
  session: ScanSession,
  run: ScanRunOptions,
): Promise<AnyReport> {
  // A `scan` runs both halves at once, sharing one TMDB client (one pacer keeps the pair under TMDB's limit).
  return runScan(
    options.kind,
    {
      movies: (half) => scanMoviesOf(options, session, { ...run, ...half }),
      episodes: (half) => scanEpisodesOf(options, session, { ...run, ...half }),
    },
    run.signal ?? new AbortController().signal,
  );
}
