import type { SourceAttempt, SourcePlan } from '../ordering.js';
import type { EpisodeList, EpisodeSourceName } from '../types.js';
import { ENDED_SHOW_TTL_HOURS } from './cached-lookup.js';
import type { RunContext } from './run-context.js';
import type { ShowIdResolver, ShowIdSources } from './show-ids.js';

const NAMES: Record<EpisodeSourceName, string> = { tvdb: 'TVDB', tmdb: 'TMDB' };

/** The outcome of fetching a show's reference list. */
export type ReferenceOutcome =
  | { ok: true; list: EpisodeList; attempt: SourceAttempt; id: number; fellBackBecause?: string }
  | { ok: false; reasons: string[]; anyId: boolean };

function describe(attempt: SourceAttempt): string {
  return attempt.source === 'tvdb' ? `TVDB (${attempt.seasonType} order)` : 'TMDB';
}

/** The display name of a source attempt, e.g. `TVDB (dvd order)`. */
export const attemptLabel = describe;

/**
 * Fetches a show's reference episode list following `plan`: the primary source first, the other one when
 * the primary has no client, no id for the show, or answers "not found" (spec §3.4). `beforeFetch` runs once
 * an id is known and may veto the fetch (an ignore list can name a resolved id).
 */
export async function fetchReferenceList(
  plan: SourcePlan,
  sources: ShowIdSources,
  resolver: ShowIdResolver,
  ctx: RunContext,
  beforeFetch: () => boolean,
): Promise<ReferenceOutcome | 'skip'> {
  const reasons: string[] = [];
  let anyId = false;
  for (const attempt of [plan.primary, plan.fallback]) {
    const name = NAMES[attempt.source];
    const id = sources[attempt.source] ? await resolver[attempt.source]() : null;
    if (id !== null) anyId = true;
    if (!sources[attempt.source]) {
      reasons.push(`no ${name} key is configured`);
      continue;
    }
    if (id === null) {
      reasons.push(`no ${name} id is known for it`);
      continue;
    }
    if (!beforeFetch()) return 'skip';
    const list = await fetchList(attempt, id, sources, ctx);
    if (list === null) {
      reasons.push(`${name} has no show ${id}`);
      continue;
    }
    const outcome: ReferenceOutcome = { ok: true, list, attempt, id };
    if (attempt !== plan.primary) outcome.fellBackBecause = reasons.join('; ');
    return outcome;
  }
  return { ok: false, reasons, anyId };
}

function fetchList(
  attempt: SourceAttempt,
  id: number,
  sources: ShowIdSources,
  ctx: RunContext,
): Promise<EpisodeList | null> {
  const call = { signal: ctx.signal };
  if (attempt.source === 'tvdb') {
    const tvdb = sources.tvdb!;
    const ttl = (list: EpisodeList): number => (list.ended ? ENDED_SHOW_TTL_HOURS : ctx.ttls.tvdbEpisodes);
    return ctx.lookup('tvdb_episodes', `${tvdb.cacheScope}:${id}:${attempt.seasonType}`, ttl, () =>
      tvdb.getSeriesEpisodes(id, attempt.seasonType, call),
    );
  }
  const tmdb = sources.tmdb!;
  const ttl = (list: EpisodeList): number => (list.ended ? ENDED_SHOW_TTL_HOURS : ctx.ttls.tmdbEpisodes);
  return ctx.lookup('tmdb_episodes', `${tmdb.cacheScope}:${id}`, ttl, () => tmdb.getShowEpisodes(id, call));
}
