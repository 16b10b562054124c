import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import type { CommandIo } from '../../shared/context.js';
import type { ScanCommandOptions } from '../../shared/scan-command-options.js';
import { scanNow } from '../../shared/scan-now.js';
import { liveSession } from '../../wiring/live-session.js';
import type { ScanSession } from '../../wiring/session.js';
import { scanEpisodesOf, scanMoviesOf, startScanRun } from '../scan/run.js';
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
  const { run, progress } = startScanRun(session, scan, io, scanNow(io));
  try {
    return scan.kind === 'movies'
      ? await scanMoviesOf(scan, session, run)
      : await scanEpisodesOf(scan, session, run);
  } finally {
    progress.done();
    session.close();
  }
}
