import type { MissingEpisode, ShowGap } from '@complexionist/core';
import type { ArrCommand, ArrEpisode } from './schemas.js';

/** What to do with one missing episode in Sonarr. */
export type EpisodeStep =
  | { action: 'monitor-and-search'; episodeId: number }
  | { action: 'search'; episodeId: number }
  | { action: 'monitor'; episodeId: number }
  | { action: 'skip'; reason: string };

/** The plan for one show: a step per missing episode, and the ids of the two requests to make. */
export interface EpisodePlan {
  steps: Array<{ missing: MissingEpisode; step: EpisodeStep }>;
  /** Ids to `PUT /episode/monitor` (unmonitored missing episodes only). */
  monitorIds: number[];
  /** Ids to put in one `EpisodeSearch` command. */
  searchIds: number[];
}

/**
 * Sonarr numbers episodes in TVDB aired order; a report in DVD or absolute order (or an unknown one)
 * would name the wrong episodes. Returns why the show cannot be sent, or `null` when it can. TMDB's aired
 * order is accepted: it is the same broadcast order, and an episode Sonarr does not list is skipped.
 */
export function orderingProblem(show: Pick<ShowGap, 'ordering'>): string | null {
  if (show.ordering === 'tvdbAiring' || show.ordering === 'tmdbAiring') return null;
  return `the scan numbered it in ${show.ordering} order and Sonarr uses TVDB aired order, so the episodes could be the wrong ones; add them in Sonarr by hand`;
}

/** Ids of episodes an `EpisodeSearch` command already queued or running covers. */
export function activeSearchIds(commands: readonly ArrCommand[]): Set<number> {
  const ids = new Set<number>();
  for (const c of commands)
    if (c.name === 'EpisodeSearch' && (c.status === 'queued' || c.status === 'started'))
      for (const id of c.body?.episodeIds ?? []) ids.add(id);
  return ids;
}

/**
 * Decides, for each missing episode, what Sonarr should do — and touches nothing else. An unmonitored
 * missing episode is monitored (the user asked for exactly this episode, which outranks an older
 * "unmonitor"); every other episode of the show keeps its monitored flag, so an episode the user
 * unmonitored is never monitored again behind their back. Skipped: an episode Sonarr does not list, one
 * Sonarr already has a file for (Plex has not picked it up yet), and one a queued search already covers
 * (so a repeated send sends nothing twice). With `search: false` episodes are only monitored.
 */
export function planEpisodes(
  missing: readonly MissingEpisode[],
  episodes: readonly ArrEpisode[],
  searching: ReadonlySet<number>,
  options: { search?: boolean } = {},
): EpisodePlan {
  const search = options.search ?? true;
  const bySeasonEpisode = new Map(episodes.map((e) => [`${e.seasonNumber}:${e.episodeNumber}`, e]));
  const plan: EpisodePlan = { steps: [], monitorIds: [], searchIds: [] };
  for (const m of missing) {
    const found = bySeasonEpisode.get(`${m.season}:${m.episode}`);
    let step: EpisodeStep;
    if (!found) step = { action: 'skip', reason: 'Sonarr does not list this episode' };
    else if (found.hasFile) step = { action: 'skip', reason: 'Sonarr already has a file for it' };
    else if (found.monitored && searching.has(found.id))
      step = { action: 'skip', reason: 'already monitored, and a search for it is queued in Sonarr' };
    else if (found.monitored && !search)
      step = { action: 'skip', reason: 'already monitored (no search: search_on_add is off)' };
    else if (found.monitored) step = { action: 'search', episodeId: found.id };
    else step = { action: search ? 'monitor-and-search' : 'monitor', episodeId: found.id };
    if (step.action === 'monitor-and-search' || step.action === 'monitor')
      plan.monitorIds.push(step.episodeId);
    if (
      (step.action === 'search' || step.action === 'monitor-and-search') &&
      !plan.searchIds.includes(step.episodeId)
    )
      plan.searchIds.push(step.episodeId);
    plan.steps.push({ missing: m, step });
  }
  return plan;
}
