import { ConfigError, ConnectionError } from '@complexionist/core';
import type { FakeRadarrState } from '@complexionist/testkit';
import { type RunningArr, startFakeRadarr } from '@complexionist/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { createRadarrClient } from './radarr-client.js';
import { sendToRadarr } from './send-radarr.js';

const films = [
  { tmdbId: 8077, title: 'Alien³', year: 1992 },
  { tmdbId: 604, title: 'The Matrix Reloaded', year: 2003 },
  { tmdbId: 624860, title: 'The Matrix Resurrections', year: 2021 },
];
const has8077 = { id: 7, tmdbId: 8077, title: 'Alien³', monitored: false, hasFile: false };

let radarr: RunningArr<FakeRadarrState>;
afterEach(() => radarr?.close());
const client = () => createRadarrClient({ url: radarr.url, apiKey: radarr.apiKey, retries: 0 });

describe('sendToRadarr against a fake Radarr', () => {
  it('adds exactly the films Radarr lacks, with the only root folder and profile, and says which it skipped', async () => {
    radarr = await startFakeRadarr({ movies: [{ ...has8077 }] });
    const outcome = await sendToRadarr(client(), films, {}, { dryRun: false });
    expect(outcome.items.map((i) => [i.key, i.status])).toEqual([
      ['tmdb:8077', 'skipped'],
      ['tmdb:604', 'sent'],
      ['tmdb:624860', 'sent'],
    ]);
    expect(outcome.items[0]?.detail).toBe('already in Radarr (unmonitored, left so)');
    expect(radarr.writes()).toEqual([
      {
        method: 'POST',
        url: '/api/v3/movie',
        body: {
          tmdbId: 604,
          title: 'The Matrix Reloaded',
          year: 2003,
          qualityProfileId: 1,
          rootFolderPath: '/data/media',
          monitored: true,
          minimumAvailability: 'released',
          tags: [],
          addOptions: { searchForMovie: true, monitor: 'movieOnly', addMethod: 'manual' },
        },
      },
      expect.objectContaining({
        method: 'POST',
        url: '/api/v3/movie',
        body: expect.objectContaining({ tmdbId: 624860 }),
      }),
    ]);
    // Untouched: the unmonitored film stays unmonitored.
    expect(radarr.state.movies.find((m) => m.tmdbId === 8077)?.monitored).toBe(false);
  });

  it('sends nothing the second time the same request is made', async () => {
    radarr = await startFakeRadarr();
    await sendToRadarr(client(), films, {}, { dryRun: false });
    const before = radarr.writes().length;
    const again = await sendToRadarr(client(), films, {}, { dryRun: false });
    expect(radarr.writes()).toHaveLength(before);
    expect(again.items.every((i) => i.status === 'skipped')).toBe(true);
  });

  it('in a dry run reads Radarr but writes nothing, and says what it would do', async () => {
    radarr = await startFakeRadarr({ movies: [{ ...has8077 }], tags: [] });
    const outcome = await sendToRadarr(client(), films, { tags: ['complexionist'] }, { dryRun: true });
    expect(radarr.writes()).toEqual([]);
    expect(outcome.items.map((i) => i.status)).toEqual(['skipped', 'planned', 'planned']);
    expect(outcome.items[1]?.detail).toBe(
      'would add to /data/media (Any), monitored, tags complexionist, creating tag complexionist, then search',
    );
  });

  it('uses the configured folder, profile and tags (created once), and no search when switched off', async () => {
    radarr = await startFakeRadarr({
      rootFolders: [
        { id: 1, path: '/movies' },
        { id: 2, path: '/movies-4k' },
      ],
      qualityProfiles: [
        { id: 4, name: 'HD-1080p' },
        { id: 5, name: 'Ultra-HD' },
      ],
      tags: [{ id: 1, label: 'kids' }],
    });
    const settings = {
      rootFolder: '/movies-4k/',
      qualityProfile: 'ultra-hd',
      tags: ['Kids', 'gaps'],
      searchOnAdd: false,
      monitored: false,
    };
    await sendToRadarr(client(), films.slice(0, 2), settings, { dryRun: false });
    const posts = radarr.writes();
    expect(posts.map((r) => r.url)).toEqual(['/api/v3/tag', '/api/v3/movie', '/api/v3/movie']);
    expect(posts[0]?.body).toEqual({ label: 'gaps' });
    expect(posts[1]?.body).toMatchObject({
      rootFolderPath: '/movies-4k',
      qualityProfileId: 5,
      tags: [1, 2],
      monitored: false,
      addOptions: { searchForMovie: false },
    });
  });

  it('stops before sending when several profiles exist and none is configured, listing them', async () => {
    radarr = await startFakeRadarr({
      qualityProfiles: [
        { id: 4, name: 'HD-1080p' },
        { id: 5, name: 'Ultra-HD' },
      ],
    });
    const error = await sendToRadarr(client(), films, {}, { dryRun: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('"HD-1080p" (id 4), "Ultra-HD" (id 5)');
    expect(radarr.writes()).toEqual([]);
  });

  it('reports a film added meanwhile ("already been added") as skipped and a refused one as failed, and goes on', async () => {
    radarr = await startFakeRadarr();
    // Another tool adds 604 between our look-up and our add: Radarr answers 400 MovieExistsValidator.
    const real = client();
    const racing = {
      ...real,
      movieByTmdbId: async (id: number) => (id === 604 ? null : real.movieByTmdbId(id)),
    };
    radarr.state.movies.push({
      id: 9,
      tmdbId: 604,
      title: 'The Matrix Reloaded',
      monitored: true,
      hasFile: true,
    });
    radarr.state.rootFolders.push({ id: 2, path: '/elsewhere' });
    const outcome = await sendToRadarr(racing, films, { rootFolder: '/data/media' }, { dryRun: false });
    expect(outcome.items.map((i) => [i.key, i.status, i.detail])).toEqual([
      ['tmdb:8077', 'sent', 'added to /data/media (Any), monitored, search started'],
      ['tmdb:604', 'skipped', 'already in Radarr'],
      ['tmdb:624860', 'sent', 'added to /data/media (Any), monitored, search started'],
    ]);
  });

  it('reports a film whose add failed (lost connection) on its own line and still adds the next', async () => {
    radarr = await startFakeRadarr();
    const real = client();
    const flaky = {
      ...real,
      addMovie: async (body: Parameters<typeof real.addMovie>[0]) => {
        if (body.tmdbId === 604)
          throw new ConnectionError('Could not reach Radarr at http://x/api/v3/movie (socket hang up).', {
            service: 'radarr',
          });
        return real.addMovie(body);
      },
    };
    const outcome = await sendToRadarr(flaky, films, {}, { dryRun: false });
    expect(outcome.items.map((i) => [i.key, i.status])).toEqual([
      ['tmdb:8077', 'sent'],
      ['tmdb:604', 'failed'],
      ['tmdb:624860', 'sent'],
    ]);
    expect(outcome.items[1]?.detail).toBe(
      'Could not reach Radarr at http://x/api/v3/movie (socket hang up).',
    );
  });

  it("reports a refusal with Radarr's own words", async () => {
    radarr = await startFakeRadarr();
    const real = client();
    const outcome = await sendToRadarr(
      { ...real, addMovie: (body) => real.addMovie({ ...body, rootFolderPath: '/nowhere' }) },
      films.slice(0, 1),
      {},
      { dryRun: false },
    );
    expect(outcome.items[0]).toMatchObject({
      status: 'failed',
      detail: 'Radarr refused it (HTTP 400: Root folder does not exist)',
    });
  });

  it('stops between films when aborted, sending nothing more', async () => {
    radarr = await startFakeRadarr();
    const controller = new AbortController();
    const real = client();
    const aborting = {
      ...real,
      movieByTmdbId: async (id: number) => {
        if (id === 604) controller.abort(new DOMException('Interrupted', 'AbortError'));
        return real.movieByTmdbId(id);
      },
    };
    const error = await sendToRadarr(aborting, films, {}, { dryRun: false, signal: controller.signal }).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(radarr.writes()).toEqual([]);
  });

  it('turns a refused key into an AuthError naming radarr.api_key, before sending anything', async () => {
    radarr = await startFakeRadarr();
    const wrong = createRadarrClient({ url: radarr.url, apiKey: 'not-the-key', retries: 0 });
    const error = (await sendToRadarr(wrong, films, {}, { dryRun: false }).catch(
      (e: unknown) => e,
    )) as Error & {
      kind: string;
      hint: string;
    };
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('Radarr rejected the API key (HTTP 401)');
    expect(error.hint).toContain('radarr.api_key');
    expect(error.message).not.toContain('not-the-key');
    expect(radarr.requests.map((r) => r.url)).toEqual(['/api/v3/system/status']);
  });
});
