import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_EPISODE_RANGE, parseEpisodeRange } from './multi-episode.js';

const eps = (season: number, ...episodes: number[]) => episodes.map((episode) => ({ season, episode }));

describe('parseEpisodeRange: multi-episode file names (docs/spec.md §3.3)', () => {
  it.each([
    ['Breaking Bad - S02E01-E02 - Seven Thirty-Seven.mkv', eps(2, 1, 2)],
    ['Breaking Bad - S02E01-02 - Seven Thirty-Seven.mkv', eps(2, 1, 2)],
    ['breaking.bad.s02e01e02.720p.mkv', eps(2, 1, 2)],
    ['Show - S02E01-E02-E03 - Title.mkv', eps(2, 1, 2, 3)],
    ['Show - S02E01-S02E02.mkv', eps(2, 1, 2)],
    ['Show - S01E01-E03.mkv', eps(1, 1, 2, 3)],
    ['Show - 1x01-1x02 - Title.avi', eps(1, 1, 2)],
    ['Show 1x01-02.avi', eps(1, 1, 2)],
    ['Show - s1e9-e10.mp4', eps(1, 9, 10)],
  ])('%s covers several episodes', (name, expected) => {
    expect(parseEpisodeRange(name)).toEqual(expected);
  });

  it.each([
    ['Show - S01E01-1080p.mkv'],
    ['Show - S01E01-720.mkv'],
    ['Show - S01E01-2160.mkv'],
    ['Show - S01E01-2019.mkv'],
    ['Show - S01E01-720p-x264.mkv'],
    ['Show.S01E01.1080p.WEB-DL.mkv'],
    ['Show - S01E01 - 2 Broke Girls.mkv'],
    ['Show - S01E01-E02x264.mkv'],
  ])('%s is a single episode, not a range', (name) => {
    expect(parseEpisodeRange(name)).toEqual(eps(1, 1));
  });

  it('a bare -720 is a resolution even where it could end a range', () => {
    expect(parseEpisodeRange('Anime - S01E715-720.mkv')).toEqual(eps(1, 715));
    expect(parseEpisodeRange('Anime - S01E715-E720.mkv')).toEqual(eps(1, 715, 716, 717, 718, 719, 720));
  });

  it('a descending range is not a range', () => {
    expect(parseEpisodeRange('Show - S01E05-E03.mkv')).toEqual(eps(1, 5));
  });

  it('a whole-season range counts every episode when the season has that many (issue 14)', () => {
    const size = (season: number) => (season === 1 ? 21 : undefined);
    const all = Array.from({ length: 21 }, (_, i) => i + 1);
    expect(parseEpisodeRange('Show - S01E01-E21.mkv', size)).toEqual(eps(1, ...all));
    expect(parseEpisodeRange('Show - S01E01-21.mkv', size)).toEqual(eps(1, ...all));
    expect(parseEpisodeRange('Show.S01E05-E20.1080p.mkv', size)).toEqual(eps(1, ...all.slice(4, 20)));
  });

  it('a long range past the season end, of an unknown season, inverted or a resolution stays one episode', () => {
    const size = (season: number) => (season === 1 ? 21 : undefined);
    expect(parseEpisodeRange('Show - S01E01-E22.mkv', size)).toEqual(eps(1, 1));
    expect(parseEpisodeRange('Show - S02E01-E21.mkv', size)).toEqual(eps(2, 1));
    expect(parseEpisodeRange('Show - S01E21-E01.mkv', size)).toEqual(eps(1, 21));
    expect(parseEpisodeRange('Show - S01E01-1080p.mkv', size)).toEqual(eps(1, 1));
    expect(parseEpisodeRange('Show - S01E01-720.mkv', () => 999)).toEqual(eps(1, 1));
  });

  it(`without the season's length, a range longer than ${MAX_EPISODE_RANGE} episodes is not a range`, () => {
    expect(parseEpisodeRange('Show - S01E01-E40.mkv')).toEqual(eps(1, 1));
  });

  it('a continuation into another season is ignored', () => {
    expect(parseEpisodeRange('Show - S01E10-S02E01.mkv')).toEqual(eps(1, 10));
  });

  it('only the file name counts, not the folders above it', () => {
    expect(parseEpisodeRange('/tv/Show S09E09-E10/Season 01/Show - S01E01.mkv')).toEqual(eps(1, 1));
    expect(parseEpisodeRange('D:\\TV\\Show\\Show - S03E04-05.mkv')).toEqual(eps(3, 4, 5));
  });

  it('a name without an episode number yields nothing', () => {
    expect(parseEpisodeRange('Family Holiday 1920x1080.mp4')).toEqual([]);
    expect(parseEpisodeRange('')).toEqual([]);
  });

  it('never throws, whatever the name', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (name) => Array.isArray(parseEpisodeRange(name))));
  });

  it('a single SxxEyy with any trailing resolution or year yields one episode', () => {
    const trailer = fc.constantFrom(
      '-1080p',
      '-720',
      '-720p',
      '-2160',
      '-2160p',
      '-480',
      '.1080p',
      ' 720p',
      '-2019',
      '-1999',
      '',
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 999 }),
        trailer,
        (s, e, tail) => {
          const name = `Show - S${String(s).padStart(2, '0')}E${String(e).padStart(2, '0')}${tail}.mkv`;
          expect(parseEpisodeRange(name)).toEqual([{ season: s, episode: e }]);
        },
      ),
    );
  });

  it('a generated range yields exactly its episodes', () => {
    const style = fc.constantFrom('-E', '-', 'E', '-e');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: MAX_EPISODE_RANGE - 1 }),
        style,
        (s, first, extra, sep) => {
          const last = first + extra;
          // A bare resolution after a hyphen is never a range end (see the example test below).
          fc.pre(!(sep === '-' && [480, 576, 720].includes(last)));
          const p2 = (n: number) => String(n).padStart(2, '0');
          const name = `Show.S${p2(s)}E${p2(first)}${sep}${p2(last)}.Title.mkv`;
          const expected = Array.from({ length: extra + 1 }, (_, i) => ({ season: s, episode: first + i }));
          expect(parseEpisodeRange(name)).toEqual(expected);
        },
      ),
    );
  });
});
