import type { MissingEpisode } from '@complexionist/core';
import { describe, expect, it } from 'vitest';
import { activeSearchIds, orderingProblem, planEpisodes } from './plan-episodes.js';
import type { ArrEpisode } from './schemas.js';

const missing = (season: number, episode: number): MissingEpisode => ({
  season,
  episode,
  title: `E${episode}`,
  aired: '2020-01-01',
});
const ep = (id: number, season: number, episode: number, more: Partial<ArrEpisode> = {}): ArrEpisode => ({
  id,
  seriesId: 1,
  seasonNumber: season,
  episodeNumber: episode,
  hasFile: false,
  monitored: false,
  ...more,
});

describe('planEpisodes', () => {
  const episodes = [
    ep(10, 1, 1, { hasFile: true, monitored: true }),
    ep(11, 1, 2, { monitored: false }), // unmonitored by the user, and missing: asked for
    ep(12, 1, 3, { monitored: false }), // unmonitored by the user, not missing: never touched
    ep(13, 1, 4, { monitored: true }),
  ];

  it('monitors only unmonitored missing episodes and searches every missing one without a file', () => {
    const plan = planEpisodes([missing(1, 2), missing(1, 4)], episodes, new Set());
    expect(plan.monitorIds).toEqual([11]);
    expect(plan.searchIds).toEqual([11, 13]);
    expect(plan.steps.map((s) => s.step.action)).toEqual(['monitor-and-search', 'search']);
  });

  it('never touches an episode that was not asked for, monitored or not', () => {
    const plan = planEpisodes([missing(1, 2)], episodes, new Set());
    expect([...plan.monitorIds, ...plan.searchIds]).not.toContain(12);
    expect([...plan.monitorIds, ...plan.searchIds]).not.toContain(13);
  });

  it('skips episodes Sonarr does not list, already has, or already searches for', () => {
    const plan = planEpisodes([missing(1, 1), missing(2, 1), missing(1, 4)], episodes, new Set([13]));
    expect(plan.monitorIds).toEqual([]);
    expect(plan.searchIds).toEqual([]);
    expect(plan.steps.map((s) => s.step)).toEqual([
      { action: 'skip', reason: 'Sonarr already has a file for it' },
      { action: 'skip', reason: 'Sonarr does not list this episode' },
      { action: 'skip', reason: 'already monitored, and a search for it is queued in Sonarr' },
    ]);
  });

  it('only monitors when searching is switched off', () => {
    const plan = planEpisodes([missing(1, 2), missing(1, 4)], episodes, new Set(), { search: false });
    expect(plan.monitorIds).toEqual([11]);
    expect(plan.searchIds).toEqual([]);
  });
});

describe('activeSearchIds', () => {
  it('collects the episodes of queued and running EpisodeSearch commands only', () => {
    const ids = activeSearchIds([
      { id: 1, name: 'EpisodeSearch', status: 'queued', body: { episodeIds: [1, 2] } },
      { id: 2, name: 'EpisodeSearch', status: 'completed', body: { episodeIds: [3] } },
      { id: 3, name: 'SeriesSearch', status: 'started', body: {} },
      { id: 4, name: 'EpisodeSearch', status: 'started', body: { episodeIds: [4] } },
    ]);
    expect([...ids].sort()).toEqual([1, 2, 4]);
  });
});

describe('orderingProblem', () => {
  it('accepts aired orders and refuses DVD and absolute ones, saying why', () => {
    expect(orderingProblem({ ordering: 'tvdbAiring' })).toBeNull();
    expect(orderingProblem({ ordering: 'tmdbAiring' })).toBeNull();
    expect(orderingProblem({ ordering: 'tvdbDvd' })).toMatch(
      /tvdbDvd order and Sonarr uses TVDB aired order/,
    );
    expect(orderingProblem({ ordering: 'tvdbAbsolute' })).not.toBeNull();
  });
});
