import { describe, expect, it } from 'vitest';
import { collection, episodeReport, movieReport, show } from '../test-helpers.js';
import {
  collectionHtml,
  episodesHtml,
  esc,
  ignoredHtml,
  libraryHtml,
  movieViews,
  showHtml,
  showViews,
} from './render.js';

const EVIL = '<img src=x onerror="alert(1)">';

describe('page renderers', () => {
  it('esc escapes markup and quotes', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });

  it('titles from outside are escaped in every renderer', () => {
    const c = collection(1, EVIL, [[2, EVIL]]);
    const s = show(EVIL, { tvdb: 3 }, { 1: [1] });
    const season = s.seasons[0];
    if (!season) throw new Error('fixture');
    s.seasons[0] = { ...season, missing: [{ ...season.missing[0]!, title: EVIL }] };
    const html = [
      collectionHtml({ collection: c, movies: c.missing }, true),
      showHtml({ show: s, seasons: s.seasons, count: 1 }, 0, true, () => true),
      episodesHtml(s, s.seasons[0]!),
      libraryHtml({ title: EVIL, type: 'movie' }),
      ignoredHtml({ collections: [], movies: [2], shows: [], episodes: [] }, { 'movies:2': EVIL }),
    ].join('');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
  });

  it('the filter keeps collections by name or by movie title', () => {
    const report = movieReport([
      collection(1, 'Alien Collection', [
        [10, 'Alien³'],
        [11, 'Alien Resurrection'],
      ]),
      collection(2, 'Toy Story Collection', [
        [20, 'Toy Story 4'],
        [21, 'Lightyear'],
      ]),
    ]);
    expect(movieViews(report, 'alien').map((v) => v.movies.length)).toEqual([2]);
    expect(movieViews(report, 'lightyear').map((v) => v.movies.map((m) => m.title))).toEqual([['Lightyear']]);
    expect(movieViews(report, '')).toHaveLength(2);
  });

  it('the filter keeps shows by title, or only the matching episodes', () => {
    const report = episodeReport([
      show('Lost', { tvdb: 1 }, { 1: [1, 2], 2: [3] }),
      show('Heroes', { tvdb: 2 }, { 1: [1] }),
    ]);
    expect(showViews(report, 'lost').map((v) => v.count)).toEqual([3]);
    const byCode = showViews(report, 's02e03');
    expect(byCode.map((v) => [v.show.title, v.count])).toEqual([['Lost', 1]]);
    expect(showViews(report, 'episode 1').map((v) => v.show.title)).toEqual(['Lost', 'Heroes']);
  });

  it('closed seasons are rendered without their episodes (they are filled when opened)', () => {
    const s = show('Big', { tvdb: 1 }, { 1: [1, 2, 3] });
    const closed = showHtml({ show: s, seasons: s.seasons, count: 3 }, 0, true, () => false);
    expect(closed).not.toContain('S01E01');
    const open = showHtml({ show: s, seasons: s.seasons, count: 3 }, 0, true, () => true);
    expect(open).toContain('S01E01');
    expect(open).toContain('data-value="1:S01E03"');
  });
});
