import * as v from 'valibot';

/** `YYYY-MM-DD`, `""` or null (TMDB leaves dates of unreleased titles empty). */
const date = v.nullish(v.string());

/** `/movie/{id}`: only the fields ComPlexionist reads (api-notes §3.4). Unknown fields pass. */
export const movieSchema = v.object({
  id: v.number(),
  title: v.string(),
  release_date: date,
  imdb_id: v.nullish(v.string()),
  belongs_to_collection: v.nullish(v.object({ id: v.number(), name: v.string() })),
});

/** `/collection/{id}` (api-notes §3.5). Parts come in no particular order. */
export const collectionSchema = v.object({
  id: v.number(),
  name: v.string(),
  parts: v.array(
    v.object({
      id: v.number(),
      title: v.string(),
      release_date: date,
      poster_path: v.nullish(v.string()),
    }),
  ),
});

const idOnly = v.array(v.object({ id: v.number() }));

/** `/find/{external_id}`: every array is present, empty when nothing matched (api-notes §3.6). */
export const findSchema = v.object({
  movie_results: v.optional(idOnly, []),
  tv_results: v.optional(idOnly, []),
});

/** `/tv/{id}/external_ids`. */
export const externalIdsSchema = v.object({
  tvdb_id: v.nullish(v.number()),
  imdb_id: v.nullish(v.string()),
});

/** One season as embedded by `append_to_response=season/N` (api-notes §3.7). */
export const seasonSchema = v.object({
  season_number: v.optional(v.number()),
  episodes: v.array(
    v.object({
      id: v.number(),
      season_number: v.optional(v.number()),
      episode_number: v.number(),
      name: v.nullish(v.string()),
      air_date: date,
    }),
  ),
});

/** `/tv/{id}`: the status and the list of seasons (appended seasons are read separately). */
export const tvSchema = v.object({
  id: v.number(),
  status: v.nullish(v.string()),
  seasons: v.optional(v.array(v.object({ season_number: v.number() })), []),
});

/** TMDB's error body `{status_code, status_message}` (`success` is not always there). */
export const errorSchema = v.object({
  status_code: v.optional(v.number()),
  status_message: v.optional(v.string()),
});
