import { describe, expect, it } from 'vitest';
import { normalizeOrdering } from './index.js';

describe('normalizeOrdering (re-exported from core)', () => {
  it.each([
    ['tmdbAiring', 'tmdbAiring'],
    ['tvdbAiring', 'tvdbAiring'],
    ['tvdbDvd', 'tvdbDvd'],
    ['tvdbAbsolute', 'tvdbAbsolute'],
  ])('keeps the current value %s', (value, expected) => {
    expect(normalizeOrdering(value)).toBe(expected);
  });

  it.each([
    ['aired', 'tvdbAiring'],
    ['dvd', 'tvdbDvd'],
    ['absolute', 'tvdbAbsolute'],
  ])('maps the legacy value %s to %s', (value, expected) => {
    expect(normalizeOrdering(value)).toBe(expected);
  });

  it('ignores case and surrounding blanks', () => {
    expect(normalizeOrdering(' TVDBDVD ')).toBe('tvdbDvd');
  });

  it.each(['', 'tvdbAired', null, undefined])('%j means "library default" (null)', (value) => {
    expect(normalizeOrdering(value)).toBeNull();
  });
});
