import { describe, expect, it } from 'vitest';
import { ownedFilms, ownedFilmsHtml } from './owned-films.js';

const alien = {
  ownedMovies: [
    { tmdbId: 348, title: 'Alien', year: 1979 },
    { tmdbId: 679, title: 'Aliens' },
  ],
};
const plex = { machineIdentifier: 'abc123', movies: { '348': '4711' } };

describe('the "You own:" line of a collection', () => {
  it('links each owned film to Plex when its ratingKey is known, else leaves it plain text', () => {
    expect(ownedFilms(alien, plex)).toEqual([
      {
        tmdbId: 348,
        label: 'Alien (1979)',
        plexHref: 'https://app.plex.tv/desktop/#!/server/abc123/details?key=%2Flibrary%2Fmetadata%2F4711',
      },
      { tmdbId: 679, label: 'Aliens', plexHref: null },
    ]);
  });

  it('links nothing to Plex without a server', () => {
    const films = ownedFilms(alien, { machineIdentifier: null, movies: { '348': '4711' } });
    expect(films.map((f) => f.plexHref)).toEqual([null, null]);
    expect(ownedFilms(alien, { machineIdentifier: 'abc123' }).map((f) => f.plexHref)).toEqual([null, null]);
  });

  it('renders a Plex link in a new tab, a TMDB link for each film, and escapes titles', () => {
    const html = ownedFilmsHtml(ownedFilms(alien, plex));
    expect(html).toContain('You own:');
    expect(html).toContain(
      '<a class="plex" href="https://app.plex.tv/desktop/#!/server/abc123/details?key=%2Flibrary%2Fmetadata%2F4711" target="_blank" rel="noopener"',
    );
    expect(html).toContain('<span class="title">Aliens</span>');
    expect(html).toContain('href="https://www.themoviedb.org/movie/679"');
    expect(html.match(/class="plex"/g)).toHaveLength(1);
    const evil = ownedFilmsHtml(ownedFilms({ ownedMovies: [{ tmdbId: 1, title: '<img src=x>' }] }, plex));
    expect(evil).not.toContain('<img');
  });

  it('is empty for a report saved before owned films were listed', () => {
    expect(ownedFilmsHtml(ownedFilms({}, plex))).toBe('');
  });
});
