import { describe, expect, it } from 'vitest';
import type { DemoData } from '../demo/demo-data.js';
import { createMemoryCacheStore } from '../demo/memory-cache.js';
import type { TvdbUpdateFeed } from '../feed-ports.js';
import { count, items, portsOf, season, show, world } from '../test-support/fakes.js';
import { FEED_OVERLAP_MS } from './episode-feed.js';
import { scanEpisodes } from './scan-episodes.js';

const DAY = 86_400_000;
const start = new Date('2024-06-15T06:00:00Z').getTime();
// A running show: S01E01–E03 listed, the library owns E01 only.
const data = (): DemoData =>
  world({
    defaultOrderings: { '2': 'tvdbAiring' },
    shows: [show('10', 'Running', { tvdb: 5 })],
    episodes: items('10', [[1, 1]]),
    tvdbSeries: [
      { tvdbId: 5, name: 'Running', imdbId: null, ended: false, episodes: { default: season(1, 3) } },
    ],
  });
const missing = (report: Awaited<ReturnType<typeof scanEpisodes>>) =>
  report.shows.flatMap((s) => s.seasons.flatMap((x) => x.missing.map((m) => `S${m.season}E${m.episode}`)));

/** A feed that names `changed` and records every `since` it is asked with. */
function fakeFeed(changed: () => number[] | Error, windowDays = 30) {
  const asked: number[] = [];
  const feed: TvdbUpdateFeed = {
    cacheScope: 'demo-tvdb:en',
    windowDays,
    async seriesChangedSince(since) {
      asked.push(since.getTime());
      const answer = changed();
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { feed, asked };
}

function daily(feedOf: ReturnType<typeof fakeFeed> | undefined) {
  const clock = { t: start };
  const cache = createMemoryCacheStore({ now: () => clock.t });
  return {
    clock,
    async scan(d: DemoData = data()) {
      const ports = portsOf(d);
      const report = await scanEpisodes(
        { ...ports, cache, ...(feedOf && { tvdbUpdates: feedOf.feed }) },
        { now: new Date(clock.t) },
      );
      return { report, tvdbCalls: count(ports.tvdb, 'getSeriesEpisodes') };
    },
  };
}

describe('episode lists with TVDB’s change feed', () => {
  it('keeps a running show’s unchanged list from day to day, and refetches it the day the feed names it', async () => {
    let changed: number[] = [];
    const feedOf = fakeFeed(() => changed);
    const run = daily(feedOf);
    expect((await run.scan()).tvdbCalls).toBe(1);
    expect(feedOf.asked).toEqual([]); // the first scan fetches everything: nothing to ask
    run.clock.t += DAY;
    expect((await run.scan()).tvdbCalls).toBe(0);
    expect(feedOf.asked).toEqual([start - FEED_OVERLAP_MS]);
    // Day 2: TVDB lists a fourth episode; the feed names the series.
    const d = data();
    d.tvdbSeries[0]?.episodes.default?.push(...season(1, 4).slice(3));
    changed = [5];
    run.clock.t += DAY;
    const day2 = await run.scan(d);
    expect(day2.tvdbCalls).toBe(1);
    expect(missing(day2.report)).toEqual(['S1E2', 'S1E3', 'S1E4']);
  });

  it('a scan within the hour after the last read asks the feed nothing, and the next one asks from the same point', async () => {
    const feedOf = fakeFeed(() => []);
    const run = daily(feedOf);
    await run.scan();
    run.clock.t += 10 * 60_000;
    expect((await run.scan()).tvdbCalls).toBe(0);
    expect(feedOf.asked).toEqual([]);
    run.clock.t += DAY;
    await run.scan();
    expect(feedOf.asked).toEqual([start - FEED_OVERLAP_MS]);
  });

  it('without a feed, a running show’s list is fetched again every day (the 24 h TTL)', async () => {
    const run = daily(undefined);
    await run.scan();
    run.clock.t += DAY;
    expect((await run.scan()).tvdbCalls).toBe(1);
  });

  it('after a gap longer than the feed’s window, falls back to the TTL: lists older than a day are refetched', async () => {
    const feedOf = fakeFeed(() => [], 2);
    const run = daily(feedOf);
    await run.scan();
    run.clock.t += 3 * DAY;
    expect((await run.scan()).tvdbCalls).toBe(1);
    expect(feedOf.asked).toEqual([]);
  });

  it('a feed that fails is a warning, the TTL decides, and the next scan asks from the same moment again', async () => {
    let answer: number[] | Error = new Error('503 Service Unavailable');
    const feedOf = fakeFeed(() => answer);
    const run = daily(feedOf);
    await run.scan();
    run.clock.t += DAY;
    const failed = await run.scan();
    expect(failed.tvdbCalls).toBe(1);
    expect(failed.report.warnings.map((w) => w.code)).toEqual(['feed-error']);
    expect(failed.report.warnings[0]?.message).toContain('503 Service Unavailable');
    answer = [];
    run.clock.t += DAY;
    await run.scan();
    expect(feedOf.asked).toEqual([start - FEED_OVERLAP_MS, start - FEED_OVERLAP_MS]);
  });
});
