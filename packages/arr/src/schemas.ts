import * as v from 'valibot';

/**
 * The fields ComPlexionist reads from Radarr and Sonarr v3 answers (api-notes §8.5, §8.6). Objects are
 * loose: both services add fields between versions, and only the ones named here are relied on.
 */

/** `GET /api/v3/system/status`. */
export const statusSchema = v.looseObject({
  appName: v.optional(v.string()),
  version: v.string(),
});

/** A Radarr movie (`GET /api/v3/movie?tmdbId=`, `POST /api/v3/movie`). */
export const movieSchema = v.looseObject({
  id: v.number(),
  tmdbId: v.number(),
  title: v.string(),
  monitored: v.optional(v.boolean(), true),
  hasFile: v.optional(v.boolean(), false),
});

/** `GET /api/v3/rootfolder`. */
export const rootFolderSchema = v.looseObject({ id: v.number(), path: v.string() });

/** `GET /api/v3/qualityprofile` and Sonarr v3's `GET /api/v3/languageprofile`. */
export const profileSchema = v.looseObject({ id: v.number(), name: v.string() });

/** `GET /api/v3/tag`, `POST /api/v3/tag`. */
export const tagSchema = v.looseObject({ id: v.number(), label: v.string() });

/** `POST /api/v3/command` and `GET /api/v3/command`. */
export const commandSchema = v.looseObject({
  id: v.number(),
  name: v.string(),
  status: v.optional(v.string()),
  body: v.optional(v.looseObject({ episodeIds: v.optional(v.array(v.number())) })),
});

/** A Sonarr series (`GET /api/v3/series?tvdbId=`, `POST /api/v3/series`). */
export const seriesSchema = v.looseObject({
  id: v.number(),
  tvdbId: v.number(),
  title: v.string(),
  monitored: v.optional(v.boolean(), true),
});

/** One result of `GET /api/v3/series/lookup?term=tvdb:N`: `id` is absent or 0 when Sonarr lacks it. */
export const seriesLookupSchema = v.looseObject({
  tvdbId: v.number(),
  title: v.string(),
  id: v.optional(v.number()),
});

/** A Sonarr episode (`GET /api/v3/episode?seriesId=`). `tvdbId` is the TVDB *episode* id. */
export const episodeSchema = v.looseObject({
  id: v.number(),
  seriesId: v.number(),
  seasonNumber: v.number(),
  episodeNumber: v.number(),
  tvdbId: v.optional(v.number()),
  title: v.optional(v.nullable(v.string())),
  hasFile: v.optional(v.boolean(), false),
  monitored: v.boolean(),
});

/** One FluentValidation failure of a 400 answer. */
export const validationFailureSchema = v.looseObject({
  propertyName: v.optional(v.string()),
  errorMessage: v.optional(v.string()),
  errorCode: v.optional(v.nullable(v.string())),
});

/** The `{message, description}` body of other errors. */
export const messageSchema = v.looseObject({ message: v.optional(v.string()) });

export type ArrMovie = v.InferOutput<typeof movieSchema>;
export type ArrSeries = v.InferOutput<typeof seriesSchema>;
export type ArrSeriesLookup = v.InferOutput<typeof seriesLookupSchema>;
export type ArrEpisode = v.InferOutput<typeof episodeSchema>;
export type ArrProfile = v.InferOutput<typeof profileSchema>;
export type ArrRootFolder = v.InferOutput<typeof rootFolderSchema>;
export type ArrTag = v.InferOutput<typeof tagSchema>;
export type ArrCommand = v.InferOutput<typeof commandSchema>;
