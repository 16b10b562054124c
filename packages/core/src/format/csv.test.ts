import { describe, expect, it } from 'vitest';
import type { EpisodeGapReport, MovieGapReport } from '../report.js';
import { csvCell, formatEpisodesCsv, formatMoviesCsv } from './csv.js';

describe('CSV (docs/spec.md §4)', () => {
  it('quotes cells with commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell("Crazy Handful of Nothin'")).toBe("Crazy Handful of Nothin'");
    expect(csvCell('Open Wide, O Earth')).toBe('"Open Wide, O Earth"');
    expect(csvCell('The "Real" One')).toBe('"The ""Real"" One"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(1992)).toBe('1992');
  });

  it.each(['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'guards %j against formula injection',
    (value) => {
      expect(csvCell(value).replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it.each([
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['=1+1', `"'=1+1"`],
    ['Title;=HYPERLINK("http://x")', `"'Title;=HYPERLINK(""http://x"")"`],
    ['Star Wars; The Clone Wars', `"'Star Wars; The Clone Wars"`],
  ])('guards and quotes %j (tab, CR, and ";" for spreadsheets that split on it)', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes the movie header and one row per missing film', () => {
    const report = {
      collections: [
        {
          tmdbId: 8091,
          name: 'Alien Collection',
          owned: 2,
          total: 4,
          missing: [{ tmdbId: 8077, title: 'Alien³', year: 1992, releaseDate: '1992-05-22' }],
        },
      ],
    } as MovieGapReport;
    expect(formatMoviesCsv(report)).toBe(
      'collection,collection_tmdb_id,tmdb_id,title,year,release_date\r\nAlien Collection,8091,8077,Alien³,1992,1992-05-22\r\n',
    );
  });

  it('writes the episode header and one row per missing episode, empty cells for unknown values', () => {
    const report = {
      shows: [
        {
          title: 'Chernobyl',
          tvdbId: null,
          tmdbId: 87108,
          seasons: [
            { season: 1, missing: [{ season: 1, episode: 3, title: 'Open Wide, O Earth', aired: null }] },
          ],
        },
      ],
    } as unknown as EpisodeGapReport;
    expect(formatEpisodesCsv(report)).toBe(
      'show,tvdb_id,tmdb_id,season,episode,title,aired\r\nChernobyl,,87108,1,3,"Open Wide, O Earth",\r\n',
    );
  });

  it('lists the unmatched items and why after a blank line, with the reason code', () => {
    const report = {
      shows: [],
      unmatched: [
        {
          title: 'Frieren',
          year: 2023,
          ratingKey: '7',
          library: 'Anime',
          code: 'anidb-only',
          reason: 'matched only to AniDB (id 17617)',
        },
      ],
    } as unknown as EpisodeGapReport;
    expect(formatEpisodesCsv(report)).toBe(
      'show,tvdb_id,tmdb_id,season,episode,title,aired\r\n' +
        '\r\nunmatched,year,library,reason_code,reason\r\n' +
        'Frieren,2023,Anime,anidb-only,matched only to AniDB (id 17617)\r\n',
    );
  });
});
