import { setMaxListeners } from 'node:events';
import {
  type AnyReport,
  type EpisodeGapReport,
  type MovieGapReport,
  runBothHalves,
} from '@complexionist/core';

/** What a scan runs: the movie half, the episode half, or both (`scan`). */
export type ScanKind = 'movies' | 'episodes' | 'scan';

/** How one half is started: with the signal its requests listen to, and, for a `scan`, `'empty'`. */
export interface HalfRun {
  signal: AbortSignal;
  whenNoLibraryOfType?: 'empty';
}

/** The two halves a face knows how to start (the CLI through its session, the server through its scanner). */
export interface ScanHalfRunners {
  movies: (half: HalfRun) => Promise<MovieGapReport>;
  episodes: (half: HalfRun) => Promise<EpisodeGapReport>;
}

/**
 * Runs the halves a scan of `kind` needs, for both faces. A `scan` runs both at once (one TMDB client paces
 * the pair under TMDB's limit) and hands its library names to both: each half reads the libraries of its
 * own type, and one that finds none gives an empty report (core's `whenNoLibraryOfType: 'empty'`), so a
 * `scan` always holds `movies` and `episodes`. Every request of both halves shares one signal, so its
 * listener limit is lifted.
 */
export function runScan(kind: ScanKind, halves: ScanHalfRunners, signal: AbortSignal): Promise<AnyReport> {
  if (kind === 'movies') return halves.movies({ signal });
  if (kind === 'episodes') return halves.episodes({ signal });
  return runBothHalves(
    {
      movies: (half) => halves.movies({ signal: half, whenNoLibraryOfType: 'empty' }),
      episodes: (half) => halves.episodes({ signal: half, whenNoLibraryOfType: 'empty' }),
    },
    { signal, onSignal: (shared) => setMaxListeners(0, shared) },
  );
}
