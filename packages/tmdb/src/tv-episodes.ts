import type { EpisodeList, ReferenceEpisode } from '@complexionist/core';
import { validateBody } from '@complexionist/http';
import * as v from 'valibot';
import type { TmdbGet } from './fetch-json.js';
import { seasonSchema, tvSchema } from './schemas.js';

/** TMDB accepts at most 20 `append_to_response` items per request (error 27 beyond). */
export const MAX_APPENDS = 20;

/** Seasons asked for blindly in the first request: specials plus seasons 1–19 cover almost every show. */
const FIRST_SEASONS = Array.from({ length: MAX_APPENDS }, (_, i) => i);

const appendQuery = (seasons: readonly number[]) => ({
  append_to_response: seasons.map((n) => `season/${n}`).join(','),
});

/**
 * Reads every episode of a TMDB show in as few requests as TMDB allows: one `/tv/{id}` call appending
 * seasons 0–19, then — only for seasons listed in `seasons[]` that did not come back — further calls of
 * up to 20 appended seasons each. Resolves `null` when TMDB does not know the show.
 */
export async function fetchShowEpisodes(
  get: TmdbGet,
  tmdbId: number,
  signal?: AbortSignal,
): Promise<EpisodeList | null> {
  const path = `/tv/${tmdbId}`;
  const first = await get(path, v.looseObject(tvSchema.entries), {
    query: appendQuery(FIRST_SEASONS),
    signal,
  });
  if (first === null) return null;
  const episodes: ReferenceEpisode[] = [];
  const received = new Set<number>();
  const collect = (body: Record<string, unknown>, seasons: readonly number[]) => {
    for (const number of seasons) {
      const season = readSeason(body, number, path);
      if (season === undefined) continue;
      received.add(number);
      for (const e of season.episodes) {
        episodes.push({
          season: e.season_number ?? season.season_number ?? number,
          episode: e.episode_number,
          title: e.name ?? null,
          aired: e.air_date ? e.air_date : null,
          id: e.id,
        });
      }
    }
  };
  collect(first, FIRST_SEASONS);

  const listed = [...new Set(first.seasons.map((s) => s.season_number))];
  const pending = listed.filter((n) => !received.has(n));
  for (let i = 0; i < pending.length; i += MAX_APPENDS) {
    const batch = pending.slice(i, i + MAX_APPENDS);
    const body = await get(path, v.looseObject({}), { query: appendQuery(batch), signal });
    if (body !== null) collect(body, batch);
  }

  episodes.sort((a, b) => a.season - b.season || a.episode - b.episode);
  return { episodes, ended: first.status === 'Ended' || first.status === 'Canceled' };
}

/**
 * The appended season `season/N`, or `undefined` when TMDB left it out or embedded an error in its place
 * (a season that does not exist). A present season with a broken shape is a response error naming
 * `season/N.…` as the field.
 */
function readSeason(body: Record<string, unknown>, number: number, path: string) {
  const key = `season/${number}`;
  const raw = body[key];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'object' && !('episodes' in raw)) return undefined;
  return validateBody(v.object({ [key]: seasonSchema }), body, { service: 'tmdb', path })[key];
}
