import { type EpisodeGapReport, type MovieGapReport, scanEpisodes, scanMovies } from '@complexionist/core';
import { createProgressBar, type ProgressRenderer, silentProgress } from '../../output/progress.js';
import { liveSession } from '../../wiring/live-session.js';
import type { ScanSession } from '../../wiring/session.js';
import type { CommandIo } from '../context.js';
import { episodeScanOptions, movieScanOptions } from '../scan-core-options.js';
import type { ScanCommandOptions } from '../scan-options.js';
import type { SendCommandOptions } from './options.js';

/**
 * Runs the scan a send needs through the same wiring as `movies` / `episodes` (configuration, credentials,
 * cache, flags over settings): the movie scan for Radarr, the episode scan for Sonarr.
 */
export async function scanForSend(
  options: SendCommandOptions,
  io: CommandIo,
): Promise<MovieGapReport | EpisodeGapReport> {
  const scan: ScanCommandOptions = {
    verbose: options.verbose,
    quiet: options.quiet,
    ...(options.configFile === undefined ? {} : { configFile: options.configFile }),
    kind: options.service === 'radarr' ? 'movies' : 'episodes',
    libraries: options.libraries,
    excludeShows: [],
    format: 'text',
    noCache: options.noCache,
    demo: false,
  };
  const session: ScanSession = await liveSession(scan, io);
  const progress: ProgressRenderer =
    io.isTTY.stderr && !options.quiet
      ? createProgressBar(io.stderr, () => io.now().getTime())
      : silentProgress;
  try {
    if (!options.quiet) for (const notice of session.notices) io.stderr.write(`${notice}\n`);
    const run = {
      now: io.now(),
      signal: io.signal,
      onProgress: progress.onProgress,
      readCache: !options.noCache,
      ...(session.settings.cacheTtls === undefined ? {} : { cacheTtls: session.settings.cacheTtls }),
    };
    const cache = session.cache === undefined ? {} : { cache: session.cache };
    if (scan.kind === 'movies') {
      if (session.metadata === undefined) throw new Error('movie scan without a metadata source');
      return await scanMovies(
        { library: session.library, metadata: session.metadata, ...cache },
        { ...movieScanOptions(scan, session.settings), ...run },
      );
    }
    return await scanEpisodes(
      {
        library: session.library,
        ...(session.tvdb === undefined ? {} : { tvdb: session.tvdb }),
        ...(session.tmdb === undefined ? {} : { tmdb: session.tmdb }),
        ...cache,
      },
      { ...episodeScanOptions(scan, session.settings), ...run },
    );
  } finally {
    progress.done();
    session.close();
  }
}
