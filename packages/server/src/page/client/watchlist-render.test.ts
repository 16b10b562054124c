import { describe, expect, it } from 'vitest';
import { watchlistReport } from '../test-watchlist-report.js';
import { watchlistHtml, watchlistSummary } from './watchlist-render.js';

const EVIL = '<img src=x onerror="alert(1)">';

/** The visible text of some HTML, tags dropped. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the watchlist renderer', () => {
  it('lists films with their date and an upcoming mark, shows not owned, missing episodes by season, unmatched items', () => {
    const html = watchlistHtml(watchlistReport());
    const shown = text(html);
    expect(shown).toContain('Films on no server (2)');
    expect(shown).toContain('The Matrix 1999-03-31 TMDB');
    expect(shown).toContain('Dune: Part Three upcoming 2026-12-18');
    expect(shown).not.toContain('The Matrix upcoming');
    expect(shown).toContain('Shows not owned (1) Game of Thrones (2011)');
    expect(shown).toContain('Shows with missing episodes (1) Breaking Bad (2008)');
    expect(shown).toContain('Season 2: S02E05, S02E06 Season 3: S03E01');
    expect(shown).toContain('Not matched (1) Home Movie it has no TMDB or TVDB id');
    expect(html).toContain('href="https://www.themoviedb.org/movie/603"');
    expect(html).toContain('href="https://thetvdb.com/dereferrer/series/121361"');
  });

  it('says when nothing is missing, and leaves out empty lists', () => {
    const empty = watchlistReport({ movies: [], shows: [], unmatched: [] });
    expect(watchlistHtml(empty)).toBe('<p class="empty">Everything on your watchlist is on a server.</p>');
    expect(text(watchlistHtml(watchlistReport({ shows: [] })))).not.toContain('Shows');
  });

  it('says a partial read may be incomplete, lists its warnings, and never gives an all-clear', () => {
    const partial = watchlistReport({
      status: 'partial',
      movies: [],
      shows: [],
      unmatched: [],
      warnings: [{ code: 'server-unavailable', message: 'Annex did not answer: connection refused.' }],
    });
    const shown = text(watchlistHtml(partial));
    expect(shown).toContain('Partial: not every server or service answered');
    expect(shown).toContain('1 warning(s) Annex did not answer: connection refused.');
    expect(shown).not.toContain('Everything on your watchlist');
  });

  it('escapes titles and reasons from outside', () => {
    const report = watchlistReport();
    report.movies[0] = { ...report.movies[0]!, title: EVIL };
    report.shows[1] = { ...report.shows[1]!, title: EVIL };
    report.unmatched[0] = { ...report.unmatched[0]!, title: EVIL, reason: EVIL };
    report.warnings = [{ code: 'x', message: EVIL }];
    const html = watchlistHtml(report);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
  });

  it('counts what is on no server', () => {
    expect(watchlistSummary(watchlistReport())).toBe(
      'On no server: 2 films (1 upcoming), 2 shows. 1 not matched.',
    );
    const one = watchlistReport();
    one.summary = {
      ...one.summary,
      missingMovies: 1,
      upcomingMovies: 0,
      showsNotOwned: 1,
      showsWithGaps: 0,
      unmatched: 0,
    };
    expect(watchlistSummary(one)).toBe('On no server: 1 film, 1 show.');
  });
});
