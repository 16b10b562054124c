import type { SourceAttempt, SourcePlan } from '../ordering.js';
import type { EpisodeList, EpisodeSourceName, ReferenceEpisode } from '../types.js';
import { ENDED_SHOW_TTL_HOURS } from './cached-lookup.js';
import type { RunContext } from './run-context.js';
import type { ShowIdResolver, ShowIdSources } from './show-ids.js';

const NAMES: Record<EpisodeSourceName, string> = { tvdb: 'TVDB', tmdb: 'TMDB' };

/** The outcome of fetching a show's reference list. */
export type ReferenceOutcome =
  | { ok: true; list: EpisodeList; attempt: SourceAttempt; id: number; fellBackBecause?: string }
  | { ok: false; reasons: string[]; anyId: boolean };

function describe(attempt: SourceAttempt): string {
  if (attempt.source === 'tmdb') return 'TMDB';
  const numbers = attempt.numbering === 'absolute' ? ', absolute episode numbers' : '';
  return `TVDB (${attempt.seasonType} order${numbers})`;
}

/** The display name of a source attempt, e.g. `TVDB (dvd order)`. */
export const attemptLabel = describe;

/**
 * Fetches a show's reference episode list following `plan`: the primary source first, the other one when
 * the primary has no client, no id for the show, or answers "not found" (docs/spec.md §3.4). `beforeFetch`
 * runs once an id is known and may veto the fetch (an ignore list can name a resolved id).
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
  for (const attempt of plan.fallback ? [plan.primary, plan.fallback] : [plan.primary]) {
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
    const fetched = await fetchList(attempt, id, sources, ctx);
    const list =
      fetched && attempt.source === 'tvdb' && attempt.numbering === 'absolute'
        ? byAbsolute(fetched)
        : fetched;
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

/**
 * HAMA `tvdb3-` files keep TVDB seasons but number episodes absolutely (`S02E14` for the 14th episode of
 * the show): re-key each episode as (season, absolute number); episodes without one cannot be matched.
 */
export function byAbsolute(list: EpisodeList): EpisodeList {
  const episodes: ReferenceEpisode[] = [];
  for (const ep of list.episodes) {
    if (ep.absolute !== undefined && ep.absolute > 0) episodes.push({ ...ep, episode: ep.absolute });
  }
  return { ...list, episodes };
}
