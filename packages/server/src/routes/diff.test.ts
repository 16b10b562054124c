import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReportHistory, openCache } from '@complexionist/cache';
import type { MovieGapReport } from '@complexionist/core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { collection, finished, json, movieReport, testApp } from '../test-helpers.js';

type App = ReturnType<typeof testApp>['app'];

/** Runs a movie scan through the API and waits until its history update is done. */
async function scanMovies(app: App): Promise<void> {
  const res = await app.request('/api/scans', json('POST', { type: 'movies' }));
  const { id } = (await res.json()) as { id: string };
  await finished(app, id);
  await app.jobs.settled();
}

const at = (day: string, collections = movieReport().collections): MovieGapReport => ({
  ...movieReport(collections),
  generatedAt: `2026-01-${day}T04:00:00.000Z`,
});

function sqliteHistory() {
  const dir = mkdtempSync(join(tmpdir(), 'cx-server-history-'));
  const cache = openCache({ path: join(dir, 'cache.db') });
  onTestFinished(() => {
    cache.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return createReportHistory(cache.state, { size: 30 });
}

describe('GET /api/reports/diff', () => {
  it('compares the last two complete scans (kept in SQLite), the first being the baseline', async () => {
    const scanner = { movies: at('01') };
    const { app } = testApp({ history: sqliteHistory() }, scanner);
    await scanMovies(app);
    const baseline = await app.request('/api/reports/diff?type=movies');
    expect(baseline.status).toBe(404);
    expect((await baseline.json()).error.message).toContain('Fewer than two complete movie scans');

    scanner.movies = at('02', [
      collection(8091, 'Alien Collection', [
        [8077, 'Alien³'],
        [945961, 'Alien: Romulus'],
      ]),
    ]);
    await scanMovies(app);
    const res = await app.request('/api/reports/diff?type=movies');
    expect(res.status).toBe(200);
    const diff = await res.json();
    expect(diff).toMatchObject({
      type: 'movies',
      fromId: 1,
      toId: 2,
      from: '2026-01-01T04:00:00.000Z',
      to: '2026-01-02T04:00:00.000Z',
      acquired: [],
      newlyIgnored: [],
    });
    expect(diff.newlyMissing.map((m: { title: string }) => m.title)).toEqual(['Alien: Romulus']);

    const history = await (await app.request('/api/reports/history?type=movies')).json();
    expect(history.reports.map((e: { id: number }) => e.id)).toEqual([2, 1]);
  });

  it('takes explicit ids, and tells an ignored film from an acquired one', async () => {
    const scanner = {
      movies: at('01', [
        collection(8091, 'Alien Collection', [
          [8077, 'Alien³'],
          [8078, 'Alien Resurrection'],
        ]),
      ]),
    };
    const { app, ignores } = testApp({}, scanner);
    await scanMovies(app);
    scanner.movies = at('02', []);
    await scanMovies(app);
    scanner.movies = at('03', []);
    await scanMovies(app);
    await ignores.add('movies', 8078);
    const diff = await (await app.request('/api/reports/diff?type=movies&from=1&to=3')).json();
    expect(diff.acquired.map((m: { tmdbId: number }) => m.tmdbId)).toEqual([8077]);
    expect(diff.newlyIgnored.map((m: { tmdbId: number }) => m.tmdbId)).toEqual([8078]);
  });

  it('keeps a partial scan out of the history, so it is never compared', async () => {
    const scanner = { movies: at('01') };
    const { app } = testApp({}, scanner);
    await scanMovies(app);
    scanner.movies = {
      ...at('02', []),
      warnings: [{ code: 'connection-error', message: 'Fetching collection 8091 failed (tmdb): timeout' }],
    };
    await scanMovies(app);
    const history = await (await app.request('/api/reports/history?type=movies')).json();
    expect(history.reports).toHaveLength(1);
    expect((await app.request('/api/reports/diff?type=movies')).status).toBe(404);
  });

  it('answers 400 for a bad type or id, 404 for an id that is not kept', async () => {
    const { app } = testApp();
    const bad = await app.request('/api/reports/diff?type=scan');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.field).toBe('type');
    expect((await app.request('/api/reports/diff?type=movies&from=x')).status).toBe(400);
    const gone = await app.request('/api/reports/diff?type=movies&from=7&to=9');
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.message).toContain('No complete movie report 7 or 9 is kept');
  });
});
