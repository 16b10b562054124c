import { ConfigError, formatWatchlist, scanWatchlist, type WatchlistReport } from '@complexionist/core';
import type { ParsedCommand } from '../../shared/args/parse.js';
import type { CommandIo } from '../../shared/context.js';
import type { ScanCommandOptions } from '../../shared/scan-command-options.js';
import { scanNow } from '../../shared/scan-now.js';
import { liveSession } from '../../wiring/live-session.js';
import type { ScanSession } from '../../wiring/session.js';
import { episodeScanOptions } from '../scan/core-options.js';
import { scanOptionsFromArgs } from '../scan/options.js';
import { startScanRun } from '../scan/run.js';
import { PARTIAL_NOTE } from '../scan/scan.js';
import { checkWritable, useColor, writeReport } from '../scan/write-report.js';

/** Options of `watchlist`: the scan options it shares (servers, libraries, episode rules, report). */
export type WatchlistCommandOptions = ScanCommandOptions;

/** Reads the flags of `watchlist` (an episode scan's, which it runs over the watchlisted shows). */
export function watchlistOptionsFromArgs(parsed: ParsedCommand): WatchlistCommandOptions {
  return scanOptionsFromArgs('episodes', parsed);
}

const NO_TOKEN = new ConfigError('The watchlist needs a plex.tv account token, and none is set.', {
  service: 'plex.tv',
  hint: 'Run `complexionist auth plex --login` (it saves plex.account_token), or set PLEX_ACCOUNT_TOKEN.',
});

/** Runs core's watchlist scan through the session's sources. */
export function runWatchlist(
  options: WatchlistCommandOptions,
  session: ScanSession,
  run: Parameters<typeof scanWatchlist>[1],
): Promise<WatchlistReport> {
  if (!session.watchlist) throw NO_TOKEN;
  return scanWatchlist(
    {
      library: session.library,
      watchlist: session.watchlist,
      ...(session.metadata && { metadata: session.metadata }),
      ...(session.tvdb && { tvdb: session.tvdb }),
      ...(session.tmdb && { tmdb: session.tmdb }),
      ...(session.cache && { cache: session.cache }),
    },
    { ...episodeScanOptions(options, session.settings), ...run },
  );
}

/**
 * `watchlist` (docs/spec.md §5 "Watchlist"): the account's watchlist items that no scanned server owns, as
 * text, JSON or CSV, on stdout or `--output FILE`. A partial report exits 0 with a note; a watchlist that
 * cannot be read exits 3 (refused token, plex.tv unreachable).
 */
export async function watchlistCommand(options: WatchlistCommandOptions, io: CommandIo): Promise<void> {
  const now = scanNow(io);
  if (options.output !== undefined) await checkWritable(options.output, io);
  const session = await liveSession(options, io);
  const { run, progress } = startScanRun(session, options, io, now);
  try {
    const report = await runWatchlist(options, session, run);
    progress.done();
    const color = useColor(io, options.format, options.output);
    const text = formatWatchlist(report, options.format, { color, verbose: options.verbose });
    await writeReport(text, { quiet: options.quiet, ...(options.output && { output: options.output }) }, io);
    if (report.status === 'partial') io.stderr.write(`${PARTIAL_NOTE}\n`);
  } finally {
    progress.done();
    session.close();
  }
}
