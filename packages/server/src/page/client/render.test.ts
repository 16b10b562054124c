import { describe, expect, it } from 'vitest';
import { collection, show } from '../../test-helpers.js';
import { collectionHtml, episodesHtml, esc, ignoredHtml, showHtml } from './render.js';
import { pickerLibraryHtml } from './server-picker.js';

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
      pickerLibraryHtml({ title: EVIL, type: 'movie' }, false),
      ignoredHtml({ collections: [], movies: [2], shows: [], episodes: [] }, { 'movies:2': EVIL }),
    ].join('');
    // The only images are the posters' own (from TMDB); the title's markup is text.
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;');
  });

  it('offers Radarr for each film and collection, and Sonarr for each show and season with a TVDB id', () => {
    const c = collection(8091, 'Alien Collection', [[8077, 'Alien³']]);
    const movies = collectionHtml({ collection: c, movies: c.missing }, true);
    expect(movies).toContain('data-service="radarr" data-body="{&#34;collection&#34;:8091}"');
    expect(movies).toContain('data-service="radarr" data-body="{&#34;movie&#34;:8077}"');
    const s = show('Breaking Bad', { tvdb: 81189 }, { 2: [5] });
    const shows = showHtml({ show: s, seasons: s.seasons, count: 1 }, 0, true, () => false);
    expect(shows).toContain('data-service="sonarr" data-body="{&#34;show&#34;:81189}"');
    expect(shows).toContain(
      'data-service="sonarr" data-body="{&#34;show&#34;:81189,&#34;season&#34;:2}" data-label="Breaking Bad Season 2"',
    );
    const tmdbOnly = show('Only TMDB', { tmdb: 42 }, { 1: [1] });
    expect(
      showHtml({ show: tmdbOnly, seasons: tmdbOnly.seasons, count: 1 }, 0, true, () => true),
    ).not.toContain('button type="button" class="send"');
  });

  it('closed seasons are rendered without their episodes (they are filled when opened)', () => {
    const s = show('Big', { tvdb: 1 }, { 1: [1, 2, 3] });
    const closed = showHtml({ show: s, seasons: s.seasons, count: 3 }, 0, true, () => false);
    expect(closed).not.toContain('S01E01');
    const open = showHtml({ show: s, seasons: s.seasons, count: 3 }, 0, true, () => true);
    expect(open).toContain('S01E01');
    expect(open).toContain('data-value="1:S01E03"');
  });

  it('marks films and episodes new since the previous scan with a "new" badge, and the show that has one', () => {
    const c = collection(8091, 'Alien', [
      [8077, 'Alien³'],
      [945961, 'Alien: Romulus'],
    ]);
    const movies = collectionHtml({ collection: c, movies: c.missing }, true, [945961]);
    expect(movies.match(/class="badge new"/g)).toHaveLength(1);
    expect(movies).toMatch(/Alien: Romulus<\/span> <span class="badge new"/);
    const s = show('Abbott', { tvdb: 403245 }, { 4: [3, 4] });
    const html = showHtml({ show: s, seasons: s.seasons, count: 2 }, 0, true, () => true, ['403245:S04E04']);
    expect(html.match(/class="badge new"/g)).toHaveLength(2); // the show's summary and the episode
    expect(episodesHtml(s, s.seasons[0]!, ['403245:S04E04'])).toMatch(/S04E04.*badge new/);
    expect(showHtml({ show: s, seasons: s.seasons, count: 2 }, 0, true, () => true)).not.toContain(
      'badge new',
    );
  });
});
