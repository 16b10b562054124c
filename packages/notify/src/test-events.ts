/** Events for the notifier tests. Test-only. */
import type { DiffEpisode, DiffMovie } from '@complexionist/core';
import type { NotifyEvent } from './types.js';

export const romulus: DiffMovie = {
  tmdbId: 945961,
  title: 'Alien: Romulus',
  year: 2024,
  releaseDate: '2024-08-13',
  collection: { tmdbId: 8091, name: 'Alien Collection' },
};

export const felina: DiffEpisode = {
  show: { title: 'Breaking Bad', year: 2008, tvdbId: 81189, tmdbId: 1396 },
  season: 5,
  episode: 16,
  title: 'Felina',
  aired: '2013-09-29',
};

/** A `NewMissing` event with the given new films and episodes. */
export function newMissing(movies: DiffMovie[] = [romulus], episodes: DiffEpisode[] = [felina]): NotifyEvent {
  const span = { from: '2026-01-01T04:00:00.000Z', to: '2026-01-02T04:00:00.000Z' };
  return {
    event: 'NewMissing',
    at: span.to,
    movies: { type: 'movies', ...span, newlyMissing: movies, acquired: [], newlyIgnored: [] },
    episodes: { type: 'episodes', ...span, newlyMissing: episodes, acquired: [], newlyIgnored: [] },
  };
}

/** `count` episodes of one show with long titles, for the size limits. */
export function manyEpisodes(count: number): DiffEpisode[] {
  return Array.from({ length: count }, (_, i) => ({
    ...felina,
    season: 1 + Math.floor(i / 20),
    episode: 1 + (i % 20),
    title: `An episode title that is long enough to matter ${'é'.repeat(20)} ${i}`,
  }));
}
