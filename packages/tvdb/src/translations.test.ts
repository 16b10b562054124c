import { describe, expect, it } from 'vitest';
import { createTvdbClient } from './client.js';
import { tvdbLanguage } from './language.js';
import { FAKE_TVDB, GOOD_KEY, tvdbEpisode } from './test-fake-tvdb.js';
import { serveTvdb, useMswServer } from './test-server.js';

const server = useMswServer();

// A Japanese series as TVDB serves it: original names in Japanese, English names for some episodes only.
const frieren = [
  tvdbEpisode(9001, 1, 1, { name: '冒険の終わり', absoluteNumber: 1, nameTranslations: ['jpn', 'eng'] }),
  tvdbEpisode(9002, 1, 2, {
    name: '別に魔法じゃなくたって…',
    absoluteNumber: 2,
    nameTranslations: ['jpn', 'eng'],
  }),
  tvdbEpisode(9003, 1, 3, { name: '人を殺す魔法', absoluteNumber: 3, nameTranslations: ['jpn'] }),
];
const world = (translations: Record<string, Record<number, string | null>> = {}) => ({
  pageSize: 2,
  series: {
    424536: { originalLanguage: 'jpn', types: { default: frieren }, translations },
  },
});
const titles = (list: Awaited<ReturnType<ReturnType<typeof createTvdbClient>['getSeriesEpisodes']>>) =>
  list?.episodes.map((e) => e.title);

describe('episode names in the configured language (issue 14)', () => {
  it('takes the translated name where TVDB has one and the original name where it is null', async () => {
    const { state } = serveTvdb(
      server,
      world({ eng: { 9001: 'The Journey’s End', 9002: 'It Didn’t Have to Be Magic...' } }),
    );
    const client = createTvdbClient({ apiKey: GOOD_KEY, baseURL: FAKE_TVDB, language: 'en', retries: 0 });
    const list = await client.getSeriesEpisodes(424536, 'default');
    expect(titles(list)).toEqual(['The Journey’s End', 'It Didn’t Have to Be Magic...', '人を殺す魔法']);
    expect(list?.episodes.map((e) => e.absolute)).toEqual([1, 2, 3]);
    expect(state.log).toEqual([
      '/series/424536/episodes/default?page=0',
      '/series/424536/episodes/default?page=1',
      '/series/424536/episodes/default/eng?page=0',
      '/series/424536/episodes/default/eng?page=1',
    ]);
  });

  it('keeps the original names when TVDB answers 404 for the series and language', async () => {
    serveTvdb(server, world({}));
    const client = createTvdbClient({ apiKey: GOOD_KEY, baseURL: FAKE_TVDB, language: 'de', retries: 0 });
    expect(titles(await client.getSeriesEpisodes(424536, 'default'))).toEqual(frieren.map((e) => e.name));
  });

  it('asks for no translation when the series is already in the language, or without a language', async () => {
    const { state } = serveTvdb(server, world({ jpn: {} }));
    const ja = createTvdbClient({ apiKey: GOOD_KEY, baseURL: FAKE_TVDB, language: 'ja', retries: 0 });
    expect(titles(await ja.getSeriesEpisodes(424536, 'default'))).toEqual(frieren.map((e) => e.name));
    const none = createTvdbClient({ apiKey: GOOD_KEY, baseURL: FAKE_TVDB, retries: 0 });
    await none.getSeriesEpisodes(424536, 'default');
    expect(state.log.filter((l) => l.includes('/jpn'))).toEqual([]);
  });

  it('scopes the cache by language, so another language is never served from it', () => {
    const scope = (language?: string) =>
      createTvdbClient({ apiKey: GOOD_KEY, baseURL: FAKE_TVDB, ...(language && { language }) }).cacheScope;
    expect(scope('en')).toBe(`tvdb:${FAKE_TVDB}:eng`);
    expect(scope('de')).not.toBe(scope('en'));
    expect(scope()).toBe(`tvdb:${FAKE_TVDB}`);
  });
});

describe('tvdbLanguage', () => {
  it.each([
    ['en', 'eng'],
    ['en-US', 'eng'],
    ['de', 'deu'],
    ['pt-BR', 'pt'],
    ['pt-PT', 'por'],
    ['pt', 'por'],
    ['zh-TW', 'zhtw'],
    ['ja', 'jpn'],
    ['eng', 'eng'],
    ['xx', null],
    ['', null],
  ])('%s → %s', (tag, code) => {
    expect(tvdbLanguage(tag)).toBe(code);
  });
});
