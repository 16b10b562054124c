import { describe, expect, it } from 'vitest';
import { episodeIgnoreSet, isEpisodeIgnored, isShowIgnored, normalizeShowKey, showKeys } from './ignore.js';

describe('ignore lists (docs/spec.md §6)', () => {
  it('a show id is a TVDB id, tvdb:N or tmdb:N', () => {
    expect(normalizeShowKey('81189')).toBe('81189');
    expect(normalizeShowKey('tvdb:81189')).toBe('81189');
    expect(normalizeShowKey(' TMDB:1396 ')).toBe('tmdb:1396');
    expect(normalizeShowKey(81189)).toBe('81189');
    expect(normalizeShowKey('Breaking Bad')).toBeNull();
  });

  it('a show is ignored by either of its ids', () => {
    expect(showKeys({ tvdb: 81189, tmdb: 1396 })).toEqual(['81189', 'tmdb:1396']);
    expect(isShowIgnored({ tvdb: 81189, tmdb: 1396 }, ['tmdb:1396'])).toBe(true);
    expect(isShowIgnored({ tvdb: 81189 }, ['81189'])).toBe(true);
    expect(isShowIgnored({ tvdb: 81189 }, ['tmdb:81189'])).toBe(false);
    expect(isShowIgnored({}, ['81189'])).toBe(false);
  });

  it('episode entries accept any case and leading zeros, and unreadable ones are dropped', () => {
    const set = episodeIgnoreSet(['81189:S01E02', 'tmdb:1396:s2e10', 'nonsense', 'x:S01E01']);
    expect([...set]).toEqual(['81189:1:2', 'tmdb:1396:2:10']);
    expect(isEpisodeIgnored({ tvdb: 81189 }, 1, 2, set)).toBe(true);
    expect(isEpisodeIgnored({ tmdb: 1396 }, 2, 10, set)).toBe(true);
    expect(isEpisodeIgnored({ tvdb: 81189 }, 2, 10, set)).toBe(false);
  });
});
