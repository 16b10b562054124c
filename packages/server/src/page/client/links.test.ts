import { describe, expect, it } from 'vitest';
import { movieLinks, POSTER_BASE, plexItemUrl, posterHtml, showLinks } from './links.js';

describe('links out of the page', () => {
  it('links a film to TMDB and a show to TVDB, TMDB and IMDb, in new tabs that get no referrer', () => {
    expect(movieLinks({ tmdbId: 8077, title: 'Alien³' })).toContain(
      'href="https://www.themoviedb.org/movie/8077"',
    );
    const html = showLinks({ tvdbId: 81189, tmdbId: 1396, imdbId: 'tt0903747', title: 'Breaking Bad' });
    expect(html).toContain('href="https://thetvdb.com/dereferrer/series/81189"');
    expect(html).toContain('href="https://www.themoviedb.org/tv/1396"');
    expect(html).toContain('href="https://www.imdb.com/title/tt0903747/"');
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(3);
  });

  it('links a show to its page in Plex first, when the server knows where it is', () => {
    const href = plexItemUrl('abc123', '4711');
    expect(href).toBe(
      'https://app.plex.tv/desktop/#!/server/abc123/details?key=%2Flibrary%2Fmetadata%2F4711',
    );
    const html = showLinks({ tvdbId: 81189, tmdbId: null, imdbId: null, title: 'Breaking Bad' }, href);
    expect(html.indexOf('>Plex</a>')).toBeGreaterThan(0);
    expect(html.indexOf('>Plex</a>')).toBeLessThan(html.indexOf('>TVDB</a>'));
    expect(html).toContain('aria-label="Breaking Bad on Plex"');
  });

  it('leaves out the ids a show lacks and an IMDb id that is not one', () => {
    const html = showLinks({ tvdbId: null, tmdbId: 42, imdbId: '"><script>', title: 'X' });
    expect(html).not.toContain('thetvdb');
    expect(html).not.toContain('imdb.com');
    expect(showLinks({ tvdbId: null, tmdbId: null, imdbId: null, title: 'X' })).toBe('');
  });

  it('loads a TMDB poster lazily over a placeholder, and only a plain TMDB path', () => {
    expect(posterHtml({ posterPath: '/abc.jpg', title: 'Alien³' })).toContain(
      `src="${POSTER_BASE}/abc.jpg" alt="" loading="lazy"`,
    );
    // Without a poster the box names the film (escaped).
    expect(posterHtml({ posterPath: null, title: '<b>' })).toBe(
      '<span class="poster" aria-hidden="true"><span class="ph">&#60;b&#62;</span></span>',
    );
    expect(posterHtml({ posterPath: '/a.jpg" onerror="x', title: 'X' })).not.toContain('<img');
    expect(posterHtml({ posterPath: '//evil.example/a.jpg', title: 'X' })).not.toContain('<img');
  });
});
