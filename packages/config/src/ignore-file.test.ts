import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addIgnore, listIgnore, removeIgnore } from './ignore-file.js';
import { workspace } from './test-helpers.js';

const YAML = `# ignore what I never want
ignore:
  movies:
    - 603 # The Matrix, owned elsewhere
  shows: []
`;

describe('ignore lists', () => {
  it('add appends a normalised value, keeps comments, and the scan options see it', async () => {
    const ws = workspace();
    const file = ws.write('home/config.yaml', YAML);
    expect(addIgnore(file, 'movies', '604')).toEqual({ changed: true, value: 604 });
    expect(addIgnore(file, 'shows', 'tvdb:81189')).toEqual({ changed: true, value: '81189' });
    expect(addIgnore(file, 'episodes', 'TMDB:1396:s1e2')).toEqual({
      changed: true,
      value: 'tmdb:1396:S01E02',
    });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# ignore what I never want');
    expect(text).toContain('- 603 # The Matrix, owned elsewhere');
    expect((await ws.load()).config.ignore).toEqual({
      collections: [],
      movies: [603, 604],
      shows: ['81189'],
      episodes: ['tmdb:1396:S01E02'],
    });
  });

  it('adding a value already there (written another way) changes nothing', () => {
    const ws = workspace();
    const file = ws.write('home/config.yaml', 'ignore:\n  shows: ["81189"]\n');
    const before = readFileSync(file, 'utf8');
    expect(addIgnore(file, 'shows', 'TVDB:81189')).toEqual({ changed: false, value: '81189' });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('remove takes out the value however it was written, and reports a value that was not there', () => {
    const ws = workspace();
    const file = ws.write('home/config.yaml', 'ignore:\n  episodes: ["81189:s1e2", "81189:S01E03"]\n');
    expect(removeIgnore(file, 'episodes', '81189:S01E02')).toEqual({ changed: true, value: '81189:S01E02' });
    expect(removeIgnore(file, 'episodes', '81189:S09E09')).toEqual({ changed: false, value: '81189:S09E09' });
    expect(listIgnore(file).episodes).toEqual(['81189:S01E03']);
  });

  it('creates the file and the list when missing', () => {
    const file = join(workspace().home, 'config.yaml');
    addIgnore(file, 'collections', 8091);
    expect(readFileSync(file, 'utf8')).toBe('ignore:\n  collections:\n    - 8091\n');
    expect(listIgnore(file)).toEqual({ collections: [8091], movies: [], shows: [], episodes: [] });
  });

  it.each([
    ['movies', 'tt0133093', 'give a TMDB movie id such as 603'],
    ['shows', 'Breaking Bad', 'give a TVDB show id such as 81189, or tmdb:1396'],
    ['episodes', '81189:E02', 'give an episode such as 81189:S01E02'],
    ['collections', '-3', 'give a TMDB collection id'],
  ])('ignore.%s refuses %j', (kind, value, hint) => {
    const file = join(workspace().home, 'config.yaml');
    expect(() => addIgnore(file, kind, value)).toThrow(hint);
  });

  it('an unknown list name is a usage error listing the lists', () => {
    const file = join(workspace().home, 'config.yaml');
    expect(() => addIgnore(file, 'films', '603')).toThrow(
      'There is no ignore list "films"; use collections, movies, shows, episodes.',
    );
  });
});
