import { describe, expect, it } from 'vitest';
import { useMsw, withFakePms } from './test/msw.js';
import { plexEpisode, plexShow, tvSection } from './test/plex-fixtures.js';

const server = useMsw();

describe('listShows', () => {
  it('passes showOrdering through, drops an empty one, and reports conflicting tvdb ids', async () => {
    const shows = [
      plexShow({
        ratingKey: '10',
        title: 'Game of Thrones',
        year: 2011,
        guids: ['tvdb://121361', 'tmdb://1399', 'tvdb://999'],
      }),
      plexShow({
        ratingKey: '11',
        title: 'Cowboy Bebop',
        guid: 'com.plexapp.agents.hama://tvdb-76885?lang=en',
        showOrdering: 'absolute',
      }),
      plexShow({
        ratingKey: '12',
        title: 'Breaking Bad',
        guid: 'com.plexapp.agents.thetvdb://81189?lang=en',
        showOrdering: '',
      }),
      plexShow({ ratingKey: '13', title: 'Unmatched', guid: 'local://13' }),
    ];
    const { plex, fake } = withFakePms(server, { sections: [tvSection(shows)] });
    expect(await plex.listShows('2')).toEqual([
      {
        ratingKey: '10',
        title: 'Game of Thrones',
        year: 2011,
        ids: { tvdb: 121361, tmdb: 1399 },
        conflictingTvdbIds: [999],
        sectionKey: '2',
      },
      {
        ratingKey: '11',
        title: 'Cowboy Bebop',
        ids: { tvdb: 76885 },
        ordering: 'absolute',
        hamaMode: 'tvdb',
        sectionKey: '2',
      },
      { ratingKey: '12', title: 'Breaking Bad', ids: { tvdb: 81189 }, sectionKey: '2' },
      { ratingKey: '13', title: 'Unmatched', ids: {}, sectionKey: '2' },
    ]);
    expect(fake.seen[0]?.query.get('type')).toBe('2');
  });
});

describe('listEpisodes', () => {
  const episodes = [
    plexShow({ ratingKey: '10' }),
    plexEpisode({
      ratingKey: '101',
      show: '10',
      season: 1,
      episode: 1,
      guids: ['imdb://tt1480055', 'tmdb://63056', 'tvdb://3254641'],
    }),
    plexEpisode({ ratingKey: '102', show: '10', season: 0, episode: 1, title: 'Special' }),
    // One file holding S01E02-E03: two items sharing one Part.file.
    plexEpisode({
      ratingKey: '103',
      show: '10',
      season: 1,
      episode: 2,
      files: ['/tv/Show - S01E02-E03.mkv'],
    }),
    plexEpisode({
      ratingKey: '104',
      show: '10',
      season: 1,
      episode: 3,
      files: ['/tv/Show - S01E02-E03.mkv'],
    }),
    // Hidden seasons: no parentKey / parentRatingKey.
    plexEpisode({ ratingKey: '201', show: '20', season: 1, episode: 5, hiddenSeason: true }),
    // Date-based episode: no index.
    plexEpisode({ ratingKey: '301', show: '30', season: 2024, files: ['/tv/a.mkv', '/tv/a-4k.mkv'] }),
  ];

  it('reads every episode of the section with show key, season, episode, files and episode ids', async () => {
    const { plex, fake } = withFakePms(server, { sections: [tvSection(episodes)] }, { pageSize: 4 });
    const owned = await plex.listEpisodes('2');
    expect(owned).toEqual([
      {
        showRatingKey: '10',
        season: 1,
        episode: 1,
        files: [expect.stringContaining('S01E01')],
        ids: { imdb: 'tt1480055', tmdb: 63056, tvdb: 3254641 },
      },
      { showRatingKey: '10', season: 0, episode: 1, files: [expect.stringContaining('S00E01')], ids: {} },
      { showRatingKey: '10', season: 1, episode: 2, files: ['/tv/Show - S01E02-E03.mkv'], ids: {} },
      { showRatingKey: '10', season: 1, episode: 3, files: ['/tv/Show - S01E02-E03.mkv'], ids: {} },
      { showRatingKey: '20', season: 1, episode: 5, files: [expect.stringContaining('S01E05')], ids: {} },
      { showRatingKey: '30', season: 2024, files: ['/tv/a.mkv', '/tv/a-4k.mkv'], ids: {} },
    ]);
    expect(fake.seen.every((r) => r.path === '/library/sections/2/all' && r.query.get('type') === '4')).toBe(
      true,
    );
    expect(fake.seen).toHaveLength(2);
  });

  it("a legacy episode guid names the series, so it never becomes the episode's ids", async () => {
    const legacy = plexEpisode({
      ratingKey: '1',
      show: '10',
      season: 1,
      episode: 2,
      guid: 'com.plexapp.agents.thetvdb://81189/1/2?lang=en',
    });
    const { plex } = withFakePms(server, { sections: [tvSection([legacy])] });
    expect((await plex.listEpisodes('2'))[0]?.ids).toEqual({});
  });
});

