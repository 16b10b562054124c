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

describe('pickSections (spec §5 --library)', () => {
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
