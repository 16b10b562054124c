import type { Rng } from '../prng.js';
import type { ExpectedShowGap } from '../world/expected-types.js';
import type { BaseEpisode, Numbered } from './show-lists.js';

const DAY = 86_400_000;

/** Owned: each aired regular episode with p 0.93 (all of them in a quarter of shows), minus a few whole seasons. */
export function chooseOwned(rng: Rng, eps: BaseEpisode[], nowMs: number, mustMiss = false): Set<BaseEpisode> {
  const complete = rng.chance(0.25);
  const seasons = new Set(eps.filter((e) => e.season > 0).map((e) => e.season));
  const dropped = new Set([...seasons].filter(() => seasons.size > 1 && !complete && rng.chance(0.06)));
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const owned = new Set(
    eps.filter((e) => {
      if (!e.aired || e.aired > today) return false;
      if (e.season === 0) return rng.chance(0.3);
      if (e.aired === today) return rng.chance(0.5);
      return !dropped.has(e.season) && (complete || rng.chance(0.93));
    }),
  );
  // Plex never lists a show without episodes: keep at least the first aired regular one.
  const first = eps.find((e) => e.season > 0 && e.aired && e.aired < today);
  if (first && ![...owned].some((e) => e.season > 0)) owned.add(first);
  // Shows whose TMDB id Plex lacks always have a gap: a client resolves that id only for reported
  // shows (docs/spec.md §3.7), so this keeps the minimum request count the same for eager and lazy clients.
  const due = dueEpisodes(eps, nowMs);
  if (mustMiss && due.length >= 2 && due.every((e) => owned.has(e))) owned.delete(due.at(-1)!);
  return owned;
}

/** Regular episodes a scan at `nowMs` must report when they are not owned (aired before today, UTC). */
export function dueEpisodes(eps: BaseEpisode[], nowMs: number): BaseEpisode[] {
  const today = new Date(nowMs).toISOString().slice(0, 10);
  return eps.filter((e) => e.season > 0 && e.aired !== null && e.aired < today);
}

/** Ground truth: listed, regular, aired at least 24 h before `now` (dates count from 00:00 UTC), not owned. */
export function missingOf(
  list: Numbered[],
  owned: Set<BaseEpisode>,
  nowMs: number,
): ExpectedShowGap['seasons'] {
  const seasons = new Map<number, ExpectedShowGap['seasons'][number]>();
  for (const { ep, season, number } of list) {
    const recent = ep.aired === null || Date.parse(`${ep.aired}T00:00:00Z`) > nowMs - DAY;
    if (season === 0 || recent || owned.has(ep)) continue;
    const s = seasons.get(season) ?? { season, missing: [] };
    seasons.set(season, s);
    s.missing.push({ season, episode: number, title: ep.name, aired: ep.aired });
  }
  return [...seasons.values()]
    .sort((a, b) => a.season - b.season)
    .map((s) => ({ ...s, missing: s.missing.sort((a, b) => a.episode - b.episode) }));
}
