import {
  type EpisodeScanOptions,
  type IgnoreList,
  type MovieScanOptions,
  pickScanOptions,
  type ScanProgress,
} from '@complexionist/core';
import { runScan, type Scanner, type ScanRun } from '@complexionist/runtime';
import type { ScanRequest, ScanRequestOptions } from '../validation.js';
import type { JobReport } from './job-types.js';

// The request's options of each half (those it gave); the scanner lays them over the configured ones.
function movieOptions(
  options: ScanRequestOptions,
  libraries: string[],
  ignore: IgnoreList,
): MovieScanOptions {
  return { ...pickScanOptions('movies', options), libraries, ignore };
}

function episodeOptions(
  options: ScanRequestOptions,
  libraries: string[],
  ignore: IgnoreList,
): EpisodeScanOptions {
  return { ...pickScanOptions('episodes', options), libraries, ignore };
}

/**
 * Runs one scan request through the scanner. A `scan` request hands its library names to both halves, each
 * reading the libraries of its own type; a half that got none gives a report of no library (core's
 * `whenNoLibraryOfType: 'empty'`), so a `scan` result always holds both `movies` and `episodes`
 * (docs/spec.md §4). A `movies` or `episodes` request naming only libraries of the other type fails with a
 * UsageError.
 */
export function runScanRequest(
  scanner: Scanner,
  request: ScanRequest,
  ignore: IgnoreList,
  given: ScanRun,
): Promise<JobReport> {
  const run: ScanRun = request.servers?.length ? { ...given, servers: request.servers } : given;
  const options: ScanRequestOptions = request.options ?? {};
  const names = request.libraries ?? [];
  const progress =
    request.type === 'scan'
      ? oneProgress(run.onProgress)
      : { movies: run.onProgress, episodes: run.onProgress };
  return runScan(
    request.type,
    {
      movies: (half) =>
        scanner.scanMovies(movieOptions(options, names, ignore), {
          ...half,
          ...(run.servers && { servers: run.servers }),
          onProgress: progress.movies,
        }),
      episodes: (half) =>
        scanner.scanEpisodes(episodeOptions(options, names, ignore), {
          ...half,
          ...(run.servers && { servers: run.servers }),
          onProgress: progress.episodes,
        }),
    },
    run.signal,
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
