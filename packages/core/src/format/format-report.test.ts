import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { episodeReport, movieReport } from '../test-support/reports.js';
import { formatReport, type ReportFormat } from './format-report.js';

describe('formatReport', () => {
  it('json is the report contract, camelCase, pretty-printed', () => {
    const json = formatReport(movieReport(), 'json');
    expect(JSON.parse(json)).toEqual(movieReport());
    expect(json).toContain('\n  "generatedAt": "2024-06-15T12:00:00.000Z"');
  });

  it('json of a scan is { movies, episodes }', () => {
    const parsed = JSON.parse(formatReport({ movies: movieReport(), episodes: episodeReport() }, 'json'));
    expect(Object.keys(parsed)).toEqual(['movies', 'episodes']);
    expect(parsed.episodes.shows[0].seasons[0].missing[0]).toEqual({
      season: 2,
      episode: 5,
      title: 'Breakage',
      aired: '2009-04-05',
    });
  });

  it('csv of a scan is the movies CSV (and its unmatched block), a blank line, then the episodes CSV', () => {
    const csv = formatReport({ movies: movieReport(), episodes: episodeReport() }, 'csv');
    const [movies, unmatchedMovies, episodes] = csv.split('\r\n\r\n');
    expect(movies?.startsWith('collection,collection_tmdb_id')).toBe(true);
    expect(unmatchedMovies).toBe(
      'unmatched,year,library,reason_code,reason\r\nFamily Holiday,2019,Movies,no-id,no TMDB or IMDb id in Plex',
    );
    expect(episodes?.startsWith('show,tvdb_id,tmdb_id')).toBe(true);
  });

  it('text of a scan shows movies then episodes', () => {
    const text = formatReport({ movies: movieReport(), episodes: episodeReport() }, 'text');
    expect(text.indexOf('Alien Collection')).toBeLessThan(text.indexOf('Breaking Bad'));
  });

  it('an unknown format is a usage error', () => {
    expect(() => formatReport(movieReport(), 'xml' as ReportFormat)).toThrow(UsageError);
  });
});
