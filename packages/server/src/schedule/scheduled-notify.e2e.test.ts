import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CacheHandle, openCache } from '@complexionist/cache';
import { homePaths, loadConfig } from '@complexionist/config';
import type { WebhookPayload } from '@complexionist/notify';
import {
  type FakeServices,
  NEW_COLLECTION_PART,
  NEW_EPISODE,
  type RunningReceiver,
  smallWorld,
  startFakeServices,
  startReceiver,
  worldChanges,
} from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { createServerDeps } from '../server-deps.js';
import { finished, memoryLogger } from '../test-helpers.js';
import { fakeTime } from './test-fake-time.js';

// The small world's "aired today" episode sits well before the scans, so it counts the same in both.
const world = smallWorld({ now: new Date('2026-02-28T12:00:00Z') });
const changes = worldChanges(world);
let fakes: FakeServices;
let receiver: RunningReceiver;
let home: string;
let cache: CacheHandle;

beforeAll(async () => {
  fakes = await startFakeServices(world, { mutableWorld: true });
  receiver = await startReceiver();
  home = mkdtempSync(join(tmpdir(), 'cx-scheduled-'));
});
afterAll(async () => {
  cache?.close();
  await Promise.all([fakes?.close(), receiver?.close()]);
  rmSync(home, { recursive: true, force: true });
});

async function liveApp(time: ReturnType<typeof fakeTime>) {
  writeFileSync(
    join(home, 'config.yaml'),
    [
      'server:',
      '  schedule: "0 4 * * *"',
      '  public_url: https://gaps.example.org',
      // Cached TMDB answers would hide the new part and episode for days; this test is about what is new.
      'cache:',
      '  ttl_hours:',
      '    tmdb_collection: 0',
      '    tmdb_episodes: 0',
      'notifications:',
      '  - type: webhook',
      `    url: ${receiver.origin}/hooks/complexionist`,
    ].join('\n'),
  );
  const env = {
    COMPLEXIONIST_HOME: home,
    TZ: 'UTC',
    PLEX_URL: fakes.plexUrl,
    PLEX_TOKEN: fakes.plexToken,
    TMDB_API_KEY: fakes.tmdbKey,
    TMDB_URL: fakes.tmdbUrl,
    TVDB_API_KEY: fakes.tvdbKey,
    TVDB_URL: fakes.tvdbUrl,
  };
  const { config } = await loadConfig({ cwd: home, env, home });
  cache = openCache({ path: homePaths(home).cacheDb });
  const logger = memoryLogger();
  const deps = createServerDeps({ config, cache, now: time.clock, logger });
  if (!deps.schedule || !deps.notify) throw new Error('schedule and notifications should be configured');
  deps.schedule = { ...deps.schedule, timezone: 'UTC', timers: time.timers };
  deps.notify = { ...deps.notify, options: { sleep: async () => {} } };
  return { app: createApp(deps), logger };
}

/** Moves the clock to a slot and waits for the scheduled scan it starts, and for what follows it. */
async function runSlot(app: ReturnType<typeof createApp>, time: ReturnType<typeof fakeTime>, iso: string) {
  const before = app.jobs.list().length;
  time.advanceTo(iso);
  const jobs = app.jobs.list();
  expect(jobs).toHaveLength(before + 1);
  const job = jobs[0];
  await finished(app, job?.id ?? '');
  await app.jobs.settled();
  return app.jobs.get(job?.id ?? '');
}

describe('scheduled scans on the test kit notify what is new', () => {
  it('the first scheduled scan is the baseline; the next notifies exactly the new part and the new episode', async () => {
    const time = fakeTime('2026-03-09T12:00:00Z');
    const { app, logger } = await liveApp(time);
    app.scheduler?.start();
    expect((await (await app.request('/api/schedule')).json()).nextRun).toBe('2026-03-10T04:00:00.000Z');

    const first = await runSlot(app, time, '2026-03-10T04:00:00Z');
    expect(first).toMatchObject({ type: 'scan', status: 'done' });
    expect(receiver.requests).toEqual([]);

    changes.addCollectionPart();
    const aired = changes.airNewEpisode('2026-03-08');

    const second = await runSlot(app, time, '2026-03-11T04:00:00Z');
    expect(second?.status).toBe('done');
    expect(receiver.requests).toHaveLength(1);
    const payload = receiver.bodies()[0] as WebhookPayload;
    expect(payload).toEqual({
      eventType: 'NewMissing',
      instanceName: 'ComPlexionist',
      applicationUrl: 'https://gaps.example.org',
      at: '2026-03-11T04:00:00.000Z',
      title: 'ComPlexionist: 1 new missing film, 1 new missing episode',
      since: { movies: '2026-03-10T04:00:00.000Z', episodes: '2026-03-10T04:00:00.000Z' },
      movies: {
        newlyMissing: [
          {
            tmdbId: NEW_COLLECTION_PART.tmdbId,
            title: NEW_COLLECTION_PART.title,
            year: 2025,
            releaseDate: NEW_COLLECTION_PART.releaseDate,
            collectionId: 8091,
            collectionName: 'Alien Collection',
          },
        ],
        acquired: [],
        newlyIgnored: [],
      },
      episodes: {
        newlyMissing: [
          {
            seriesTitle: 'Abbott Elementary',
            seriesTvdbId: 403245,
            seriesTmdbId: NEW_EPISODE.tmdbShowId,
            seasonNumber: aired.season,
            episodeNumber: aired.episode,
            title: NEW_EPISODE.title,
            airDate: '2026-03-08',
          },
        ],
        acquired: [],
        newlyIgnored: [],
      },
    });

    const diff = await (await app.request('/api/reports/diff?type=episodes')).json();
    expect(diff.newlyMissing).toHaveLength(1);
    expect(logger.lines.join('\n')).toContain('Notification NewMissing sent to webhook http://127.0.0.1:');
    app.scheduler?.stop();
    await app.jobs.shutdown();
  });
});
