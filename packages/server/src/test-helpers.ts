/* Fixture builders and fakes shared by this package's tests (not part of the public surface). */
import type {
  CollectionGap,
  EpisodeGapReport,
  EpisodeScanOptions,
  LibrarySection,
  MovieGapReport,
  MovieScanOptions,
  ShowGap,
} from '@complexionist/core';
import { createApp } from './app.js';
import { memoryIgnoreStore, memoryReportStore } from './stores/memory-stores.js';
import type { Logger, ScanDefaults, Scanner, ScanRun, ServerDeps } from './types.js';

/** A collection with gaps; `missing` gives [tmdbId, title] pairs. */
export function collection(
  tmdbId: number,
  name: string,
  missing: [number, string][],
  total = 4,
): CollectionGap {
  return {
    tmdbId,
    name,
    owned: total - missing.length,
    total,
    missing: missing.map(([id, title], i) => ({
      tmdbId: id,
      title,
      year: 2000 + i,
      releaseDate: `${2000 + i}-05-01`,
      posterPath: `/poster-${id}.jpg`,
    })),
  };
}

/** A movie report holding the given collections. */
export function movieReport(
  collections: CollectionGap[] = [collection(8091, 'Alien Collection', [[8077, 'Alien³']])],
) {
  const missingMovies = collections.reduce((sum, c) => sum + c.missing.length, 0);
  const report: MovieGapReport = {
    type: 'movies',
    generatedAt: '2025-06-01T12:00:00.000Z',
    libraries: ['Movies'],
    summary: {
      moviesScanned: 10,
      moviesMatched: 10,
      moviesUnmatched: 0,
      collectionsChecked: collections.length,
      collectionsWithGaps: collections.length,
      missingMovies,
    },
    warnings: [],
    unmatched: [],
    collections,
  };
  return report;
}

/** A show with gaps: `seasons` maps a season number to its missing episode numbers. */
export function show(
  title: string,
  ids: { tvdb?: number | null; tmdb?: number | null; imdb?: string | null },
  seasons: Record<number, number[]>,
): ShowGap {
  const gaps = Object.entries(seasons).map(([season, episodes]) => ({
    season: Number(season),
    missing: episodes.map((episode) => ({
      season: Number(season),
      episode,
      title: `Episode ${episode}`,
      aired: '2010-01-01',
    })),
  }));
  return {
    tvdbId: ids.tvdb ?? null,
    tmdbId: ids.tmdb ?? null,
    imdbId: ids.imdb ?? null,
    source: 'tvdb',
    ordering: 'tvdbAiring',
    orderingOrigin: 'library',
    orderingReason: 'library setting',
    title,
    year: 2008,
    missingCount: gaps.reduce((sum, s) => sum + s.missing.length, 0),
    seasons: gaps,
  };
}

/** An episode report holding the given shows. */
export function episodeReport(
  shows: ShowGap[] = [show('Breaking Bad', { tvdb: 81189, tmdb: 1396, imdb: 'tt0903747' }, { 2: [5, 6] })],
) {
  const report: EpisodeGapReport = {
    type: 'episodes',
    generatedAt: '2025-06-01T12:00:00.000Z',
    libraries: ['TV Shows'],
    summary: {
      showsScanned: shows.length,
      showsMatched: shows.length,
      showsUnmatched: 0,
      showsExcluded: 0,
      showsWithGaps: shows.length,
      episodesOwned: 10,
      missingEpisodes: shows.reduce((sum, s) => sum + s.missingCount, 0),
    },
    warnings: [],
    unmatched: [],
    shows,
  };
  return report;
}

/** The libraries of the fake scanner. */
export const LIBRARIES: LibrarySection[] = [
  { key: '1', title: 'Movies', type: 'movie' },
  { key: '2', title: 'TV Shows', type: 'show' },
  { key: '3', title: 'Music', type: 'other' },
];

/** A scan the fake scanner is running, which the test finishes. */
export interface HeldScan {
  kind: 'movies' | 'episodes';
  options: MovieScanOptions | EpisodeScanOptions;
  run: ScanRun;
  release(): void;
  fail(error: unknown): void;
}

/**
 * A scanner answering with fixed reports. With `hold: true` each scan waits until the test calls `release()`
 * (or `fail()`) on it, so a test can look at a running job; an aborted scan rejects with the signal's reason.
 */
export function fakeScanner(
  options: {
    movies?: MovieGapReport;
    episodes?: EpisodeGapReport;
    hold?: boolean;
    libraries?: LibrarySection[];
    /** What `defaults()` answers; without it the scanner has no `defaults`. */
    defaults?: ScanDefaults;
    /** IMDb ids by TMDB id for `findImdbIds`; without it the scanner has no `findImdbIds`. */
    imdbIds?: Record<number, string>;
  } = {},
) {
  const held: HeldScan[] = [];
  const calls: HeldScan[] = [];
  let waiting: ((scan: HeldScan) => void) | null = null;
  function scan<R>(
    kind: HeldScan['kind'],
    scanOptions: HeldScan['options'],
    run: ScanRun,
    report: R,
  ): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const entry: HeldScan = {
        kind,
        options: scanOptions,
        run,
        release: () => resolve(report),
        fail: reject,
      };
      calls.push(entry);
      run.signal.addEventListener('abort', () => reject(run.signal.reason), { once: true });
      if (!options.hold) return resolve(report);
      held.push(entry);
      waiting?.(entry);
    });
  }
  const scanner: Scanner = {
    listLibraries: async () => options.libraries ?? LIBRARIES,
    scanMovies: (o, run) => scan('movies', o, run, options.movies ?? movieReport()),
    scanEpisodes: (o, run) => scan('episodes', o, run, options.episodes ?? episodeReport()),
  };
  if (options.defaults) scanner.defaults = () => ({ ...(options.defaults as ScanDefaults) });
  const imdbIds = options.imdbIds;
  if (imdbIds) {
    scanner.findImdbIds = async (tmdbIds) => new Map(tmdbIds.map((id) => [id, imdbIds[id] ?? null]));
  }
  return {
    scanner,
    calls,
    /** Resolves with the next scan the scanner is holding (at once if one is already waiting). */
    next(): Promise<HeldScan> {
      const ready = held.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve) => {
        waiting = (entry) => {
          waiting = null;
          held.splice(held.indexOf(entry), 1);
          resolve(entry);
        };
      });
    },
  };
}

/** A logger that keeps its lines. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) };
}

/** An app over a fake scanner and memory stores; `deps` overrides any part. */
export function testApp(
  deps: Partial<ServerDeps> = {},
  scannerOptions: Parameters<typeof fakeScanner>[0] = {},
) {
  const fake = fakeScanner(scannerOptions);
  const logger = memoryLogger();
  const store = memoryReportStore();
  const ignores = memoryIgnoreStore();
  const app = createApp({ scanner: fake.scanner, store, ignores, logger, ...deps });
  return { app, fake, logger, store, ignores };
}

/** JSON request helper. */
export function json(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } };
}

/** Resolves when the job has finished (done or failed). */
export function finished(app: ReturnType<typeof createApp>, id: string): Promise<void> {
  return new Promise((resolve) => {
    const job = app.jobs.get(id);
    if (!job || job.status === 'done' || job.status === 'failed') return resolve();
    app.jobs.subscribe(id, (event) => {
      if (event.event !== 'progress') resolve();
    });
  });
}
