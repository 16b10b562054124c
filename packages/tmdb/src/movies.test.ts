import { describe, expect, it } from 'vitest';
import { GOOD_TOKEN } from './test-fake-tmdb.js';
import { serveTmdb, useMswServer } from './test-server.js';

const server = useMswServer();

// Trimmed from the real capture of /movie/11 (api-notes §3.4).
const starWars = {
  adult: false,
  backdrop_path: '/zqkmTXzjkAgXmEWLRsY4UpTWCeo.jpg',
  belongs_to_collection: {
    id: 10,
    name: 'Star Wars Collection',
    poster_path: '/gq5Wi7i4SF3lo4HHkJasDV95xI9.jpg',
    backdrop_path: '/zZDkgOmFMVYpGAkR9Tkxw0CRnxX.jpg',
  },
  budget: 11000000,
  genres: [{ id: 12, name: 'Adventure' }],
  id: 11,
  imdb_id: 'tt0076759',
  original_title: 'Star Wars',
  release_date: '1977-05-25',
  status: 'Released',
  title: 'Star Wars',
  vote_average: 8.2,
};

// The real /collection/10 capture lists 2019 before 2017 (api-notes §3.5); one planned part has no date.
const starWarsCollection = {
  id: 10,
  name: 'Star Wars Collection',
  overview: 'An epic space-opera …',
  poster_path: '/gq5Wi7i4SF3lo4HHkJasDV95xI9.jpg',
  backdrop_path: '/zZDkgOmFMVYpGAkR9Tkxw0CRnxX.jpg',
  parts: [
    {
      id: 11,
      title: 'Star Wars',
      release_date: '1977-05-25',
      poster_path: '/6FfCtAuVAW8XJjZ7eWeLibRLWTw.jpg',
      media_type: 'movie',
      adult: false,
    },
    {
      id: 999999,
      title: 'Untitled Star Wars Film',
      release_date: '',
      poster_path: null,
      media_type: 'movie',
      adult: false,
    },
    {
      id: 181812,
      title: 'Star Wars: The Rise of Skywalker',
      release_date: '2019-12-18',
      poster_path: '/db32LaOibwEliAmSL2jjDF6oDdj.jpg',
      media_type: 'movie',
      adult: false,
    },
    {
      id: 181808,
      title: 'Star Wars: The Last Jedi',
      release_date: '2017-12-13',
      poster_path: '/kOVEVeg59E0wsnXmF9nrh6OmWII.jpg',
      media_type: 'movie',
      adult: false,
    },
  ],
};

describe('getMovie', () => {
  it('returns the collection reference and release date', async () => {
    const { client } = serveTmdb(server, { movies: { 11: starWars } });
    await expect(client.getMovie(11)).resolves.toEqual({
      tmdbId: 11,
      title: 'Star Wars',
      releaseDate: '1977-05-25',
      imdbId: 'tt0076759',
      collection: { tmdbId: 10, name: 'Star Wars Collection' },
    });
  });

  it('gives null collection and null date for a standalone film with an empty release_date', async () => {
    const { client } = serveTmdb(server, {
      movies: {
        5: { id: 5, title: 'Four Rooms', release_date: '', belongs_to_collection: null, imdb_id: null },
      },
    });
    await expect(client.getMovie(5)).resolves.toMatchObject({
      collection: null,
      releaseDate: null,
      imdbId: null,
    });
  });

  it('resolves null when TMDB does not know the movie (404)', async () => {
    const { client } = serveTmdb(server, {});
    await expect(client.getMovie(424242)).resolves.toBeNull();
  });

  it('sends a v4 read access token as a Bearer header instead of api_key', async () => {
    const { client } = serveTmdb(server, { movies: { 11: starWars } }, GOOD_TOKEN);
    await expect(client.getMovie(11)).resolves.toMatchObject({ title: 'Star Wars' });
  });
});

describe('getCollection', () => {
  it('sorts parts by release date with empty dates last', async () => {
    const { client } = serveTmdb(server, { collections: { 10: starWarsCollection } });
    const collection = await client.getCollection(10);
    expect(collection?.name).toBe('Star Wars Collection');
    expect(collection?.parts.map((p) => [p.tmdbId, p.releaseDate])).toEqual([
      [11, '1977-05-25'],
      [181808, '2017-12-13'],
      [181812, '2019-12-18'],
      [999999, null],
    ]);
    expect(collection?.parts[0]?.posterPath).toBe('/6FfCtAuVAW8XJjZ7eWeLibRLWTw.jpg');
  });

  it('resolves null for an unknown collection', async () => {
    const { client } = serveTmdb(server, {});
    await expect(client.getCollection(1)).resolves.toBeNull();
  });
});

describe('id lookups through /find', () => {
  const world = {
    find: {
      'imdb_id:tt0133093': { movie_results: [{ id: 603 }] },
      'imdb_id:tt0903747': { tv_results: [{ id: 1396 }] },
      'tvdb_id:81189': { tv_results: [{ id: 1396 }] },
    },
    shows: {
      1396: { seasons: {}, external_ids: { tvdb_id: 81189, imdb_id: 'tt0903747' } },
      7: { seasons: {} },
    },
  };

  it('maps an IMDb id to a TMDB movie id', async () => {
    const { client, log } = serveTmdb(server, world);
    await expect(client.findMovieByImdb('tt0133093')).resolves.toBe(603);
    expect(log).toContain('/find/tt0133093?external_source=imdb_id');
  });

  it('maps TVDB and IMDb ids to a TMDB show id', async () => {
    const { client } = serveTmdb(server, world);
    await expect(client.findShowByTvdb(81189)).resolves.toBe(1396);
    await expect(client.findShowByImdb('tt0903747')).resolves.toBe(1396);
  });

  it('gives null when /find matches nothing (200 with empty arrays)', async () => {
    const { client } = serveTmdb(server, world);
    await expect(client.findMovieByImdb('tt0000001')).resolves.toBeNull();
    await expect(client.findShowByImdb('tt0133093')).resolves.toBeNull();
  });

  it('reads a show’s TVDB and IMDb ids, null when TMDB has none', async () => {
    const { client } = serveTmdb(server, world);
    await expect(client.getShowExternalIds(1396)).resolves.toEqual({ tvdb: 81189, imdb: 'tt0903747' });
    await expect(client.getShowExternalIds(7)).resolves.toEqual({ tvdb: null, imdb: null });
    await expect(client.getShowExternalIds(8)).resolves.toBeNull();
  });
});
