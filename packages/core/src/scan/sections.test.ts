import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import type { LibrarySection } from '../types.js';
import { pickSections } from './sections.js';

const sections: LibrarySection[] = [
  { key: '1', title: 'Movies', type: 'movie' },
  { key: '4', title: '4K Movies', type: 'movie' },
  { key: '2', title: 'TV Shows', type: 'show' },
  { key: '3', title: 'Music', type: 'other' },
];
const titles = (list: LibrarySection[]) => list.map((s) => s.title);

describe('pickSections (docs/spec.md §5 --library)', () => {
  it('without names picks every section of the type', () => {
    expect(titles(pickSections(sections, 'movie', undefined))).toEqual(['Movies', '4K Movies']);
    expect(titles(pickSections(sections, 'show', []))).toEqual(['TV Shows']);
  });

  it('matches titles case-insensitively, or section keys', () => {
    expect(titles(pickSections(sections, 'movie', ['4k movies']))).toEqual(['4K Movies']);
    expect(titles(pickSections(sections, 'movie', ['1']))).toEqual(['Movies']);
  });

  it('a name of the other type is fine (scan passes both kinds)', () => {
    expect(titles(pickSections(sections, 'show', ['Movies', 'TV Shows']))).toEqual(['TV Shows']);
  });

  it('a name matching no section is a usage error listing the libraries that exist', () => {
    let error: unknown;
    try {
      pickSections(sections, 'movie', ['Movies', 'Filmz']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(
      'Unknown library "Filmz". Libraries on this server: "Movies" (movie), "4K Movies" (movie), "TV Shows" (show), "Music" (other).',
    );
    expect((error as UsageError).hint).toMatch(/--library/);
  });
});

describe('pickSections: libraries of the wrong kind', () => {
  const failure = (fn: () => unknown): UsageError => {
    try {
      fn();
    } catch (error) {
      if (error instanceof UsageError) return error;
      throw error;
    }
    throw new Error('expected a UsageError');
  };

  it('a show library named for a movie scan is a usage error naming the movie libraries', () => {
    const error = failure(() => pickSections(sections, 'movie', ['tv shows']));
    expect(error.message).toBe('"TV Shows" is a show library, and this scan reads movie libraries.');
    expect(error.hint).toBe('The movie libraries on this server: "Movies", "4K Movies".');
  });

  it("with whenNone 'empty' (a scan of both kinds) the same names give no section, not an error", () => {
    expect(pickSections(sections, 'movie', ['TV Shows'], 'empty')).toEqual([]);
  });

  it('a music library is never scanned: a usage error in either mode', () => {
    for (const mode of ['error', 'empty'] as const) {
      const error = failure(() => pickSections(sections, 'show', ['Music', 'TV Shows'], mode));
      expect(error.message).toBe('"Music" is not a movie or show library; ComPlexionist reads only those.');
      expect(error.hint).toBe(
        'The movie and show libraries on this server: "Movies", "4K Movies", "TV Shows".',
      );
    }
  });
});
