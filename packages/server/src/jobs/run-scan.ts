import { setMaxListeners } from 'node:events';
import {
  type EpisodeScanOptions,
  type IgnoreList,
  type MovieScanOptions,
  runBothHalves,
  type ScanProgress,
} from '@complexionist/core';
import type { Scanner, ScanRun } from '../types.js';
import type { ScanRequest, ScanRequestOptions } from '../validation.js';
import type { JobReport } from './job-types.js';

const pick = <K extends keyof ScanRequestOptions>(options: ScanRequestOptions, keys: K[]) =>
  Object.fromEntries(keys.filter((k) => options[k] !== undefined).map((k) => [k, options[k]])) as Pick<
    ScanRequestOptions,
    K
  >;

function movieOptions(
  options: ScanRequestOptions,
  libraries: string[],
  ignore: IgnoreList,
): MovieScanOptions {
  return { ...pick(options, ['includeFuture', 'minCollectionSize', 'minOwned']), libraries, ignore };
}

function episodeOptions(
  options: ScanRequestOptions,
  libraries: string[],
  ignore: IgnoreList,
): EpisodeScanOptions {
  const keys: (keyof ScanRequestOptions)[] = [
    'includeFuture',
    'includeSpecials',
    'recentThresholdHours',
    'excludeShows',
    'episodeSource',
  ];
  return { ...(pick(options, keys) as EpisodeScanOptions), libraries, ignore };
}

/**
 * Runs one scan request through the scanner. A `scan` request hands its library names to both halves, each
 * reading the libraries of its own type; a half that got none gives a report of no library (core's
 * `whenNoLibraryOfType: 'empty'`), so a `scan` result always holds both `movies` and `episodes`
 * (docs/spec.md §4). A `movies` or `episodes` request naming only libraries of the other type fails with a
 * UsageError.
 */
export async function runScanRequest(
  scanner: Scanner,
  request: ScanRequest,
  ignore: IgnoreList,
  given: ScanRun,
): Promise<JobReport> {
  const run: ScanRun = request.servers?.length ? { ...given, servers: request.servers } : given;
  const options: ScanRequestOptions = request.options ?? {};
  const names = request.libraries ?? [];
  if (request.type === 'movies') return scanner.scanMovies(movieOptions(options, names, ignore), run);
  if (request.type === 'episodes') return scanner.scanEpisodes(episodeOptions(options, names, ignore), run);
  const progress = oneProgress(run.onProgress);
  const half = (signal: AbortSignal, onProgress: ScanRun['onProgress']): ScanRun => ({
    signal,
    onProgress,
    whenNoLibraryOfType: 'empty',
    ...(run.servers && { servers: run.servers }),
  });
  return runBothHalves(
    {
      movies: (signal) =>
        scanner.scanMovies(movieOptions(options, names, ignore), half(signal, progress.movies)),
      episodes: (signal) =>
        scanner.scanEpisodes(episodeOptions(options, names, ignore), half(signal, progress.episodes)),
    },
    { signal: run.signal, onSignal: (signal) => setMaxListeners(0, signal) },
  );
}

/**
 * Both halves run at once but a job shows one progress line: the movie half's (the long one, paced by
 * TMDB) while it runs, then the episode half's if that is still going.
 */
function oneProgress(
  onProgress: ScanRun['onProgress'],
): Record<'movies' | 'episodes', ScanRun['onProgress']> {
  let moviesDone = false;
  let episodes: ScanProgress | undefined;
  return {
    movies: (event) => {
      if (event.phase !== 'done') return onProgress(event);
      moviesDone = true;
      if (episodes && episodes.phase !== 'done') onProgress(episodes);
    },
    episodes: (event) => {
      episodes = event;
      if (moviesDone && event.phase !== 'done') onProgress(event);
    },
  };
}
