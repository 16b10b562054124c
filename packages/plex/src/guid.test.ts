import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlexGuid } from './guid.js';

describe('parsePlexGuid: new-agent Guid children', () => {
  it.each([
    ['imdb://tt0133093', { imdb: 'tt0133093' }],
    ['tmdb://603', { tmdb: 603 }],
    ['tvdb://121361', { tvdb: 121361 }],
  ])('%s', (guid, expected) => {
    expect(parsePlexGuid(guid)).toEqual(expected);
  });

  it('a plex:// guid of the new agents is not an external id', () => {
    expect(parsePlexGuid('plex://movie/5d776825880197001ec967c6')).toEqual({});
    expect(parsePlexGuid('plex://episode/5d9c1275e98e47001eb84029')).toEqual({});
  });
});

describe('parsePlexGuid: legacy agents', () => {
  it.each([
    ['com.plexapp.agents.themoviedb://603?lang=en', { tmdb: 603 }],
    ['com.plexapp.agents.themoviedb://603?lang=de', { tmdb: 603 }],
    ['com.plexapp.agents.themoviedb://1396/2/5?lang=en', { tmdb: 1396, season: 2, episode: 5 }],
    ['com.plexapp.agents.thetvdb://81189?lang=en', { tvdb: 81189 }],
    ['com.plexapp.agents.thetvdb://81189/1/2?lang=es', { tvdb: 81189, season: 1, episode: 2 }],
    ['com.plexapp.agents.thetvdb://81189/0/3?lang=en', { tvdb: 81189, season: 0, episode: 3 }],
    ['com.plexapp.agents.thetvdbdvd://81189?lang=en', { tvdb: 81189 }],
    ['com.plexapp.agents.imdb://tt0133093?lang=en', { imdb: 'tt0133093' }],
    ['com.plexapp.agents.thetvdb://81189', { tvdb: 81189 }],
  ])('%s', (guid, expected) => {
    expect(parsePlexGuid(guid)).toEqual(expected);
  });
});

describe('parsePlexGuid: HAMA (anime)', () => {
  it.each([
    ['com.plexapp.agents.hama://tvdb-81189?lang=en', { tvdb: 81189, hamaMode: 'tvdb' }],
    ['com.plexapp.agents.hama://tvdb2-81189?lang=en', { tvdb: 81189, hamaMode: 'tvdb2' }],
    ['com.plexapp.agents.hama://tvdb3-81189?lang=en', { tvdb: 81189, hamaMode: 'tvdb3' }],
    [
      'com.plexapp.agents.hama://tvdb4-81189/1/7?lang=en',
      { tvdb: 81189, season: 1, episode: 7, hamaMode: 'tvdb4' },
    ],
    [
      'com.plexapp.agents.hama://anidb-17494/1/7?lang=en',
      { anidb: 17494, season: 1, episode: 7, hamaMode: 'anidb' },
    ],
    ['com.plexapp.agents.hama://tmdb-603?lang=en', { tmdb: 603, hamaMode: 'tmdb' }],
    ['com.plexapp.agents.hama://imdb-tt0133093?lang=en', { imdb: 'tt0133093', hamaMode: 'imdb' }],
  ])('%s', (guid, expected) => {
    expect(parsePlexGuid(guid)).toEqual(expected);
  });

  it('an unknown HAMA source gives nothing', () => {
    expect(parsePlexGuid('com.plexapp.agents.hama://mal-123?lang=en')).toEqual({});
  });
});

describe('parsePlexGuid: NFO agents', () => {
  it('a numeric xbmcnfo (movie agent) id is a TMDB id', () => {
    expect(parsePlexGuid('com.plexapp.agents.xbmcnfo://603?lang=en')).toEqual({ tmdb: 603 });
  });
  it('a numeric xbmcnfotv (TV agent) id is a TVDB id, with an episode tail', () => {
    expect(parsePlexGuid('com.plexapp.agents.xbmcnfotv://81189?lang=en')).toEqual({ tvdb: 81189 });
    expect(parsePlexGuid('com.plexapp.agents.xbmcnfotv://81189/3/4?lang=en')).toEqual({
      tvdb: 81189,
      season: 3,
      episode: 4,
    });
  });
  it('a tt… id of either NFO agent is an IMDb id', () => {
    expect(parsePlexGuid('com.plexapp.agents.xbmcnfo://tt0133093?lang=en')).toEqual({ imdb: 'tt0133093' });
    expect(parsePlexGuid('com.plexapp.agents.xbmcnfotv://tt0903747?lang=en')).toEqual({ imdb: 'tt0903747' });
  });
});

