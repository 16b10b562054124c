import {
  type EpisodeGapReport,
  type MovieGapReport,
  type ScanRunOptions,
  scanEpisodes,
  scanMovies,
} from '@complexionist/core';
import type { CommandIo } from '../../shared/context.js';
import { createProgressBar, type ProgressRenderer, silentProgress } from '../../shared/output/progress.js';
import type { ScanCommandOptions } from '../../shared/scan-command-options.js';
import type { ScanSession } from '../../wiring/session.js';
import { episodeScanOptions, movieScanOptions } from './core-options.js';

/** What every scan of the CLI (`movies`, `episodes`, `scan`, `send`) runs with. */
export interface ScanRun {
  run: ScanRunOptions;
  /** A progress bar on a terminal stderr (unless quiet); silent otherwise. Call `done()` when finished. */
  progress: ProgressRenderer;
}

/** Prints the session's notices (unless quiet) and sets up progress and run options for a scan at `now`. */
export function startScanRun(
  session: ScanSession,
  options: Pick<ScanCommandOptions, 'quiet' | 'noCache'>,
  io: CommandIo,
  now: Date,
): ScanRun {
  const progress: ProgressRenderer =
    io.isTTY.stderr && !options.quiet
      ? createProgressBar(io.stderr, () => io.now().getTime())
      : silentProgress;
  if (!options.quiet) for (const notice of session.notices) io.stderr.write(`${notice}\n`);
  const run: ScanRunOptions = {
    now,
    signal: io.signal,
    onProgress: (event) => progress.onProgress(event),
    readCache: !options.noCache,
    ...(session.settings.cacheTtls === undefined ? {} : { cacheTtls: session.settings.cacheTtls }),
    ...(session.settings.freshness === undefined ? {} : { freshness: session.settings.freshness }),
  };
  return { run, progress };
}

/** The movie half through the session's sources, with the command's options over the settings. */
export function scanMoviesOf(
  options: ScanCommandOptions,
  session: ScanSession,
  run: ScanRunOptions,
): Promise<MovieGapReport> {
  if (session.metadata === undefined) throw new Error('movie scan without a metadata source');
  return scanMovies(
    { library: session.library, metadata: session.metadata, ...cacheOf(session) },
    { ...movieScanOptions(options, session.settings), ...run },
  );
}

/** The episode half through the session's sources, with the command's options over the settings. */
export function scanEpisodesOf(
  options: ScanCommandOptions,
  session: ScanSession,
  run: ScanRunOptions,
): Promise<EpisodeGapReport> {
  return scanEpisodes(
    {
      library: session.library,
      ...(session.tvdb === undefined ? {} : { tvdb: session.tvdb }),
      ...(session.tmdb === undefined ? {} : { tmdb: session.tmdb }),
      ...cacheOf(session),
    },
    { ...episodeScanOptions(options, session.settings), ...run },
  );
}

function cacheOf(session: ScanSession): { cache?: ScanSession['cache'] & object } {
  return session.cache === undefined ? {} : { cache: session.cache };
}
