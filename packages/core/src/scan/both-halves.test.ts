import { describe, expect, it } from 'vitest';
import { ConnectionError } from '../errors.js';
import { runBothHalves } from './both-halves.js';

/** Resolves with `value` after `ms`, or rejects with the signal's reason when it is aborted first. */
function later<T>(value: T, ms: number, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(value), ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

describe('runBothHalves', () => {
  it('runs both halves at once and returns both reports', async () => {
    const started: string[] = [];
    const both = runBothHalves({
      movies: (signal) => {
        started.push('movies');
        return later('movie report', 20, signal);
      },
      episodes: (signal) => {
        started.push('episodes');
        return later('episode report', 10, signal);
      },
    });
    expect(started).toEqual(['movies', 'episodes']);
    await expect(both).resolves.toEqual({ movies: 'movie report', episodes: 'episode report' });
  });

  it('stops the other half when one fails, and throws that failure', async () => {
    const refused = new ConnectionError('TMDB could not be reached', { service: 'tmdb' });
    let episodesStoppedBy: unknown;
    const both = runBothHalves({
      movies: () => Promise.reject(refused),
      episodes: (signal) =>
        later('never', 5_000, signal).catch((reason: unknown) => {
          episodesStoppedBy = reason;
          throw reason;
        }),
    });
    await expect(both).rejects.toBe(refused);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(episodesStoppedBy).toBe(refused);
  });

  it("stops both when the caller's signal is aborted, and hands the shared signal to onSignal first", async () => {
    const controller = new AbortController();
    let shared: AbortSignal | undefined;
    const both = runBothHalves(
      { movies: (signal) => later(1, 5_000, signal), episodes: (signal) => later(2, 5_000, signal) },
      { signal: controller.signal, onSignal: (signal) => (shared = signal) },
    );
    controller.abort(new DOMException('Ctrl-C', 'AbortError'));
    await expect(both).rejects.toMatchObject({ name: 'AbortError', message: 'Ctrl-C' });
    expect(shared?.aborted).toBe(true);
  });
});
