import type { HttpStats } from '@complexionist/http';
import * as v from 'valibot';
import { type ArrClientOptions, type ArrWriteAnswer, createArrHttp } from './arr-http.js';
import { arrStatusError } from './errors.js';
import {
  type ArrCommand,
  type ArrEpisode,
  type ArrProfile,
  type ArrRootFolder,
  type ArrSeries,
  type ArrSeriesLookup,
  type ArrTag,
  commandSchema,
  episodeSchema,
  profileSchema,
  rootFolderSchema,
  seriesLookupSchema,
  seriesSchema,
  statusSchema,
  tagSchema,
} from './schemas.js';

/** Options of {@link createSonarrClient}. */
export type SonarrClientOptions = ArrClientOptions;

/** The body of `POST /api/v3/series` (api-notes §8.6): the lookup result plus our choices. */
export type SonarrAddSeries = Record<string, unknown> & {
  tvdbId: number;
  title: string;
  qualityProfileId: number;
  rootFolderPath: string;
  monitored: boolean;
  seasonFolder: boolean;
  tags: number[];
  /** Sonarr v3 only (required there, ignored by v4). */
  languageProfileId?: number;
  /** `monitor: 'none'` adds every episode unmonitored; the missing ones are monitored afterwards. */
  addOptions: { monitor: 'none'; searchForMissingEpisodes: false };
};

/** Sonarr's `/api/v3` (Sonarr v3 and v4): what ComPlexionist reads and the few writes it makes. */
export interface SonarrClient {
  /** `GET /system/status`: the connection and key test; `version` tells v3 from v4. */
  status(): Promise<{ version: string }>;
  /** `GET /series?tvdbId=`: the series when Sonarr has it, else `null`. */
  seriesByTvdbId(tvdbId: number): Promise<ArrSeries | null>;
  /** `GET /series/lookup?term=tvdb:N`: metadata to add a series with, or `null` when unknown. */
  lookupSeries(tvdbId: number): Promise<ArrSeriesLookup | null>;
  /** `GET /episode?seriesId=`: every episode, specials included. */
  episodes(seriesId: number): Promise<ArrEpisode[]>;
  /** `GET /command`: queued, running and recent commands. */
  commands(): Promise<ArrCommand[]>;
  rootFolders(): Promise<ArrRootFolder[]>;
  qualityProfiles(): Promise<ArrProfile[]>;
  /** `GET /languageprofile` (Sonarr v3; v4 answers a stub). */
  languageProfiles(): Promise<ArrProfile[]>;
  tags(): Promise<ArrTag[]>;
  createTag(label: string): Promise<ArrTag>;
  /** `POST /series`; a refusal (400 "already added", 409, …) is returned, not thrown. */
  addSeries(
    body: SonarrAddSeries,
  ): Promise<{ ok: true; series: ArrSeries } | ({ ok: false } & ArrWriteAnswer)>;
  /** `PUT /episode/monitor {episodeIds, monitored: true}`. */
  monitorEpisodes(episodeIds: number[]): Promise<void>;
  /** `POST /command {name: 'EpisodeSearch', episodeIds}`. */
  searchEpisodes(episodeIds: number[]): Promise<ArrCommand>;
  stats(): HttpStats;
}

/** Creates the Sonarr client. Throws `AuthError` (401/403), `ConnectionError` (unreachable) or `ResponseError`. */
export function createSonarrClient(options: SonarrClientOptions): SonarrClient {
  const http = createArrHttp('sonarr', options);
  const mustWrite = async <S extends v.GenericSchema>(
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    schema: S,
  ): Promise<v.InferOutput<S>> => {
    const answer = await http.write(method, path, body, schema);
    if (answer.ok) return answer.data;
    throw arrStatusError('sonarr', answer.status, answer.data, path);
  };
  return {
    status: () => http.get('/system/status', statusSchema),
    async seriesByTvdbId(tvdbId) {
      const series = await http.get('/series', v.array(seriesSchema), { tvdbId });
      return series.find((s) => s.tvdbId === tvdbId) ?? null;
    },
    async lookupSeries(tvdbId) {
      const found = await http.get('/series/lookup', v.array(seriesLookupSchema), { term: `tvdb:${tvdbId}` });
      return found.find((s) => s.tvdbId === tvdbId) ?? null;
    },
    episodes: (seriesId) => http.get('/episode', v.array(episodeSchema), { seriesId }),
    commands: () => http.get('/command', v.array(commandSchema)),
    rootFolders: () => http.get('/rootfolder', v.array(rootFolderSchema)),
    qualityProfiles: () => http.get('/qualityprofile', v.array(profileSchema)),
    languageProfiles: () => http.get('/languageprofile', v.array(profileSchema)),
    tags: () => http.get('/tag', v.array(tagSchema)),
    createTag: (label) => mustWrite('POST', '/tag', { label }, tagSchema),
    async addSeries(body) {
      const answer = await http.write('POST', '/series', body, seriesSchema);
      return answer.ok ? { ok: true, series: answer.data } : answer;
    },
    async monitorEpisodes(episodeIds) {
      await mustWrite('PUT', '/episode/monitor', { episodeIds, monitored: true }, v.unknown());
    },
    searchEpisodes: (episodeIds) =>
      mustWrite('POST', '/command', { name: 'EpisodeSearch', episodeIds }, commandSchema),
    stats: () => http.stats(),
  };
}