describe('getDefaultOrdering', () => {
  it('reads the showOrdering pref value', async () => {
    const { plex } = withFakePms(server, {
      sections: [
        tvSection([], [{ id: 'showOrdering', value: 'aired', default: 'tmdbAiring', type: 'text' }]),
      ],
    });
    expect(await plex.getDefaultOrdering('2')).toBe('aired');
  });

  it('falls back to the pref default when the value is empty', async () => {
    const { plex } = withFakePms(server, {
      sections: [tvSection([], [{ id: 'showOrdering', value: '', default: 'tmdbAiring' }])],
    });
    expect(await plex.getDefaultOrdering('2')).toBe('tmdbAiring');
  });

  it('is null when the section has no showOrdering pref (e.g. a movie section)', async () => {
    const { plex } = withFakePms(server, {
      sections: [tvSection([], [{ id: 'enableCinemaTrailers', value: true, default: true }])],
    });
    expect(await plex.getDefaultOrdering('2')).toBeNull();
  });
});

describe('legacy-agent TV libraries (issue 14)', () => {
  // The prefs python-plexapi documents for a com.plexapp.agents.thetvdb section: no showOrdering at all.
  const legacyPrefs = [
    {
      id: 'episodeSort',
      label: 'Episode sorting',
      type: 'int',
      default: '0',
      value: '0',
      enumValues: '0:Oldest first|1:Newest first',
    },
    {
      id: 'flattenSeasons',
      label: 'Seasons',
      type: 'int',
      default: '0',
      value: '0',
      enumValues: '0:Show|1:Hide',
    },
    { id: 'includeInGlobal', label: 'Include in dashboard', type: 'bool', default: 'true', value: 'true' },
    {
      id: 'enableBIFGeneration',
      label: 'Enable video preview thumbnails',
      type: 'bool',
      default: 'true',
      value: 'true',
    },
  ];
  const legacySection = (agent: string, items: Parameters<typeof tvSection>[0] = []) => ({
    ...tvSection(items, legacyPrefs),
    agent,
  });

  it('a legacy TheTVDB section names its agent and has no default ordering', async () => {
    const { plex } = withFakePms(server, { sections: [legacySection('com.plexapp.agents.thetvdb')] });
    expect(await plex.listSections()).toEqual([
      { key: '2', title: 'TV Shows', type: 'show', agent: 'com.plexapp.agents.thetvdb' },
    ]);
    expect(await plex.getDefaultOrdering('2')).toBeNull();
  });

  it('HAMA shows carry the mode of their GUID, AniDB-only ones their AniDB id', async () => {
    const shows = [
      plexShow({
        ratingKey: '20',
        title: 'Cowboy Bebop',
        guid: 'com.plexapp.agents.hama://tvdb-76885?lang=en',
      }),
      plexShow({
        ratingKey: '21',
        title: 'One Piece',
        guid: 'com.plexapp.agents.hama://tvdb3-81797?lang=en',
      }),
      plexShow({ ratingKey: '22', title: 'Frieren', guid: 'com.plexapp.agents.hama://anidb-17617?lang=en' }),
      plexShow({
        ratingKey: '23',
        title: 'Monogatari',
        guid: 'com.plexapp.agents.hama://tvdb4-102261?lang=en',
      }),
    ];
    const { plex } = withFakePms(server, { sections: [legacySection('com.plexapp.agents.hama', shows)] });
    const listed = await plex.listShows('2');
    expect(listed.map((s) => [s.title, s.ids, s.hamaMode])).toEqual([
      ['Cowboy Bebop', { tvdb: 76885 }, 'tvdb'],
      ['One Piece', { tvdb: 81797 }, 'tvdb3'],
      ['Frieren', { anidb: 17617 }, 'anidb'],
      ['Monogatari', { tvdb: 102261 }, 'tvdb4'],
    ]);
    expect(await plex.getDefaultOrdering('2')).toBeNull();
  });
});
