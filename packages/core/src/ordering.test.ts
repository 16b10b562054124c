import { describe, expect, it } from 'vitest';
import { normalizeOrdering, planEpisodeSource } from './ordering.js';

describe('episode ordering → reference list (spec §3.4)', () => {
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
});
