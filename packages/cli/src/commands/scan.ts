import { setMaxListeners } from 'node:events';
import type { RecordedChanges } from '@complexionist/cache';
import {
  type AnyReport,
  type EpisodeGapReport,
  formatReport,
  type MovieGapReport,
  runBothHalves,
  type ScanRunOptions,
  scanEpisodes,
  scanMovies,
} from '@complexionist/core';
import { createProgressBar, type ProgressRenderer, silentProgress } from '../output/progress.js';
import { formatSince } from '../output/since.js';
import { useColor, writeReport } from '../output/write-report.js';
import { demoSession } from '../wiring/demo-session.js';
import { liveSession } from '../wiring/live-session.js';
import type { ScanSession } from '../wiring/session.js';
import type { CommandIo } from './context.js';
import { episodeScanOptions, movieScanOptions } from './scan-core-options.js';
import { printScanDetails } from './scan-details.js';
import { saveToHistory } from './scan-history.js';
import type { ScanCommandOptions } from './scan-options.js';

/**
 * `movies`, `episodes` and `scan`: wires the sources (demo or live), runs core's scans with a progress bar
 * on a terminal stderr, and prints the report to stdout or `--output FILE`.
 */
export async function scanCommand(options: ScanCommandOptions, io: CommandIo): Promise<void> {
  const now = io.now();
  const session = options.demo ? demoSession(now) : await liveSession(options, io);
  const progress: ProgressRenderer =
    io.isTTY.stderr && !options.quiet
      ? createProgressBar(io.stderr, () => io.now().getTime())
      : silentProgress;
  try {
    if (!options.quiet) for (const notice of session.notices) io.stderr.write(`${notice}\n`);
    const run: ScanRunOptions = {
      now,
      signal: io.signal,
      onProgress: (event) => progress.onProgress(event),
      readCache: !options.noCache,
      ...(session.settings.cacheTtls === undefined ? {} : { cacheTtls: session.settings.cacheTtls }),
    };
    const report = await runScans(options, session, run);
    progress.done();
    const changes = saveToHistory(report, session);
    const color = useColor(io, options.format, options.output);
    const text = options.since
      ? withSince(report, changes, options, io)
      : formatReport(report, options.format, { color, verbose: options.verbose });
    await writeReport(text, { quiet: options.quiet, ...outputOf(options) }, io);
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
): string {
  const color = useColor(io, options.format, options.output);
  const text = formatReport(report, options.format, { color, verbose: options.verbose });
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

async function runScans(
  options: ScanCommandOptions,
  session: ScanSession,
  run: ScanRunOptions,
): Promise<AnyReport> {
  const movies = (scanRun: ScanRunOptions = run): Promise<MovieGapReport> => {
    if (session.metadata === undefined) throw new Error('movie scan without a metadata source');
    return scanMovies(
      { library: session.library, metadata: session.metadata, ...cacheOf(session) },
      { ...movieScanOptions(options, session.settings), ...scanRun },
    );
  };
  const episodes = (scanRun: ScanRunOptions = run): Promise<EpisodeGapReport> =>
    scanEpisodes(
      {
        library: session.library,
        ...(session.tvdb === undefined ? {} : { tvdb: session.tvdb }),
        ...(session.tmdb === undefined ? {} : { tmdb: session.tmdb }),
        ...cacheOf(session),
      },
      { ...episodeScanOptions(options, session.settings), ...scanRun },
    );
  if (options.kind === 'movies') return movies();
  if (options.kind === 'episodes') return episodes();
  // Both at once, sharing one TMDB client (so one pacer keeps the pair under TMDB's limit). `--library`
  // may name only movie libraries (or only show ones): the other half is then an empty report, not an error.
  const both: ScanRunOptions = { ...run, whenNoLibraryOfType: 'empty' };
  return runBothHalves(
    { movies: (signal) => movies({ ...both, signal }), episodes: (signal) => episodes({ ...both, signal }) },
    { signal: run.signal, onSignal: (signal) => setMaxListeners(0, signal) },
  );
}

function cacheOf(session: ScanSession): { cache?: ScanSession['cache'] & object } {
  return session.cache === undefined ? {} : { cache: session.cache };
}
