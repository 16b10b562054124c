import * as v from 'valibot';

/** `POST /login` → `{status, data: {token}}` (api-notes §4.1). */
export const loginSchema = v.object({ data: v.object({ token: v.pipe(v.string(), v.minLength(1)) }) });

/** TVDB's failure envelope `{status: "failure", message, data: null}`; branch on HTTP status, not on it. */
export const failureSchema = v.object({ message: v.optional(v.nullable(v.string())) });

/** One EpisodeBaseRecord, only the fields ComPlexionist reads (api-notes §4.5). */
export const episodeSchema = v.object({
  id: v.number(),
  seasonNumber: v.nullish(v.number()),
  number: v.nullish(v.number()),
  name: v.nullish(v.string()),
  aired: v.nullish(v.string()),
  absoluteNumber: v.nullish(v.number()),
});

/** One page of `/series/{id}/episodes/{season-type}?page=N`. */
export const episodesPageSchema = v.object({
  data: v.object({
    series: v.nullish(
      v.object({
        status: v.nullish(v.object({ name: v.nullish(v.string()) })),
        originalLanguage: v.nullish(v.string()),
      }),
    ),
    episodes: v.nullish(v.array(episodeSchema)),
  }),
  links: v.nullish(v.object({ next: v.nullish(v.string()) })),
});

/** A translated episode: only its id and its name in the asked language (null when not translated). */
const translatedEpisodeSchema = v.object({ id: v.number(), name: v.nullish(v.string()) });

/**
 * One page of `/series/{id}/episodes/{season-type}/{lang}` (api-notes §4.6, §8.2.3): real bodies put the
 * series fields and `episodes` directly in `data`; the swagger puts them under `data.series`. Both are read.
 */
export const translatedPageSchema = v.object({
  data: v.nullish(
    v.object({
      episodes: v.nullish(v.array(translatedEpisodeSchema)),
      series: v.nullish(v.object({ episodes: v.nullish(v.array(translatedEpisodeSchema)) })),
    }),
  ),
  links: v.nullish(v.object({ next: v.nullish(v.string()) })),
});

/** `/search/remoteid/{id}` → `data[]` of `{series|movie|episode|people|company: {…}}` (api-notes §4.7). */
export const remoteIdSchema = v.object({
  data: v.nullish(v.array(v.object({ series: v.nullish(v.object({ id: v.number() })) }))),
});
