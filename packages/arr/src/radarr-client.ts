import type { HttpStats } from '@complexionist/http';
import * as v from 'valibot';
import { type ArrClientOptions, type ArrWriteAnswer, createArrHttp } from './arr-http.js';
import { arrStatusError } from './errors.js';
import {
  type ArrMovie,
  type ArrProfile,
  type ArrRootFolder,
  type ArrTag,
  movieSchema,
  profileSchema,
  rootFolderSchema,
  statusSchema,
  tagSchema,
} from './schemas.js';

/** Options of {@link createRadarrClient}. */
export type RadarrClientOptions = ArrClientOptions;

/** The body of `POST /api/v3/movie` (api-notes §8.5). */
export interface RadarrAddMovie {
  tmdbId: number;
  title: string;
  year?: number;
  qualityProfileId: number;
  rootFolderPath: string;
  monitored: boolean;
  minimumAvailability: 'announced' | 'inCinemas' | 'released';
  tags: number[];
  /** `monitor: 'movieOnly'` keeps Radarr from monitoring the rest of the film's collection. */
  addOptions: { searchForMovie: boolean; monitor: 'movieOnly'; addMethod: 'manual' };
}

/** Radarr's `/api/v3`: what ComPlexionist reads and the few writes it makes. */
export interface RadarrClient {
  /** `GET /system/status`: the connection and key test; resolves to Radarr's version. */
  status(): Promise<{ version: string }>;
  /** `GET /movie?tmdbId=`: the film when Radarr has it, else `null`. */
  movieByTmdbId(tmdbId: number): Promise<ArrMovie | null>;
  rootFolders(): Promise<ArrRootFolder[]>;
  qualityProfiles(): Promise<ArrProfile[]>;
  tags(): Promise<ArrTag[]>;
  createTag(label: string): Promise<ArrTag>;
  /** `POST /movie`; a refusal (400 "already added", 409, …) is returned, not thrown. */
  addMovie(body: RadarrAddMovie): Promise<{ ok: true; movie: ArrMovie } | ({ ok: false } & ArrWriteAnswer)>;
  stats(): HttpStats;
}

/** Creates the Radarr client. Throws `AuthError` (401/403), `ConnectionError` (unreachable) or `ResponseError`. */
export function createRadarrClient(options: RadarrClientOptions): RadarrClient {
  const http = createArrHttp('radarr', options);
  return {
    status: () => http.get('/system/status', statusSchema),
    async movieByTmdbId(tmdbId) {
      const movies = await http.get('/movie', v.array(movieSchema), { tmdbId });
      return movies.find((m) => m.tmdbId === tmdbId) ?? null;
    },
    rootFolders: () => http.get('/rootfolder', v.array(rootFolderSchema)),
    qualityProfiles: () => http.get('/qualityprofile', v.array(profileSchema)),
    tags: () => http.get('/tag', v.array(tagSchema)),
    async createTag(label) {
      const answer = await http.write('POST', '/tag', { label }, tagSchema);
      if (answer.ok) return answer.data;
      throw arrStatusError('radarr', answer.status, answer.data, '/tag');
    },
    async addMovie(body) {
      const answer = await http.write('POST', '/movie', body, movieSchema);
      return answer.ok ? { ok: true, movie: answer.data } : answer;
    },
    stats: () => http.stats(),
  };
}
