import { ConnectionError, type MovieGapReport, ScanFailedError } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { memoryReportStore } from '../stores/memory-stores.js';
import { collection, episodeReport, finished, json, movieReport, show, testApp } from '../test-helpers.js';

/** The last complete movie report: two collections, three missing films. */
const saved = () =>
  movieReport([
    collection(8091, 'Alien Collection', [
      [8077, 'Alien³'],
      [8078, 'Alien Resurrection'],
    ]),
    collection(2344, 'The Matrix Collection', [[604, 'The Matrix Reloaded']]),
  ]);
const radarr = async (app: ReturnType<typeof testApp>['app']) =>
  (await (await app.request('/api/lists/radarr')).json()) as Array<{ id: number }>;
const ids = (list: Array<{ id: number }>) => list.map((item) => item.id).sort((a, b) => a - b);

async function scanOnce(app: ReturnType<typeof testApp>['app'], type = 'movies') {
  const { id } = (await (await app.request('/api/scans', json('POST', { type }))).json()) as { id: string };
  return id;
}

describe('what a scan may do to the latest report and the Radarr/Sonarr lists (issue 13, finding 1)', () => {
  it('a failed scan (TMDB answered only errors) replaces nothing; the job and the log say why', async () => {
    const { app, fake, logger } = testApp(
      { store: memoryReportStore({ movies: saved(), episodes: episodeReport() }) },
      { hold: true },
    );
    const before = await (await app.request('/api/reports/latest?type=movies')).json();
    const id = await scanOnce(app);
    const cause = new ConnectionError('TMDB answered HTTP 500', { service: 'tmdb', status: 500 });
    (await fake.next()).fail(
      new ScanFailedError(
        'movies',
        'The movie scan failed: TMDB could not answer any of the 30 movie lookups.',
        {
          service: 'tmdb',
          hint: 'Check that TMDB is up and answering, then scan again.',
          cause,
        },
      ),
    );
    await finished(app, id);
    const job = await (await app.request(`/api/scans/${id}`)).json();
    expect(job).toMatchObject({
      status: 'failed',
      error: { message: expect.stringContaining('The movie scan failed: TMDB could not answer') },
    });
    expect(job.report).toBeUndefined();
    expect(await (await app.request('/api/reports/latest?type=movies')).json()).toEqual(before);
    expect(ids(await radarr(app))).toEqual([604, 8077, 8078]);
    expect(logger.lines).toContainEqual(expect.stringContaining(`Scan ${id} failed: The movie scan failed`));
  });

  it('a partial scan may only add to the lists: items it could not confirm are kept, new ones appear', async () => {
    const partial: MovieGapReport = {
      ...movieReport([collection(10, 'Kids Collection', [[12, 'Kid Two']])]),
      status: 'partial',
      generatedAt: '2025-07-01T12:00:00.000Z',
    };
    const { app, logger } = testApp({ store: memoryReportStore({ movies: saved() }) }, { movies: partial });
    const id = await scanOnce(app);
    await finished(app, id);
    const job = await (await app.request(`/api/scans/${id}`)).json();
    expect(job).toMatchObject({
      status: 'done',
      outcome: 'partial',
      message: expect.stringMatching(/^Scan partial/),
    });
    expect(ids(await radarr(app))).toEqual([12, 604, 8077, 8078]);
    const latest = await (await app.request('/api/reports/latest?type=movies')).json();
    expect(latest).toMatchObject({
      status: 'partial',
      summary: { missingMovies: 4, collectionsWithGaps: 3 },
    });
    expect(latest.warnings).toContainEqual(expect.objectContaining({ code: 'kept-from-previous-report' }));
    expect(logger.lines).toContainEqual(
      expect.stringMatching(new RegExp(`^Scan ${id} finished \\(partial\\)`)),
    );
  });

  it('a partial episode scan keeps the missing episodes it could not confirm, season by season', async () => {
    const before = episodeReport([show('Breaking Bad', { tvdb: 81189 }, { 2: [5, 6] })]);
    const partial = {
      ...episodeReport([show('Breaking Bad', { tvdb: 81189 }, { 2: [6], 3: [1] })]),
      status: 'partial' as const,
    };
    const { app } = testApp({ store: memoryReportStore({ episodes: before }) }, { episodes: partial });
    await finished(app, await scanOnce(app, 'episodes'));
    const [item] = (await (await app.request('/api/lists/sonarr')).json()) as Array<{ tvdbId: number }>;
    expect(item).toMatchObject({ tvdbId: 81189 });
    const latest = await (await app.request('/api/reports/latest?type=episodes')).json();
    expect(
      latest.shows[0].seasons.map((s: { season: number; missing: { episode: number }[] }) => [
        s.season,
        s.missing.map((e) => e.episode),
      ]),
    ).toEqual([
      [2, [5, 6]],
      [3, [1]],
    ]);
  });

  it('a complete scan replaces the report, so the lists may shrink, and says it was complete', async () => {
    const complete: MovieGapReport = {
      ...movieReport([collection(2344, 'The Matrix Collection', [[604, 'R']])]),
      status: 'complete',
    };
    const { app, logger } = testApp({ store: memoryReportStore({ movies: saved() }) }, { movies: complete });
    const id = await scanOnce(app);
    await finished(app, id);
    expect(ids(await radarr(app))).toEqual([604]);
    expect(await (await app.request(`/api/scans/${id}`)).json()).toMatchObject({ outcome: 'complete' });
    expect(logger.lines).toContainEqual(
      `Scan ${id} finished (complete): Scan complete: every lookup answered.`,
    );
  });
});