describe('parsePlexGuid: unmatched and junk', () => {
  it.each([
    'com.plexapp.agents.none://c0ffee?lang=xn',
    'local://12345',
    'none://12345',
    'com.plexapp.agents.localmedia://123',
    'tv.plex.agents.none://123',
    '',
    'tmdb://',
    'tmdb://abc',
    'tmdb://-5',
    'imdb://0133093',
    'constructor://5',
    'not a guid',
  ])('%j gives no id', (guid) => {
    expect(parsePlexGuid(guid)).toEqual({});
  });

  it('an id of 0 counts as absent', () => {
    expect(parsePlexGuid('tmdb://0')).toEqual({});
    expect(parsePlexGuid('tvdb://0')).toEqual({});
    expect(parsePlexGuid('com.plexapp.agents.themoviedb://0?lang=en')).toEqual({});
    expect(parsePlexGuid('com.plexapp.agents.hama://tvdb-0?lang=en')).toEqual({});
  });

  it('a partial episode tail is ignored, the id is kept', () => {
    expect(parsePlexGuid('com.plexapp.agents.thetvdb://81189/1?lang=en')).toEqual({ tvdb: 81189 });
  });
});

describe('parsePlexGuid: properties', () => {
  const schemes = fc.constantFrom(
    'tmdb',
    'tvdb',
    'imdb',
    'plex',
    'com.plexapp.agents.thetvdb',
    'com.plexapp.agents.themoviedb',
    'com.plexapp.agents.hama',
    'com.plexapp.agents.xbmcnfo',
    'com.plexapp.agents.xbmcnfotv',
  );

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string(), (guid) => {
        expect(() => parsePlexGuid(guid)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(schemes, fc.string(), (scheme, rest) => {
        expect(() => parsePlexGuid(`${scheme}://${rest}`)).not.toThrow();
      }),
    );
  });

  it('round-trips any positive id in every numeric form', () => {
    const lang = fc.stringMatching(/^[a-z]{2}$/);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), lang, (id, l) => {
        expect(parsePlexGuid(`tmdb://${id}`)).toEqual({ tmdb: id });
        expect(parsePlexGuid(`tvdb://${id}`)).toEqual({ tvdb: id });
        expect(parsePlexGuid(`com.plexapp.agents.themoviedb://${id}?lang=${l}`)).toEqual({ tmdb: id });
        expect(parsePlexGuid(`com.plexapp.agents.thetvdb://${id}?lang=${l}`)).toEqual({ tvdb: id });
        expect(parsePlexGuid(`com.plexapp.agents.hama://tvdb2-${id}?lang=${l}`)).toEqual({
          tvdb: id,
          hamaMode: 'tvdb2',
        });
        expect(parsePlexGuid(`com.plexapp.agents.hama://anidb-${id}`)).toEqual({
          anidb: id,
          hamaMode: 'anidb',
        });
      }),
    );
  });

  it('the fast path for new-agent GUIDs agrees with the general parse', () => {
    // A leading space keeps a GUID off the fast path (the general parse trims it), so both can be compared.
    const rest = fc.oneof(fc.stringMatching(/^\d{1,20}$/), fc.stringMatching(/^tt\d{0,9}$/), fc.string());
    fc.assert(
      fc.property(fc.constantFrom('tmdb', 'tvdb', 'imdb'), rest, (scheme, tail) => {
        const guid = `${scheme}://${tail}`;
        expect(parsePlexGuid(guid)).toEqual(parsePlexGuid(` ${guid}`));
      }),
    );
  });

  it('round-trips any IMDb id and any season/episode tail', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^tt\d{7,9}$/),
        fc.nat({ max: 3000 }),
        fc.nat({ max: 3000 }),
        (imdb, season, episode) => {
          expect(parsePlexGuid(`imdb://${imdb}`)).toEqual({ imdb });
          expect(parsePlexGuid(`com.plexapp.agents.thetvdb://7/${season}/${episode}?lang=en`)).toEqual({
            tvdb: 7,
            season,
            episode,
          });
        },
      ),
    );
  });
});
