import type { EpisodeGapReport, MovieGapReport } from '@complexionist/core';
import {
  type FakeServices,
  generateWorld,
  smallWorldExpected,
  startFakeServices,
} from '@complexionist/testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { gapsOf } from '../testing/gaps.js';
import { liveEnv, useFakes } from '../testing/live-env.js';
import { type Sandbox, sandbox } from '../testing/run-cli.js';

type ScanJson = { movies: MovieGapReport; episodes: EpisodeGapReport };

const live = useFakes({}, 'perTest');
const env = () => liveEnv(live.fakes);

describe('the persistent cache, through the built CLI', () => {
  it('a second scan of an unchanged library asks TMDB and TVDB nothing and reports the same gaps', async () => {
    const first = await live.box.run(['scan', '--format', 'json'], { env: env() });
    expect(first.code).toBe(0);
    live.fakes.resetCounts();
    const second = await live.box.run(['scan', '--format', 'json'], { env: env() });
    expect(second.code).toBe(0);
    const counts = live.fakes.counts();
    expect(counts.tmdb.total).toBe(0);
    expect(counts.tvdb.total).toBe(0);
    expect(counts.plex.total).toBeGreaterThan(0); // Plex is never cached
    expect(gapsOf(JSON.parse(second.stdout) as ScanJson)).toEqual(gapsOf(smallWorldExpected));
  });

  it('two scans at once on the same cache both finish with the right report', async () => {
    const [a, b] = await Promise.all([
      live.box.run(['scan', '--format', 'json'], { env: env() }),
      live.box.run(['scan', '--format', 'json'], { env: env() }),
    ]);
    for (const run of [a, b]) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(gapsOf(JSON.parse(run.stdout) as ScanJson)).toEqual(gapsOf(smallWorldExpected));
    }
  });
});

describe('Ctrl-C and the cache', () => {
  // A library of 120 films: at TMDB's pace (40/s) the movie lookups take about three seconds, so Ctrl-C
  // surely lands in the middle of them.
  let fakes: FakeServices;
  let box: Sandbox;
  beforeAll(async () => {
    const { world } = generateWorld({ seed: 11, movies: 120, shows: 0, episodes: 0, now: new Date() });
    fakes = await startFakeServices(world, { latencyMs: { tmdb: 25 } });
    box = await sandbox();
  });
  afterAll(async () => {
    await box?.remove();
    await fakes?.close();
  });

  // Ctrl-C once this many film lookups reached the fake: with at most 20 TMDB requests in flight, some were
  // answered (and cached) by then, whatever the order the scan asks them in.
  const MOVIES_ASKED = 25;

  it('answers fetched before Ctrl-C are kept: the next scan does not ask for them again', async () => {
    const interrupted = await box.run(['movies', '--format', 'json'], {
      env: liveEnv(fakes),
      interruptAfter: () =>
        vi.waitFor(
          () => expect(fakes.counts().tmdb.byRoute.movie ?? 0).toBeGreaterThanOrEqual(MOVIES_ASKED),
          {
            timeout: 10_000,
            interval: 5,
          },
        ),
    });
    expect(interrupted.code).toBe(130);
    const stats = await box.run(['cache', '--stats']);
    const kept = Number(/tmdb_movie\s+(\d+)/.exec(stats.stdout)?.[1] ?? 0);
    expect(kept).toBeGreaterThan(0);

    fakes.resetCounts();
    const resumed = await box.run(['movies', '--format', 'json'], { env: liveEnv(fakes) });
    expect(resumed.code).toBe(0);
    const askedAfter = fakes.counts().tmdb.byRoute.movie ?? 0;
    let freshReport = '';

    // How many movie lookups a scan needs from scratch, measured with an empty cache elsewhere.
    const fresh = await sandbox();
    try {
      fakes.resetCounts();
      const run = await fresh.run(['movies', '--format', 'json'], { env: liveEnv(fakes) });
      expect(run.code).toBe(0);
      freshReport = run.stdout;
    } finally {
      await fresh.remove();
    }
    const needed = fakes.counts().tmdb.byRoute.movie ?? 0;
    expect(kept).toBeLessThan(needed);
    // Each kept film answer saves its lookup; a kept collection listing may save more (its owned parts need
    // none, docs/freshness.md), so the resumed scan asks at most the rest — and reports the same gaps.
    expect(askedAfter).toBeLessThanOrEqual(needed - kept);
    const collections = (json: string) => (JSON.parse(json) as MovieGapReport).collections;
    expect(collections(resumed.stdout)).toEqual(collections(freshReport));
  });
});
