import { setMaxListeners } from 'node:events';
import {
  type EpisodeScanOptions,
  type IgnoreList,
  type MovieScanOptions,
  pickSections,
  runBothHalves,
  type ScanProgress,
  UsageError,
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
 * Runs one scan request through the scanner. A `scan` request with libraries splits them by type (as
 * `complexionist scan --library Movies --library TV` does) and runs only the halves that got a library.
 */
export async function runScanRequest(
  scanner: Scanner,
  request: ScanRequest,
  ignore: IgnoreList,
  run: ScanRun,
): Promise<JobReport> {
  const options: ScanRequestOptions = request.options ?? {};
  const names = request.libraries ?? [];
  if (request.type === 'movies') return scanner.scanMovies(movieOptions(options, names, ignore), run);
  if (request.type === 'episodes') return scanner.scanEpisodes(episodeOptions(options, names, ignore), run);
  let movieLibs: string[] = [];
  let showLibs: string[] = [];
  if (names.length > 0) {
    const sections = await scanner.listLibraries(run.signal);
    movieLibs = pickSections(sections, 'movie', names).map((s) => s.title);
    showLibs = pickSections(sections, 'show', names).map((s) => s.title);
    if (movieLibs.length + showLibs.length === 0) {
      throw new UsageError(`None of ${names.map((n) => `"${n}"`).join(', ')} holds movies or TV shows.`);
    }
  }
  const wantMovies = names.length === 0 || movieLibs.length > 0;
  const wantEpisodes = names.length === 0 || showLibs.length > 0;
  const movies = (halfRun: ScanRun) => scanner.scanMovies(movieOptions(options, movieLibs, ignore), halfRun);
  const episodes = (halfRun: ScanRun) =>
    scanner.scanEpisodes(episodeOptions(options, showLibs, ignore), halfRun);
  if (!wantEpisodes) return { movies: await movies(run) };
  if (!wantMovies) return { episodes: await episodes(run) };
  const progress = oneProgress(run.onProgress);
  return runBothHalves(
    {
      movies: (signal) => movies({ signal, onProgress: progress.movies }),
      episodes: (signal) => episodes({ signal, onProgress: progress.episodes }),
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
