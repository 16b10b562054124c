import { demoFixtures, tvdbEpisodeSourceContract } from '@complexionist/contract';
import type { DemoData } from '@complexionist/core/demo';
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

/** A Japanese series: TVDB has English names for its first two episodes only (a real anime's shape). */
const JAPANESE_SERIES = 424536;
function withJapaneseSeries(world: FakeTvdbWorld): FakeTvdbWorld {
  const episodes = [
    tvdbEpisode(9001, 1, 1, { name: '冒険の終わり', absoluteNumber: 1, nameTranslations: ['jpn', 'eng'] }),
    tvdbEpisode(9002, 1, 2, {
      name: '別に魔法じゃなくたって…',
      absoluteNumber: 2,
      nameTranslations: ['jpn', 'eng'],
    }),
    tvdbEpisode(9003, 1, 3, { name: '人を殺す魔法', absoluteNumber: 3, nameTranslations: ['jpn'] }),
  ];
  const translations = { eng: { 9001: 'The Journey’s End', 9002: 'It Didn’t Have to Be Magic...' } };
  world.series = {
    ...world.series,
    [JAPANESE_SERIES]: { originalLanguage: 'jpn', types: { default: episodes }, translations },
  };
  return world;
}

tvdbEpisodeSourceContract('the TVDB client (over a fake TVDB)', async () => {
  const fx = demoFixtures();
  server.use(...fakeTvdb(withJapaneseSeries(tvdbWorld(fx.data))).handlers);
  return {
    source: createTvdbClient({
      apiKey: GOOD_KEY,
      baseURL: FAKE_TVDB,
      language: 'en',
      retries: 0,
      rate: { perSecond: 0 },
    }),
    fixtures: {
      ...fx.tvdb,
      translated: {
        tvdbId: JAPANESE_SERIES,
        language: 'eng',
        titles: ['The Journey’s End', 'It Didn’t Have to Be Magic...', '人を殺す魔法'],
      },
    },
  };
});
