import { describe, expect, it } from 'vitest';
import { normalizeOrdering, planEpisodeSource } from './ordering.js';
import type { HamaMode } from './types.js';

describe('episode ordering → reference list (docs/spec.md §3.4)', () => {
  it.each([
    ['tvdbAiring', 'tvdbAiring'],
    ['aired', 'tvdbAiring'],
    ['tvdbDvd', 'tvdbDvd'],
    ['dvd', 'tvdbDvd'],
    ['tvdbAbsolute', 'tvdbAbsolute'],
    ['absolute', 'tvdbAbsolute'],
    ['tmdbAiring', 'tmdbAiring'],
  ])('%s means %s', (value, expected) => {
    expect(normalizeOrdering(value)).toBe(expected);
  });

  it('unknown or empty orderings normalise to null', () => {
    expect(normalizeOrdering('tvdbAired')).toBeNull();
    expect(normalizeOrdering('constructor')).toBeNull();
    expect(normalizeOrdering('__proto__')).toBeNull();
    expect(normalizeOrdering('')).toBeNull();
    expect(normalizeOrdering(undefined)).toBeNull();
  });

  it.each([
    ['aired', { source: 'tvdb', seasonType: 'default' }],
    ['tvdbDvd', { source: 'tvdb', seasonType: 'dvd' }],
    ['absolute', { source: 'tvdb', seasonType: 'absolute' }],
    ['tmdbAiring', { source: 'tmdb' }],
  ])('ordering %s reads %o', (ordering, primary) => {
    expect(planEpisodeSource(ordering, null).primary).toEqual(primary);
  });

  it("the show's own ordering wins over the library default", () => {
    expect(planEpisodeSource('dvd', 'tmdbAiring').ordering).toBe('tvdbDvd');
  });

  it('an empty show ordering means the library default', () => {
    expect(planEpisodeSource('', 'tvdbAiring').ordering).toBe('tvdbAiring');
    expect(planEpisodeSource(undefined, 'aired').primary).toEqual({ source: 'tvdb', seasonType: 'default' });
  });

  it("without any ordering Plex's default tmdbAiring applies", () => {
    expect(planEpisodeSource(undefined, null)).toEqual({
      ordering: 'tmdbAiring',
      origin: 'agent',
      why: 'default of Plex (The Movie Database, aired)',
      primary: { source: 'tmdb' },
      fallback: { source: 'tvdb', seasonType: 'default' },
    });
  });

  it('the fallback is always the other source', () => {
    expect(planEpisodeSource('tvdbDvd', null).fallback).toEqual({ source: 'tmdb' });
  });

  it('an unknown ordering is treated as the default and named for a warning', () => {
    const plan = planEpisodeSource('sortedByMood', 'tvdbAiring');
    expect(plan.ordering).toBe('tmdbAiring');
    expect(plan.unknownOrdering).toBe('sortedByMood');
  });

  it('episodeSource tvdb or tmdb forces the source for every show', () => {
    expect(planEpisodeSource('tmdbAiring', null, 'tvdb').primary).toEqual({
      source: 'tvdb',
      seasonType: 'default',
    });
    expect(planEpisodeSource('tvdbDvd', null, 'tvdb').primary).toEqual({ source: 'tvdb', seasonType: 'dvd' });
    expect(planEpisodeSource('tvdbDvd', null, 'tmdb').primary).toEqual({ source: 'tmdb' });
  });

  it('says where the ordering came from: show override, library setting', () => {
    expect(planEpisodeSource('dvd', 'tmdbAiring')).toMatchObject({ origin: 'show', why: 'show override' });
    expect(planEpisodeSource(null, 'tvdbAiring')).toMatchObject({
      origin: 'library',
      why: 'library setting',
    });
  });
});

describe('the library agent decides when the library has no showOrdering (issue 14)', () => {
  const legacy = { agent: 'com.plexapp.agents.thetvdb' };
  const hama = (hamaMode: HamaMode) => ({ agent: 'com.plexapp.agents.hama', hamaMode });

  it('the new agent defaults to tmdbAiring', () => {
    const plan = planEpisodeSource(undefined, null, 'auto', { agent: 'tv.plex.agents.series' });
    expect(plan).toMatchObject({ ordering: 'tmdbAiring', origin: 'agent', primary: { source: 'tmdb' } });
    expect(plan.why).toMatch(/tv\.plex\.agents\.series/);
  });

  it('legacy TheTVDB defaults to TVDB aired, and a show override still wins', () => {
    expect(planEpisodeSource(undefined, null, 'auto', legacy)).toMatchObject({
      ordering: 'tvdbAiring',
      origin: 'agent',
      why: 'default of com.plexapp.agents.thetvdb',
      primary: { source: 'tvdb', seasonType: 'default' },
      fallback: { source: 'tmdb' },
    });
    expect(planEpisodeSource('dvd', null, 'auto', legacy)).toMatchObject({
      ordering: 'tvdbDvd',
      origin: 'show',
      primary: { source: 'tvdb', seasonType: 'dvd' },
    });
    expect(planEpisodeSource('absolute', null, 'auto', legacy).primary).toEqual({
      source: 'tvdb',
      seasonType: 'absolute',
    });
  });

  it('a library setting still wins over the agent', () => {
    expect(planEpisodeSource(undefined, 'tmdbAiring', 'auto', legacy)).toMatchObject({
      ordering: 'tmdbAiring',
      origin: 'library',
    });
  });

  it('HAMA follows its GUID mode and ignores Plex orderings', () => {
    expect(planEpisodeSource('dvd', 'tmdbAiring', 'auto', hama('tvdb'))).toMatchObject({
      ordering: 'tvdbAiring',
      origin: 'agent',
      primary: { source: 'tvdb', seasonType: 'default' },
    });
    expect(planEpisodeSource(undefined, null, 'auto', hama('tvdb2')).ordering).toBe('tvdbAiring');
    const tvdb3 = planEpisodeSource(undefined, null, 'auto', hama('tvdb3'));
    expect(tvdb3).toMatchObject({
      ordering: 'hamaTvdb3',
      primary: { source: 'tvdb', seasonType: 'default', numbering: 'absolute' },
    });
    // No other list is numbered like tvdb3 files: falling back to TMDB would report false gaps.
    expect(tvdb3.fallback).toBeUndefined();
  });

  it('a show of a HAMA library without a HAMA GUID follows Plex orderings like any other', () => {
    const plain = { agent: 'com.plexapp.agents.hama' };
    expect(planEpisodeSource('absolute', 'aired', 'auto', plain)).toMatchObject({
      ordering: 'tvdbAbsolute',
      origin: 'show',
    });
    expect(planEpisodeSource(undefined, null, 'auto', plain)).toMatchObject({
      ordering: 'tvdbAiring',
      origin: 'agent',
    });
  });

  it('HAMA anidb- and tvdb4- are not comparable', () => {
    expect(planEpisodeSource(undefined, null, 'auto', hama('anidb')).notComparable).toMatch(/AniDB/);
    expect(planEpisodeSource(undefined, null, 'auto', hama('tvdb4')).notComparable).toMatch(/arcs/);
    expect(planEpisodeSource(undefined, null, 'auto', hama('tvdb')).notComparable).toBeUndefined();
  });
});
