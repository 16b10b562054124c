import { demoFixtures, tvdbEpisodeSourceContract } from '@complexionist/contract';
import type { DemoData } from '@complexionist/core';
import { createTvdbClient } from './client.js';
import { FAKE_TVDB, type FakeTvdbWorld, fakeTvdb, GOOD_KEY, tvdbEpisode } from './test-fake-tvdb.js';
import { useMswServer } from './test-server.js';

const server = useMswServer();

/** The demo world as TVDB would serve it, paged two episodes at a time to exercise paging. */
function tvdbWorld(data: DemoData): FakeTvdbWorld {
  const remote: NonNullable<FakeTvdbWorld['remote']> = {};
  for (const s of data.tvdbSeries)
    if (s.imdbId)
      remote[s.imdbId] = [...(remote[s.imdbId] ?? []), { series: { id: s.tvdbId, name: s.name } }];
  return {
    pageSize: 2,
    remote,
    series: Object.fromEntries(
      data.tvdbSeries.map((s) => [
        s.tvdbId,
        {
          status: s.ended ? 'Ended' : 'Continuing',
          types: Object.fromEntries(
            Object.entries(s.episodes).map(([type, episodes]) => [
              type,
              (episodes ?? []).map((e, i) =>
                tvdbEpisode(e.id ?? s.tvdbId * 1000 + i, e.season, e.episode, {
                  name: e.title,
                  aired: e.aired,
                }),
              ),
            ]),
          ),
        },
      ]),
    ),
  };
}

tvdbEpisodeSourceContract('the TVDB client (over a fake TVDB)', async () => {
  const fx = demoFixtures();
  server.use(...fakeTvdb(tvdbWorld(fx.data)).handlers);
  return {
    source: createTvdbClient({ apiKey: GOOD_KEY, baseURL: FAKE_TVDB, retries: 0, rate: { perSecond: 0 } }),
    fixtures: fx.tvdb,
  };
});
