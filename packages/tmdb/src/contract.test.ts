import { demoFixtures, movieMetadataContract, tmdbEpisodeSourceContract } from '@complexionist/contract';
import type { DemoData } from '@complexionist/core/demo';
import { createTmdbClient } from './client.js';
import { FAKE_TMDB, type FakeTmdbWorld, fakeTmdb, GOOD_KEY, tmdbEpisode } from './test-fake-tmdb.js';
import { useMswServer } from './test-server.js';

const server = useMswServer();

/** The demo world as TMDB would serve it: TMDB field names, collection parts deliberately reversed. */
function tmdbWorld(data: DemoData): FakeTmdbWorld {
  const find: NonNullable<FakeTmdbWorld['find']> = {};
  const hit = (key: string, kind: 'movie_results' | 'tv_results', id: number) => {
    const entry = find[key] ?? {};
    entry[kind] = [...(entry[kind] ?? []), { id }];
    find[key] = entry;
  };
  for (const m of data.tmdbMovies) if (m.imdbId) hit(`imdb_id:${m.imdbId}`, 'movie_results', m.tmdbId);
  for (const s of data.tmdbShows) {
    if (s.imdbId) hit(`imdb_id:${s.imdbId}`, 'tv_results', s.tmdbId);
    if (s.tvdbId !== null) hit(`tvdb_id:${s.tvdbId}`, 'tv_results', s.tmdbId);
  }
  return {
    find,
    movies: Object.fromEntries(
      data.tmdbMovies.map((m) => [
        m.tmdbId,
        {
          id: m.tmdbId,
          title: m.title,
          release_date: m.releaseDate ?? '',
          imdb_id: m.imdbId ?? null,
          status: 'Released',
          belongs_to_collection: m.collection
            ? { id: m.collection.tmdbId, name: m.collection.name, poster_path: null, backdrop_path: null }
            : null,
        },
      ]),
    ),
    collections: Object.fromEntries(
      data.collections.map((c) => [
        c.tmdbId,
        {
          id: c.tmdbId,
          name: c.name,
          parts: [...c.parts].reverse().map((p) => ({
            id: p.tmdbId,
            title: p.title,
            release_date: p.releaseDate ?? '',
            poster_path: p.posterPath ?? null,
            media_type: 'movie',
          })),
        },
      ]),
    ),
    shows: Object.fromEntries(
      data.tmdbShows.map((s) => {
        const seasons: Record<number, Array<Record<string, unknown>>> = {};
        for (const e of s.episodes) {
          seasons[e.season] = [
            ...(seasons[e.season] ?? []),
            tmdbEpisode(e.season, e.episode, {
              name: e.title,
              air_date: e.aired,
              ...(e.id ? { id: e.id } : {}),
            }),
          ];
        }
        return [
          s.tmdbId,
          {
            status: s.ended ? 'Ended' : 'Returning Series',
            seasons,
            external_ids: { tvdb_id: s.tvdbId, imdb_id: s.imdbId },
          },
        ];
      }),
    ),
  };
}

const make = async () => {
  const fx = demoFixtures();
  server.use(...fakeTmdb(tmdbWorld(fx.data)).handlers);
  return {
    fx,
    client: createTmdbClient({
      apiKey: GOOD_KEY,
      baseURL: FAKE_TMDB,
      language: fx.movieMetadata.language,
      retries: 0,
      rate: { perSecond: 0 },
    }),
  };
};

movieMetadataContract('the TMDB client (over a fake TMDB)', async () => {
  const { fx, client } = await make();
  return { source: client, fixtures: fx.movieMetadata };
});

tmdbEpisodeSourceContract('the TMDB client (over a fake TMDB)', async () => {
  const { fx, client } = await make();
  return { source: client, fixtures: fx.tmdb };
});
