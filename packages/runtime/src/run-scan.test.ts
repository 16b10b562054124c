import { scanEpisodes, scanMovies } from '@complexionist/core';
import { createDemoDeps } from '@complexionist/core/demo';
import { describe, expect, it } from 'vitest';
import { type HalfRun, runScan, type ScanHalfRunners } from './run-scan.js';

const now = new Date('2026-03-01T12:00:00Z');

/** The demo library's halves, recording how each was started. */
function demoHalves(libraries?: string[]) {
  const started: Array<{ half: string; run: HalfRun }> = [];
  const { library, metadata, tvdb, tmdb } = createDemoDeps({ now });
  const halves: ScanHalfRunners = {
    movies: (run) => {
      started.push({ half: 'movies', run });
      return scanMovies({ library, metadata }, { now, ...run, ...(libraries && { libraries }) });
    },
    episodes: (run) => {
      started.push({ half: 'episodes', run });
      return scanEpisodes({ library, tvdb, tmdb }, { now, ...run, ...(libraries && { libraries }) });
    },
  };
  return { halves, started };
}

describe('runScan (both faces run their scans through it)', () => {
  it('movies and episodes run one half, which fails when the names hold no library of its type', async () => {
    const { halves, started } = demoHalves();
    const report = await runScan('movies', halves, new AbortController().signal);
    expect('type' in report && report.type).toBe('movies');
    expect(started.map((s) => s.half)).toEqual(['movies']);
    expect(started[0]?.run.whenNoLibraryOfType).toBeUndefined();
  });

  it('scan runs both halves; names of one type give the other half an empty report', async () => {
    const { halves, started } = demoHalves(['TV Shows']);
    const report = await runScan('scan', halves, new AbortController().signal);
    expect(started.map((s) => s.half).sort()).toEqual(['episodes', 'movies']);
    if ('type' in report) throw new Error('expected both reports');
    expect(report.movies.libraries).toEqual([]);
    expect(report.episodes.libraries.length).toBeGreaterThan(0);
  });

  it('a failing half stops the other and the scan fails with its error', async () => {
    let episodeSignal: AbortSignal | undefined;
    const refused = new Error('TMDB refused the key');
    const halves: ScanHalfRunners = {
      movies: () => Promise.reject(refused),
      episodes: ({ signal }) => {
        episodeSignal = signal;
        return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      },
    };
    await expect(runScan('scan', halves, new AbortController().signal)).rejects.toBe(refused);
    expect(episodeSignal?.aborted).toBe(true);
  });
});
